/** Loading the packs a command works with: the built-in ones, and trainers' files with their issues printed as the CLI prints them. */
import type { PackIssue, PackSpec } from '../engine';
import { BUILTIN_PACKS, formatIssue, loadPacks, type PackLoadResult } from '../packs';
import { parseArgs } from 'node:util';
import { NotUtf8Error, readText, UsageError, type Io } from './io';

export class BadPackError extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'BadPackError';
  }
}

/**
 * Loads the PACK files of one command together, so that a scenario's goals may name the rules of any of them
 * as well as the built-in packs'.
 */
export function loadPackFiles(io: Io, paths: readonly string[], examples: boolean): PackLoadResult[] {
  const unreadable = new Map<string, PackIssue>();
  const files = paths.map((path) => {
    try {
      return { text: readText(io, path), file: path };
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
      unreadable.set(path, {
        file: path,
        path: '(syntax)',
        line: error.line,
        column: error.column,
        message: 'not UTF-8 text (save the file as UTF-8)',
      });
      return { text: '', file: path };
    }
  });
  const results = loadPacks(files, { examples });
  return results.map((result, i) => {
    const issue = unreadable.get(paths[i]);
    return issue ? { ok: false, issues: [issue] } : result;
  });
}

/** The built-in packs followed by `packs`; a given pack replaces the built-in pack with its id, in place. */
export function withBuiltins(packs: readonly PackSpec[]): PackSpec[] {
  const given = new Map(packs.map((p) => [p.id, p]));
  const builtins = BUILTIN_PACKS.map((b) => given.get(b.id) ?? b);
  return [...builtins, ...packs.filter((p) => !BUILTIN_PACKS.some((b) => b.id === p.id))];
}

/** The packs `check` runs: built-ins (unless --only-pack) then the given files in order. Throws BadPackError. */
export function packsForCheck(io: Io, files: string[], onlyPacks: boolean): PackSpec[] {
  const packs: PackSpec[] = onlyPacks ? [] : [...BUILTIN_PACKS];
  const issues: PackIssue[] = [];
  for (const result of loadPackFiles(io, files, true)) {
    if (result.ok) packs.push(result.pack);
    else issues.push(...result.issues);
  }
  if (issues.length) throw new BadPackError(issues);
  const ids = new Map<string, string>();
  for (const [i, pack] of packs.entries()) {
    const origin = i < packs.length - files.length ? 'built-in' : files[i - (packs.length - files.length)];
    const other = ids.get(pack.id);
    if (other) issues.push({ file: origin, path: 'id', message: `pack id "${pack.id}" is already used by ${other}` });
    ids.set(pack.id, origin);
  }
  if (issues.length) throw new BadPackError(issues);
  return packs;
}

/** The arguments of a command that takes PACK files and only --help: the files, or null once help is printed. */
export function packFileArgs(args: string[], io: Io, help: string): string[] | null {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(help);
    return null;
  }
  if (!positionals.length) throw new UsageError('give at least one PACK file');
  return positionals;
}
