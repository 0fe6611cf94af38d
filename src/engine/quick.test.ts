import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { BUILTIN_RULE_PACKS } from '../packs/builtin-rules';
import { createAnalyzer } from './analyzer';
import type { CompiledRuleCache } from './compile';
import { createQuickAnalyzer, englishLines } from './quick';
import { compact, packOf } from './test-helpers';

const english = BUILTIN_RULE_PACKS.filter((p) => ['en', '*'].includes(p.language ?? 'en'));

describe('the first pass', () => {
  it('finds exactly what the full analyzer finds with the rules it runs', () => {
    const quick = createQuickAnalyzer(BUILTIN_RULE_PACKS);
    const ids = new Set(quick.rules.map((r) => r.rule));
    expect(ids.size).toBeGreaterThan(50);
    const full = createAnalyzer(english);
    for (const seed of [1, 2, 3]) {
      const text = generateCorpus(400, seed);
      const fromFull = full.analyze(text).findings.filter((f) => ids.has(f.rule));
      const report = quick.analyze(text);
      expect(report.findings.length).toBeGreaterThan(5);
      expect(compact(text, report.findings)).toEqual(compact(text, fromFull));
      expect(report.findings).toEqual(fromFull);
      expect(report.provisional).toBe(true);
    }
  });

  it('runs no rule that needs a parse, a sentiment score or the conversation', () => {
    const pack = packOf([
      { id: 'sorry', kind: 'phrase', phrases: ['sorry'] } as never,
      { id: 'blame', kind: 'match', match: 'you forgot to #Verb' } as never,
      { id: 'cold', kind: 'sentiment', below: -2 } as never,
      { id: 'angry-only', kind: 'phrase', phrases: ['calm down'], when: { emotion: ['angry'] } } as never,
    ]);
    const quick = createQuickAnalyzer([pack]);
    expect(quick.rules.map((r) => r.rule)).toEqual(['t/sorry']);
    const text = 'Sorry, you forgot to pay. Calm down, this is terrible and awful.';
    expect(compact(text, quick.analyze(text).findings)).toEqual(['1:1-1:6 t/sorry "Sorry"']);
  });

  it('leaves a later pack’s override of a rule with a kind it cannot run out, rather than run the old rule', () => {
    const base = packOf([{ id: 'blame', kind: 'phrase', phrases: ['you forgot'] } as never], { id: 'a' });
    const override = packOf([{ id: 'a/blame', kind: 'match', match: 'you forgot to #Verb' } as never], { id: 'b' });
    expect(createQuickAnalyzer([base, override]).rules).toEqual([]);
  });

  it('coaches English lines only: a Spanish reply, or its Spanish lines, get no English findings', () => {
    const pack = packOf([{ id: 'just', kind: 'phrase', phrases: ['just', 'a'] } as never]);
    const quick = createQuickAnalyzer([pack]);
    const spanish = 'Hola Ana,\nGracias por tu paciencia, es solo un momento y lo revisamos a la vez.\nUn saludo';
    expect(quick.analyze(spanish).findings).toEqual([]);
    const mixed =
      'Hi Ana,\nIt is just a moment and we will check it for you.\nEs solo un momento y lo revisamos a la vez.';
    expect(compact(mixed, quick.analyze(mixed).findings)).toEqual(['2:7-2:11 t/just "just"', '2:12-2:13 t/just "a"']);
    expect(englishLines(mixed).map((l) => l.english)).toEqual([true, true, false]);
  });

  it('compiles its rules in the host’s slices, then hands them to the full analyzer built from the same packs', () => {
    const compiled: CompiledRuleCache = new WeakMap();
    const quick = createQuickAnalyzer(english, { compiled });
    const text = generateCorpus(300, 9);
    let steps = 0;
    let slices = 1;
    while (!quick.prepare(text, () => steps++ % 10 !== 9)) slices++;
    expect(slices).toBeGreaterThan(10);
    const stats = quick.stats();
    expect(quick.analyze(text).findings).toEqual(createQuickAnalyzer(english).analyze(text).findings);
    expect(quick.stats().analysed).toBe(stats.analysed);
    const handed = english.flatMap((p) => p.rules).flatMap((spec) => compiled.get(spec)?.compiled ?? []);
    const full = createAnalyzer(english, { compiled });
    // every rule of the first pass but the few metric ones (compiled at once, not handed over)
    expect(handed.length).toBeGreaterThan(quick.rules.length - 10);
    expect(handed.filter((r) => full.rules.includes(r))).toEqual(handed);
  });

  it('keeps the agent’s choices: disabled rules, minimum severity, ignored phrases', () => {
    const pack = packOf([
      { id: 'just', kind: 'phrase', phrases: ['just'], severity: 'hint' } as never,
      { id: 'sorry', kind: 'phrase', phrases: ['sorry'], severity: 'warning' } as never,
      { id: 'simply', kind: 'phrase', phrases: ['simply'], severity: 'warning' } as never,
    ]);
    const text = 'Sorry, just simply restart it and we will check it for you.';
    const quick = createQuickAnalyzer([pack], {
      minSeverity: 'suggestion',
      disabledRules: ['t/simply'],
      ignorePhrases: ['Sorry'],
    });
    expect(quick.analyze(text).findings).toEqual([]);
  });
});
