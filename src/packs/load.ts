/**
 * Loading a pack: parse (YAML/JSON) → schema → pack-level checks → compile → scenario goals → examples. Each step
 * reports every problem it finds with file, path and line; a pack is accepted only when all steps pass.
 */
import { compilePacks, PackCompileError, type PackIssue, type PackSpec } from '../engine';
import { BUILTIN_PACKS } from './builtin';
import { capIssues } from './caps';
import { closest } from './closest';
import { runExamples } from './examples';
import { parsePath } from './path';
import { validatePackSchema } from './schema';
import { readPackSource, type PackSource } from './source';

/** The longest pack text read (the same 1 MB a pack download may take). */
export const MAX_PACK_CHARS = 1024 * 1024;

export type PackLoadResult = { ok: true; pack: PackSpec } | { ok: false; issues: PackIssue[]; pack?: PackSpec };

export interface LoadOptions {
  /** Run the pack's examples and refuse it if any fail (default true). */
  examples?: boolean;
  /**
   * The packs this one is used with, whose rules its scenarios' goals may name (default: the built-in packs).
   * Its own rules always count.
   */
  with?: readonly PackSpec[];
}

export class PackError extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'PackError';
  }
}

export function formatIssue(issue: PackIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  return `${where}: ${issue.path}: ${issue.message}`;
}

export function loadPack(text: string, file: string, options: LoadOptions = {}): PackLoadResult {
  return loadPacks([{ text, file }], options)[0];
}

/**
 * Loads packs that are used together (a CLI run's files): each is checked on its own, and its scenarios' goals
 * may name the rules of any pack of the set as well as those of `options.with`.
 */
export function loadPacks(
  files: ReadonlyArray<{ text: string; file: string }>,
  options: LoadOptions = {},
): PackLoadResult[] {
  const loaded = files.map(({ text, file }) => guarded(file, () => loadOne(text, file)));
  const known = ruleIds([
    ...(options.with ?? BUILTIN_PACKS),
    ...loaded.flatMap(({ result }) => (result.ok ? [result.pack] : [])),
  ]);
  return loaded.map((one, i) => guarded(files[i].file, () => ({ result: checkTogether(one, known, options) })).result);
}

/**
 * Any throw while loading (a parser limit, a stack overflow on deep nesting, a bug of ours) becomes an issue that
 * names the file: sync records it and retries, import refuses the file, the CLI prints it without a stack trace.
 */
function guarded(
  file: string,
  step: () => { result: PackLoadResult; source?: PackSource },
): { result: PackLoadResult; source?: PackSource } {
  try {
    return step();
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'the pack is nested too deeply to read'
        : `the pack could not be read: ${(error as Error)?.message ?? String(error)}`;
    return { result: { ok: false, issues: [{ file, path: '(the pack)', line: 1, column: 1, message: reason }] } };
  }
}

/** Scenario goals (which may name any pack's rules) and the pack's own examples. */
function checkTogether(
  { result, source }: { result: PackLoadResult; source?: PackSource },
  known: ReadonlySet<string>,
  options: LoadOptions,
): PackLoadResult {
  if (!result.ok || !source) return result;
  const pack = result.pack;
  const goals = goalIssues(pack, source, known);
  if (goals.length) return { ok: false, issues: goals, pack };
  if (options.examples === false) return result;
  const { failures } = runExamples(pack);
  if (!failures.length) return result;
  return {
    ok: false,
    pack,
    issues: failures.map((f) =>
      source.issue(
        ['rules', f.ruleIndex, f.which, f.index],
        `${f.which === 'examples' ? 'example' : 'allow'} of ${f.rule} fails: "${f.text}" should flag ${f.expected}, flagged ${f.actual}`,
      ),
    ),
  };
}

/** Parse, schema, pack-level checks and compile: everything that needs no other pack and runs no example. */
function loadOne(text: string, file: string): { result: PackLoadResult; source?: PackSource } {
  if (text.length > MAX_PACK_CHARS) {
    return {
      result: {
        ok: false,
        issues: [
          {
            file,
            path: '(the pack)',
            line: 1,
            column: 1,
            message: `the file is larger than ${MAX_PACK_CHARS / 1024} KB, the most a pack may be`,
          },
        ],
      },
    };
  }
  const { source, issues: syntax } = readPackSource(text, file);
  if (!source) return { result: { ok: false, issues: syntax } };
  const schemaIssues = validatePackSchema(source);
  if (schemaIssues.length) return { result: { ok: false, issues: schemaIssues } };
  const pack = source.data as PackSpec;
  // a pack of scenarios only has no rules; everything downstream reads a list
  pack.rules ??= [];
  const structural = [...checkPack(pack, source), ...capIssues(pack, source)];
  if (structural.length) return { result: { ok: false, issues: structural, pack } };
  const compileIssues = compileIssuesOf(pack, source);
  if (compileIssues.length) return { result: { ok: false, issues: compileIssues, pack } };
  return { result: { ok: true, pack }, source };
}

