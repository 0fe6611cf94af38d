/**
 * `check --pairs FILE.jsonl`: batch mode for QA leads auditing exported conversations, and for evaluation. Each
 * line is one customer message and the reply to it, `{"id"?, "context", "reply", "channel"?}`; each result is
 * one line of JSON, a `files[]` entry of `check --format json` plus the pair's id and line. It streams: one
 * line in, one line out, with the output's backpressure respected, so 10,000 pairs take no more memory than one.
 * A bad line is reported on stderr with its line number and skipped; exit 2 only when no pair could be read.
 */
import type { Analyzer } from '../engine';
import { UsageError, type Io } from './io';
import { reportJson } from './report-json';

export interface Pair {
  id?: string | number;
  context: string;
  reply: string;
  channel?: 'email' | 'chat';
}

/** A line of the file as a pair, or the reason it is not one. */
export function parsePair(line: string): Pair | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected an object {"id"?, "context", "reply", "channel"?}';
  const pair = value as Record<string, unknown>;
  if (typeof pair.reply !== 'string') return '"reply" must be a string';
  if (typeof pair.context !== 'string') return '"context" must be a string (the customer\'s message)';
  if (pair.channel !== undefined && pair.channel !== 'email' && pair.channel !== 'chat')
    return '"channel" must be "email" or "chat"';
  if (pair.id !== undefined && typeof pair.id !== 'string' && typeof pair.id !== 'number')
    return '"id" must be a string or a number';
  return pair as unknown as Pair;
}

export async function checkPairs(path: string, analyzer: Analyzer, io: Io): Promise<number> {
  const name = path === '-' ? '<stdin>' : path;
  let read = 0;
  let bad = 0;
  let warnings = false;
  let lineNo = 0;
  let written = 0;
  const progress = io.errIsTerminal
    ? (final = false) =>
        io.progress(
          `checked ${read} pair${read === 1 ? '' : 's'}${bad ? `, ${bad} bad line${bad === 1 ? '' : 's'}` : ''}`,
          final,
        )
    : undefined;
  try {
    for await (const line of io.lines(path)) {
      lineNo++;
      if (!line.trim()) continue;
      written++;
      const pair = parsePair(line);
      if (typeof pair === 'string') {
        bad++;
        io.err(`${name}:${lineNo}: ${pair}; line skipped`);
        continue;
      }
      read++;
      const report = analyzer.analyze(pair.reply, { customerMessage: pair.context, channel: pair.channel ?? 'email' });
      warnings ||= report.findings.some((f) => f.severity === 'warning');
      const result = {
        ...(pair.id !== undefined ? { id: pair.id } : {}),
        line: lineNo,
        ...reportJson(`${name}:${lineNo}`, report),
      };
      await io.write(`${JSON.stringify(result)}\n`);
      if (progress && read % 250 === 0) progress();
    }
  } catch (error) {
    if (error instanceof UsageError || read) throw error;
    throw new UsageError(readError(name, error));
  }
  progress?.(true);
  if (!read) {
    io.err(
      `${name}: no pair could be read${written ? ` (${bad} bad line${bad === 1 ? '' : 's'} of ${written})` : ' (empty)'}`,
    );
    return 2;
  }
  return warnings ? 1 : 0;
}

function readError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? `${name}: no such file`
    : code === 'EISDIR'
      ? `${name}: is a directory`
      : `${name}: ${(error as Error).message}`;
}
