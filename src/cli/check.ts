import { parseArgs } from 'node:util';
import { createMultilingualAnalyzer } from '../engine';
import { formatFinding, formatSummary } from './format';
import { paint, readText, UsageError, type Io } from './io';
import { packsForCheck } from './packs';
import { checkPairs } from './pairs';
import { reportJson } from './report-json';

export const CHECK_HELP = `Usage: empathy-coach check [options] [FILE...|-]
       empathy-coach check --pairs FILE.jsonl|- [options]

Coaches support replies with the built-in packs (and yours), like a linter.
Reads standard input when FILE is "-" or when no FILE is given and input is piped.

Options:
  --pack FILE         add a pack (YAML or JSON); repeat for more, later packs override earlier ones
  --only-pack         use only the --pack files, not the built-in packs
  --context FILE      the customer's message the reply answers (drives context-aware rules)
  --pairs FILE        check many replies: one JSON object a line, {"id"?, "context", "reply", "channel"?};
                      prints one JSON result a line (a "files" entry of --format json, plus id and line);
                      bad lines are reported on stderr and skipped ("-" reads standard input)
  --channel CHANNEL   email (default) or chat
  --format FORMAT     text (default) or json
  --min-severity SEV  hint (default), suggestion or warning
  -h, --help          show this help

Exit status: 0 no warning, 1 at least one warning, 2 bad usage or a bad pack.`;

export function check(args: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: 'string', multiple: true, default: [] },
      'only-pack': { type: 'boolean', default: false },
      context: { type: 'string' },
      pairs: { type: 'string' },
      channel: { type: 'string', default: 'email' },
      format: { type: 'string', default: 'text' },
      'min-severity': { type: 'string', default: 'hint' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, ['text', 'json'] as const);
  const channel = oneOf('--channel', values.channel, ['email', 'chat'] as const);
  const minSeverity = oneOf('--min-severity', values['min-severity'], ['hint', 'suggestion', 'warning'] as const);
  if (values['only-pack'] && !values.pack.length) throw new UsageError('--only-pack needs at least one --pack FILE');
  if (values.pairs !== undefined) {
    if (positionals.length) throw new UsageError('--pairs reads the replies from its FILE: give no other FILE');
    if (values.context !== undefined)
      throw new UsageError('--pairs takes each customer message from its line: drop --context');
    const analyzer = createMultilingualAnalyzer(packsForCheck(io, values.pack, values['only-pack']), { minSeverity });
    return checkPairs(values.pairs, analyzer, io);
  }
  let files = positionals;
  if (!files.length) {
    if (io.stdinIsTerminal) throw new UsageError('no reply to check: give a FILE, or "-" to read standard input');
    files = ['-'];
  }
  const customerMessage = values.context === undefined ? undefined : readText(io, values.context);
  const analyzer = createMultilingualAnalyzer(packsForCheck(io, values.pack, values['only-pack']), { minSeverity });
  const p = paint(io.color && format === 'text');

  const results = files.map((path) => {
    const text = readText(io, path);
    return {
      path: path === '-' ? '<stdin>' : path,
      text,
      report: analyzer.analyze(text, { customerMessage, channel }),
    };
  });
  if (format === 'json')
    io.out(JSON.stringify({ files: results.map(({ path, report }) => reportJson(path, report)) }, null, 2));
  else {
    for (const { path, text, report } of results) {
      const blocks = report.findings.map((f) => formatFinding(path, text, f, p));
      if (blocks.length) io.out(blocks.join('\n\n') + '\n');
      io.out(`${results.length > 1 ? `${path}: ` : ''}${formatSummary(report, p)}\n`);
    }
  }
  return results.some(({ report }) => report.findings.some((f) => f.severity === 'warning')) ? 1 : 0;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(' or ')}, not "${value}"`);
}