/** Loads a pack or throws a PackError listing every issue. */
export function loadPackOrThrow(text: string, file: string, options?: LoadOptions): PackSpec {
  const result = loadPack(text, file, options);
  if (!result.ok) throw new PackError(result.issues);
  return result.pack;
}

function checkPack(pack: PackSpec, source: PackSource): PackIssue[] {
  const issues: PackIssue[] = [];
  const seen = new Map<string, number>();
  pack.rules.forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first !== undefined)
      issues.push(
        source.issue(['rules', index, 'id'], `duplicate rule id "${rule.id}" (first used by rules[${first}])`),
      );
    else seen.set(rule.id, index);
    if (rule.id.includes('/') && rule.id.startsWith(`${pack.id}/`)) {
      issues.push(
        source.issue(
          ['rules', index, 'id'],
          `"${rule.id}" names this pack's own rule; write "${rule.id.slice(pack.id.length + 1)}"`,
        ),
      );
    }
    const replacements = [...(rule.suggest ?? []).map((text, i) => ({ path: ['suggest', i], text }))];
    if (rule.kind === 'swap') {
      for (const [from, to] of Object.entries((rule as { swap?: Record<string, string | string[]> }).swap ?? {})) {
        (Array.isArray(to) ? to : [to]).forEach((text, i) =>
          replacements.push({ path: ['swap', from, ...(Array.isArray(to) ? [i] : [])], text }),
        );
      }
    }
    for (const { path, text } of replacements) {
      const hidden = FORMAT_CHARACTER.exec(text);
      if (hidden)
        issues.push(
          source.issue(
            ['rules', index, ...path],
            `contains the invisible character U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which would be inserted into the reply unseen`,
          ),
        );
    }
    for (const field of ['phrases', 'except'] as const) {
      const list = rule[field];
      if (!Array.isArray(list)) continue;
      const lower = new Map<string, number>();
      list.forEach((p: string, i: number) => {
        const key = p.toLowerCase().trim();
        if (lower.has(key))
          issues.push(
            source.issue(['rules', index, field, i], `"${p}" is listed twice (also ${field}[${lower.get(key)}])`),
          );
        else lower.set(key, i);
      });
    }
  });
  const scenarioIds = new Map<string, number>();
  (pack.scenarios ?? []).forEach((scenario, index) => {
    const first = scenarioIds.get(scenario.id);
    if (first !== undefined)
      issues.push(
        source.issue(
          ['scenarios', index, 'id'],
          `duplicate scenario id "${scenario.id}" (first used by scenarios[${first}])`,
        ),
      );
    else scenarioIds.set(scenario.id, index);
    if (scenario.message === undefined && scenario.thread === undefined) {
      issues.push(source.issue(['scenarios', index], 'needs the customer\'s "message" or a "thread"'));
    }
    if (scenario.message !== undefined && scenario.thread !== undefined) {
      issues.push(source.issue(['scenarios', index, 'thread'], 'give either "message" or "thread", not both', true));
    }
    const thread = scenario.thread ?? [];
    const last = thread.length - 1;
    if (thread.length && thread[last].author !== 'customer') {
      issues.push(
        source.issue(
          ['scenarios', index, 'thread', last, 'author'],
          "a thread ends with the customer's message the reply answers",
        ),
      );
    }
  });
  return issues;
}

/** Format characters (bidi controls, zero-width spaces and joiners, soft hyphen): invisible in the reply, they can reorder or hide its text. */
const FORMAT_CHARACTER = /\p{Cf}/u;

/** Qualified ids of every rule in the packs, overrides included ("core/just" written in a team pack). */
function ruleIds(packs: readonly PackSpec[]): Set<string> {
  const ids = new Set<string>();
  for (const pack of packs)
    for (const rule of pack.rules ?? []) ids.add(rule.id.includes('/') ? rule.id : `${pack.id}/${rule.id}`);
  return ids;
}

/** A goal names a rule that exists among the packs in use, and that this pack does not turn off. */
function goalIssues(pack: PackSpec, source: PackSource, others: ReadonlySet<string>): PackIssue[] {
  const issues: PackIssue[] = [];
  const known = new Set([...others, ...ruleIds([pack])]);
  const off = new Set(pack.disable ?? []);
  (pack.scenarios ?? []).forEach((scenario, index) => {
    (scenario.goals.rules ?? []).forEach((id, i) => {
      const qualified = id.includes('/') ? id : `${pack.id}/${id}`;
      const path = ['scenarios', index, 'goals', 'rules', i];
      if (!known.has(qualified)) {
        const guess = closest(qualified, known);
        issues.push(
          source.issue(path, `no rule "${qualified}" in the packs in use${guess ? ` (did you mean "${guess}"?)` : ''}`),
        );
      } else if (off.has(qualified)) {
        issues.push(source.issue(path, `"${qualified}" is turned off by this pack's "disable" list`));
      }
    });
  });
  return issues;
}

function compileIssuesOf(pack: PackSpec, source: PackSource): PackIssue[] {
  try {
    compilePacks([pack]);
    return [];
  } catch (error) {
    if (!(error instanceof PackCompileError)) throw error;
    return error.issues.map((i) => source.issue(parsePath(i.path), i.message));
  }
}
