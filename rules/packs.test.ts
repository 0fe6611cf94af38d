// Every built-in pack's examples and allows, one test per rule: the packs' own examples are the tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadPack, runExamples } from '../src/packs';

const PACK_FILES = ['core.yaml', 'jargon.yaml', 'macros.yaml'];

describe.each(PACK_FILES)('rules/%s', (file) => {
  const path = new URL(`./${file}`, import.meta.url);
  const loaded = loadPack(readFileSync(path, 'utf8'), `rules/${file}`, { examples: false });

  it('validates and compiles', () => {
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
  });

  if (!loaded.ok) return;
  const { failures } = runExamples(loaded.pack);
  it.each(loaded.pack.rules.map((r) => r.id))('%s: examples flag, allows pass', (id) => {
    const mine = failures.filter((f) => f.rule.endsWith(`/${id}`));
    expect(mine.map((f) => `${f.which}[${f.index}] "${f.text}": expected ${f.expected}, got ${f.actual}`)).toEqual([]);
  });

  it('gives every rule at least one example and one allow', () => {
    for (const rule of loaded.pack.rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.allows.length, rule.id).toBeGreaterThan(0);
    }
  });
});
