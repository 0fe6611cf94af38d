import { formatIssue } from '../packs';
import type { Io } from './io';
import { loadPackFiles, packFileArgs } from './packs';

export const VALIDATE_HELP = `Usage: empathy-coach validate PACK...

Checks packs against the schema and compiles their rules (patterns, regular expressions), and checks that
scenario goals name rules of the built-in packs or of the packs given, without running any example. Every problem is printed as file:line:col: path: message.

Exit status: 0 all valid, 2 a pack is invalid.`;

export function validate(args: string[], io: Io): number {
  const positionals = packFileArgs(args, io, VALIDATE_HELP);
  if (!positionals) return 0;
  let invalid = false;
  for (const [i, result] of loadPackFiles(io, positionals, false).entries()) {
    const file = positionals[i];
    const scenarios = result.pack?.scenarios?.length ?? 0;
    if (result.ok)
      io.out(
        `${file}: valid (${result.pack.id} ${result.pack.version}, ${count(result.pack.rules.length, 'rule')}${scenarios ? `, ${count(scenarios, 'scenario')}` : ''})`,
      );
    else {
      invalid = true;
      io.err(result.issues.map(formatIssue).join('\n'));
    }
  }
  return invalid ? 2 : 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
