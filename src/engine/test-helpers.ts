/** Helpers for the engine's tests: one-rule packs and findings as compact strings ("1:8-1:16 t/rule"). */
import { createAnalyzer, type AnalyzerOptions } from './analyzer';
import type { CustomerContext, Finding, PackSpec, RuleSpecBase } from './types';

export function packOf(
  rules: Array<Partial<RuleSpecBase> & { id: string; kind: string }>,
  extra: Partial<PackSpec> = {},
): PackSpec {
  return {
    id: 't',
    name: 'test pack',
    version: '1.0.0',
    language: 'en',
    ...extra,
    rules: rules.map(
      (r) =>
        ({
          category: 'tone',
          severity: 'suggestion',
          message: '{text}',
          examples: [],
          allows: [],
          ...r,
        }) as RuleSpecBase,
    ),
  };
}

/** Analyse with a one-pack analyzer and return findings as "line:col-line:col rule" strings. */
export function flags(pack: PackSpec, text: string, context?: CustomerContext, options?: AnalyzerOptions): string[] {
  return compact(text, createAnalyzer([pack], options).analyze(text, context).findings);
}

export function compact(text: string, findings: readonly Finding[]): string[] {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - before.lastIndexOf('\n')}`;
  };
  return findings.map((f) => `${at(f.start)}-${at(f.end)} ${f.rule} "${f.text}"`);
}
