/**
 * Loading a pack: parse (YAML/JSON) → schema → pack-level checks → compile → examples. Each step reports every
 * problem it finds with file, path and line; a pack is accepted only when all steps pass.
 */
import { compilePacks, PackCompileError, type PackIssue, type PackSpec } from '../engine';
import { runExamples } from './examples';
import { parsePath } from './path';
import { validatePackSchema } from './schema';
import { readPackSource, type PackSource } from './source';

export type PackLoadResult = { ok: true; pack: PackSpec } | { ok: false; issues: PackIssue[]; pack?: PackSpec };

export interface LoadOptions {
  /** Run the pack's examples and refuse it if any fail (default true). */
  examples?: boolean;
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
  const { source, issues: syntax } = readPackSource(text, file);
  if (!source) return { ok: false, issues: syntax };
  const schemaIssues = validatePackSchema(source);
  if (schemaIssues.length) return { ok: false, issues: schemaIssues };
  const pack = source.data as PackSpec;
  const structural = checkPack(pack, source);
  if (structural.length) return { ok: false, issues: structural, pack };
  const compileIssues = compileIssuesOf(pack, source);
  if (compileIssues.length) return { ok: false, issues: compileIssues, pack };
  if (options.examples === false) return { ok: true, pack };
  const { failures } = runExamples(pack);
  if (failures.length) {
    return {
      ok: false,
      pack,
      issues: failures.map((f) =>
        source.issue(['rules', f.ruleIndex, f.which, f.index], `${f.which === 'examples' ? 'example' : 'allow'} of ${f.rule} fails: "${f.text}" should flag ${f.expected}, flagged ${f.actual}`),
      ),
    };
  }
  return { ok: true, pack };
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
    if (first !== undefined) issues.push(source.issue(['rules', index, 'id'], `duplicate rule id "${rule.id}" (first used by rules[${first}])`));
    else seen.set(rule.id, index);
    if (rule.id.includes('/') && rule.id.startsWith(`${pack.id}/`)) {
      issues.push(source.issue(['rules', index, 'id'], `"${rule.id}" names this pack's own rule; write "${rule.id.slice(pack.id.length + 1)}"`));
    }
    for (const field of ['phrases', 'except'] as const) {
      const list = rule[field];
      if (!Array.isArray(list)) continue;
      const lower = new Map<string, number>();
      list.forEach((p: string, i: number) => {
        const key = p.toLowerCase().trim();
        if (lower.has(key)) issues.push(source.issue(['rules', index, field, i], `"${p}" is listed twice (also ${field}[${lower.get(key)}])`));
        else lower.set(key, i);
      });
    }
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
