import { formatIssue } from '../packs';
import type { Io } from './io';
import { loadPackFile, packFileArgs } from './packs';

export const VALIDATE_HELP = `Usage: empathy-coach validate PACK...

Checks packs against the schema and compiles their rules (patterns, regular expressions), without running
their examples. Every problem is printed as file:line:col: path: message.

Exit status: 0 all valid, 2 a pack is invalid.`;

export function validate(args: string[], io: Io): number {
  const positionals = packFileArgs(args, io, VALIDATE_HELP);
  if (!positionals) return 0;
  let invalid = false;
  for (const file of positionals) {
    const result = loadPackFile(io, file, false);
    if (result.ok) io.out(`${file}: valid (${result.pack.id} ${result.pack.version}, ${result.pack.rules.length} rules)`);
    else {
      invalid = true;
      io.err(result.issues.map(formatIssue).join('\n'));
    }
  }
  return invalid ? 2 : 0;
}
