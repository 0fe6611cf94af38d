import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { flags, packOf } from '../test-helpers';

describe('metric', () => {
  it('sentence-length flags sentences over the word limit', () => {
    const pack = packOf([{ id: 'long', kind: 'metric', metric: 'sentence-length', max: 5, message: '{words} words' }]);
    const { findings } = createAnalyzer([pack]).analyze('Short one. This sentence has quite a few words in it!');
    expect(findings.map((f) => [f.text, f.message])).toEqual([
      ['This sentence has quite a few words in it', '9 words'],
    ]);
  });

  it('reading-grade flags hard sentences and skips short ones', () => {
    const pack = packOf([{ id: 'grade', kind: 'metric', metric: 'reading-grade', max: 10, message: 'grade {grade}' }]);
    const hard =
      'Consequently, the organizational infrastructure necessitates a comprehensive authentication reconfiguration of every administrative account immediately.';
    expect(flags(pack, `${hard} Ok then.`)).toHaveLength(1);
    expect(flags(pack, 'We fixed it and it works now, so you can log in again today.')).toEqual([]);
  });

  it('exclamations flags runs longer than allowed, per sentence', () => {
    const pack = packOf([{ id: 'bang', kind: 'metric', metric: 'exclamations', max: 1 }]);
    const { findings } = createAnalyzer([pack]).analyze('Great! Done!!! Really?! Really?!?!');
    expect(findings.map((f) => [f.text, f.suggestions])).toEqual([
      ['!!!', ['!']],
      ['?!?!', ['?']],
    ]);
  });

  it('jargon-in-question flags a question holding more jargon terms than allowed', () => {
    const pack = packOf([
      { id: 'terms', kind: 'phrase', category: 'jargon', phrases: ['resync', 'backend', 'cache'] },
      {
        id: 'stacked',
        kind: 'metric',
        category: 'clarity',
        metric: 'jargon-in-question',
        max: 1,
        message: 'asks about {terms}',
      },
    ]);
    const { findings } = createAnalyzer([pack]).analyze(
      'Clear the cache and resync. Could you resync and check the backend? Is the cache empty?',
    );
    expect(findings.filter((f) => f.rule === 't/stacked').map((f) => [f.text, f.message])).toEqual([
      ['Could you resync and check the backend', 'asks about “resync”, “backend”'],
    ]);
  });

  it('exclamations per draft flags every mark past the limit', () => {
    const pack = packOf([{ id: 'bang', kind: 'metric', metric: 'exclamations', per: 'draft', max: 2 }]);
    expect(flags(pack, 'Hi! Great! Done!\nThanks!')).toEqual(['1:16-1:17 t/bang "!"', '2:7-2:8 t/bang "!"']);
  });

  it('capitals flags shouting runs and long shouted words, not acronyms', () => {
    const pack = packOf([{ id: 'caps', kind: 'metric', metric: 'capitals', max: 0, except: ['ACME'] }]);
    const { findings } = createAnalyzer([pack]).analyze(
      'Your SLA, QA and ACME API are fine; the NHS too. DO NOT do that. NEVER. OK?',
    );
    expect(findings.map((f) => [f.text, f.suggestions])).toEqual([
      ['DO NOT', ['Do not']],
      ['NEVER', ['Never']],
    ]);
  });
});

describe('metric on hostile input', () => {
  it('counts exclamation runs in linear time', () => {
    const pack = packOf([{ id: 'bang', kind: 'metric', metric: 'exclamations', max: 1 }]);
    const started = performance.now();
    expect(flags(pack, `${'?'.repeat(100_000)}!!`)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
