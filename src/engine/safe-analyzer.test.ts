import { describe, expect, it } from 'vitest';
import { createAnalyzerSafely } from './safe-analyzer';
import { packOf } from './test-helpers';
import type { PackSpec } from './types';

describe('createAnalyzerSafely', () => {
  it('coaches with the packs that compile when storage holds one that no longer does', () => {
    const good = packOf([{ id: 'kindly', kind: 'phrase', phrases: ['kindly'] }]);
    const broken = { ...packOf([{ id: 'x', kind: 'pattern', pattern: '(a)\\1' }]), id: 'broken' } as PackSpec;
    const dropped: string[] = [];
    const analyzer = createAnalyzerSafely([good, broken], {}, (pack) => dropped.push(pack.id));
    expect(dropped).toEqual(['broken']);
    expect(analyzer.analyze('Kindly wait.').findings.map((f) => f.rule)).toEqual(['t/kindly']);
  });
});
