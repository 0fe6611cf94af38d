import { describe, expect, it } from 'vitest';
import { compilePacks, PackCompileError } from '../compile';
import { flags, packOf } from '../test-helpers';
import { MAX_MATCH_CHARS } from './match';

describe('match', () => {
  const pack = packOf([
    {
      id: 'blame',
      kind: 'match',
      category: 'blame',
      severity: 'warning',
      match: ['you (forgot|failed|neglected) to #Verb', 'you did not #Verb'],
    },
  ]);

  it('matches compromise patterns with tags, alternatives and expanded contractions', () => {
    expect(flags(pack, 'Sadly you failed to attach it. You didn’t read it. You forgot to.')).toEqual([
      '1:7-1:27 t/blame "you failed to attach"',
      '1:32-1:47 t/blame "You didn’t read"',
    ]);
  });

  it('gives offsets in the whole text, after emoji and on later lines', () => {
    expect(flags(pack, 'Hi 😀\nSo you neglected to reply.')).toEqual(['2:4-2:26 t/blame "you neglected to reply"']);
  });

  it('refuses a malformed pattern with the field that holds it', () => {
    const bad = packOf([{ id: 'x', kind: 'match', match: ['you #Verb', 'you (forgot|failed to'] }]);
    expect(() => compilePacks([bad])).toThrow(PackCompileError);
    try {
      compilePacks([bad]);
    } catch (error) {
      expect((error as PackCompileError).issues).toEqual([
        {
          file: 't',
          path: 'rules[0].match[1]',
          message: 'bad compromise pattern "you (forgot|failed to": unclosed "("',
        },
      ]);
    }
  });

  it('reads only the head of a run-on sentence, so one sentence never costs more than a few milliseconds', () => {
    const filler = 'and we looked into the order again ';
    const early = `so you failed to attach it ${filler.repeat(20)}`;
    expect(early.length).toBeGreaterThan(MAX_MATCH_CHARS);
    expect(flags(pack, early)).toEqual(['1:4-1:24 t/blame "you failed to attach"']);
    const late = `${filler.repeat(20)}so you failed to attach it`;
    expect(flags(pack, late)).toEqual([]);
    expect(flags(pack, late.slice(-200))).toHaveLength(1);
  });
});
