// Every built-in pack's examples and allows, one test per rule, and every built-in scenario, one test each:
// the packs' own examples and model replies are the tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMultilingualAnalyzer } from '../src/engine';
import { BUILTIN_PACKS, formatIssue, loadPack, runExamples } from '../src/packs';
import { listScenarios, runScenarioChecks, scoreAttempt } from '../src/practice';

const PACK_FILES = ['core.yaml', 'jargon.yaml', 'macros.yaml', 'practice.yaml', 'core.es.yaml', 'core.fr.yaml', 'core.de.yaml', 'core.pt.yaml', 'practice.es.yaml', 'practice.fr.yaml', 'practice.de.yaml', 'practice.pt.yaml'];

describe.each(PACK_FILES)('rules/%s', (file) => {
  const path = new URL(`./${file}`, import.meta.url);
  const loaded = loadPack(readFileSync(path, 'utf8'), `rules/${file}`, { examples: false });

  it('validates and compiles', () => {
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
  });

  if (!loaded.ok) return;
  const { failures } = runExamples(loaded.pack);
  if (loaded.pack.rules.length) {
    it.each(loaded.pack.rules.map((r) => r.id))('%s: examples flag, allows pass', (id) => {
      const mine = failures.filter((f) => f.rule.endsWith(`/${id}`));
      expect(mine.map((f) => `${f.which}[${f.index}] "${f.text}": expected ${f.expected}, got ${f.actual}`)).toEqual([]);
    });
  }

  it('gives every rule at least one example and one allow', () => {
    for (const rule of loaded.pack.rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.allows.length, rule.id).toBeGreaterThan(0);
    }
  });

  if (!loaded.pack.scenarios?.length) return;
  // scored as in the extension: with every built-in pack
  const analyzer = createMultilingualAnalyzer(BUILTIN_PACKS);
  const checks = runScenarioChecks(analyzer, loaded.pack);
  const scenarios = listScenarios([loaded.pack]);
  it.each(scenarios.map((s) => s.id))('scenario %s: the model reply meets its goals and the message reads as its emotion', (id) => {
    expect(checks.failures.filter((f) => f.scenario === id).map((f) => `${f.check} ${f.goal?.key ?? ''}: ${f.message}`)).toEqual([]);
  });

  it.each(scenarios.map((s) => s.id))('scenario %s: the model reply is exemplary (no warning, score at least 85)', (id) => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const result = scoreAttempt(analyzer, scenario, scenario.model ?? '');
    expect(result.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.rule} "${f.text}"`)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(85);
  });
});

describe('the built-in practice scenarios', () => {
  const scenarios = listScenarios(BUILTIN_PACKS);

  it('ship with the extension: at least 20, each with a model reply and trainer notes', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    for (const s of scenarios) {
      expect(s.model, s.key).toBeTruthy();
      expect(s.notes, s.key).toBeTruthy();
    }
  });

  it('cover the common support situations, both channels, every difficulty and a range of emotions', () => {
    const situations = new Set(scenarios.map((s) => s.situation));
    for (const situation of ['billing-error', 'outage', 'late-delivery', 'cancellation', 'feature-not-available', 'repeated-contact', 'escalation', 'confused-beginner', 'happy-customer', 'refund']) {
      expect(situations, situation).toContain(situation);
    }
    expect(new Set(scenarios.map((s) => s.channel))).toEqual(new Set(['email', 'chat']));
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
    expect(new Set(scenarios.map((s) => s.emotion))).toEqual(new Set(['angry', 'frustrated', 'anxious', 'confused', 'urgent', 'happy', 'neutral']));
    expect(scenarios.some((s) => s.thread.length > 1)).toBe(true);
  });

  it('each ask for something specific: at least two elements or rules, and at least one rule that matters', () => {
    for (const s of scenarios) {
      expect(s.goals.elements.length + s.goals.rules.length, s.key).toBeGreaterThanOrEqual(2);
      expect(s.goals.rules.length, s.key).toBeGreaterThan(0);
    }
  });
});
