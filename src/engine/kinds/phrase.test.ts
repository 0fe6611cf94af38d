import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { flags, packOf } from '../test-helpers';

describe('phrase', () => {
  const pack = packOf([
    {
      id: 'just',
      kind: 'phrase',
      category: 'tone',
      severity: 'suggestion',
      phrases: ['just', 'simply'],
      except: ['just in case', 'just now'],
      message: '“{text}” can sound dismissive.',
      why: 'It suggests the task is trivial.',
      suggest: ['please'],
    },
  ]);

  it('produces the whole finding shape', () => {
    const { findings } = createAnalyzer([pack]).analyze('Hi! Just restart it.');
    expect(findings).toEqual([
      {
        rule: 't/just',
        category: 'tone',
        severity: 'suggestion',
        start: 4,
        end: 8,
        text: 'Just',
        message: '“Just” can sound dismissive.',
        why: 'It suggests the task is trivial.',
        suggestions: ['Please'],
      },
    ]);
  });

  it('flags every occurrence, whole words only, skipping exceptions', () => {
    expect(flags(pack, 'Just do it, simply. I adjusted it just now, just in case. JUST')).toEqual([
      '1:1-1:5 t/just "Just"',
      '1:13-1:19 t/just "simply"',
      '1:59-1:63 t/just "JUST"',
    ]);
  });
});
