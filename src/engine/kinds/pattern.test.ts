import { RE2Set } from 're2js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePacks } from '../compile';
import { flags, packOf } from '../test-helpers';

const issuesOf = (pattern: string) => {
  try {
    compilePacks([packOf([{ id: 'p', kind: 'pattern', pattern }])]);
    return [];
  } catch (error) {
    return (error as { issues: Array<{ path: string; message: string }> }).issues.map((i) => `${i.path}: ${i.message}`);
  }
};

describe('pattern', () => {
  it('matches case-insensitively by default, case-sensitively on request', () => {
    const loose = packOf([{ id: 'p', kind: 'pattern', pattern: '\\bper my (last|previous) email\\b' }]);
    expect(flags(loose, 'PER MY LAST EMAIL, ok.')).toEqual(['1:1-1:18 t/p "PER MY LAST EMAIL"']);
    const strict = packOf([{ id: 'p', kind: 'pattern', pattern: '\\bTODO\\b', caseSensitive: true }]);
    expect(flags(strict, 'todo TODO')).toEqual(['1:6-1:10 t/p "TODO"']);
  });

  it('refuses what needs backtracking, with the engine’s reason', () => {
    expect(issuesOf('(a)\\1')).toEqual([
      'rules[0].pattern: bad regular expression /(a)\\1/: error parsing regexp: invalid escape sequence: `\\1`',
    ]);
    expect(issuesOf('(?<=a)b')[0]).toMatch(/^rules\[0\]\.pattern: bad regular expression/);
    expect(issuesOf('(unclosed')[0]).toMatch(/missing closing \)/);
    expect(issuesOf('a*')).toEqual([
      'rules[0].pattern: the regular expression /a*/ matches empty text (at a word boundary or between characters)',
    ]);
  });

  it('refuses a pattern that matches nothing but a place (an empty finding with an inserting suggestion)', () => {
    expect(issuesOf('\\b')).toEqual([
      'rules[0].pattern: the regular expression /\\b/ matches empty text (at a word boundary or between characters)',
    ]);
    expect(issuesOf('thanks|\\B')[0]).toMatch(/matches empty text/);
    expect(issuesOf('(?:!)?$')[0]).toMatch(/matches empty text/);
    expect(issuesOf('\\bthanks\\b')).toEqual([]);
  });

  it('runs a classic catastrophic pattern in linear time', () => {
    const pack = packOf([{ id: 'p', kind: 'pattern', pattern: '(a+)+$' }]);
    const hostile = `${'a'.repeat(5000)}!`;
    const started = performance.now();
    flags(pack, hostile);
    // a backtracking engine needs longer than the age of the universe here; linear time is milliseconds
    expect(performance.now() - started).toBeLessThan(2000);
  });

  describe('when RE2 cannot scan all of a rule’s patterns at once', () => {
    const pack = packOf([
      { id: 'p', kind: 'pattern', pattern: ['\\bper my last\\b', '\\bas stated\\b', '\\bcalm down\\b'] },
    ]);
    const text = 'Per my last email, as stated before, please calm down.';
    const expected = flags(pack, text);
    afterEach(() => vi.restoreAllMocks());

    it('has a finding for every pattern that matches', () => {
      expect(expected).toHaveLength(3);
      expect(expected.join(' ')).toMatch(/"Per my last".*"as stated".*"calm down"/);
    });

    it('runs them one by one when the set cannot be built', () => {
      vi.spyOn(RE2Set.prototype, 'compile').mockImplementation(() => {
        throw new Error('out of memory');
      });
      expect(flags(pack, text)).toEqual(expected);
    });

    it('runs them one by one when the set’s DFA gives up on a sentence', () => {
      const compile = RE2Set.prototype.compile;
      vi.spyOn(RE2Set.prototype, 'compile').mockImplementation(function (this: RE2Set) {
        compile.call(this);
        (this as unknown as { dfa: { failed: boolean } }).dfa.failed = true;
      });
      // a DFA that gave up has no answer to trust
      vi.spyOn(RE2Set.prototype, 'match').mockReturnValue([]);
      expect(flags(pack, text)).toEqual(expected);
    });
  });
});
