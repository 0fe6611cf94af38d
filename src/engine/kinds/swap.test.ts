import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { flags, packOf } from '../test-helpers';

describe('swap', () => {
  const pack = packOf([
    {
      id: 'glossary',
      kind: 'swap',
      category: 'jargon',
      severity: 'suggestion',
      swap: { 'tier 2': 'our specialist team', SLA: ['response time', 'promised reply time'] },
      message: 'Try “{suggestion}” instead of “{text}”.',
    },
  ]);

  it('suggests the replacements of the phrase it matched, in the agent’s case', () => {
    const [finding] = createAnalyzer([pack]).analyze('Tier  2 will call.').findings;
    expect(finding).toEqual({
      rule: 't/glossary',
      category: 'jargon',
      severity: 'suggestion',
      start: 0,
      end: 7,
      text: 'Tier  2',
      message: 'Try “our specialist team” instead of “Tier  2”.',
      suggestions: ['Our specialist team'],
    });
  });

  it('looks up each match case-insensitively', () => {
    const { findings } = createAnalyzer([pack]).analyze('Our sla is met; tier 2 agrees.');
    expect(findings.map((f) => [f.text, f.suggestions])).toEqual([
      ['sla', ['response time', 'promised reply time']],
      ['tier 2', ['our specialist team']],
    ]);
    expect(flags(pack, 'Slam tier 20')).toEqual([]);
  });

  it('finds an entry written without a contraction when the agent writes one, and the other way round', () => {
    const blame = packOf([
      {
        id: 'b',
        kind: 'swap',
        category: 'blame',
        severity: 'warning',
        swap: { 'you should have read': "it's easy to miss", "we can't": "we're not able to" },
        message: 'Try “{suggestion}”.',
      },
    ]);
    const { findings } = createAnalyzer([blame]).analyze('You should’ve read it. We cannot help.');
    expect(findings.map((f) => [f.text, f.suggestions])).toEqual([
      ['You should’ve read', ["It's easy to miss"]],
      ['We cannot', ["We're not able to"]],
    ]);
  });
});
