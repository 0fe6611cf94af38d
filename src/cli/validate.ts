import { parseArgs } from 'node:util';
import { formatIssue } from '../packs';
import { UsageError, type Io } from './io';
import { loadPackFile } from './packs';

export const VALIDATE_HELP = `Usage: empathy-coach validate PACK...

Checks packs against the schema and compiles their rules (patterns, regular expressions), without running
their examples. Every problem is printed as file:line:col: path: message.

Exit status: 0 all valid, 2 a pack is invalid.`;

export function validate(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('give at least one PACK file');
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
