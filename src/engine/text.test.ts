import { describe, expect, it } from 'vitest';
import { countSyllables, countWords, keepCase, phrasesRegex, splitSentences, allMatches, fillMessage } from './text';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by space and on every line break', () => {
    expect(texts('Hi Sam,\n\nThanks for writing. It is fixed! Is it?  Yes…\nBest,\nAna')).toEqual([
      'Hi Sam,',
      'Thanks for writing.',
      'It is fixed!',
      'Is it?',
      'Yes…',
      'Best,',
      'Ana',
    ]);
  });

  it('keeps abbreviations, initials, decimals, URLs and e-mail addresses inside a sentence', () => {
    expect(texts('Mr. J. Smith paid $1.50 on Jan. 3, e.g. by card. See example.com/a.b or a.b@c.io today.')).toEqual([
      'Mr. J. Smith paid $1.50 on Jan. 3, e.g. by card.',
      'See example.com/a.b or a.b@c.io today.',
    ]);
  });

  it('reads "No." as a number before a digit and as a sentence otherwise', () => {
    expect(texts('Order No. 5 shipped. No. Transfers are final.')).toEqual([
      'Order No. 5 shipped.',
      'No.',
      'Transfers are final.',
    ]);
  });

  it('gives UTF-16 offsets that slice back to each sentence, emoji included', () => {
    const text = '  Sorry 😞 about that!  👍 It works now.\r\nThanks ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['Sorry 😞 about that!', '👍 It works now.', 'Thanks']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('phrasesRegex', () => {
  it('matches whole words in any case, any whitespace, and either apostrophe', () => {
    const re = phrasesRegex(["we can't", 'no problem']);
    expect(allMatches(re, 'We can’t do that. No\nproblem! Nope, no problems.').length).toBe(2);
    expect(allMatches(re, 'We can’t do that.')).toEqual([[0, 8]]);
  });

  it('never matches inside a longer word', () => {
    expect(allMatches(phrasesRegex(['just']), 'adjust justly just')).toEqual([[14, 18]]);
  });

  it('prefers the longest phrase at the same place', () => {
    expect(allMatches(phrasesRegex(['sorry', 'sorry for the inconvenience']), 'Sorry for the inconvenience.')).toEqual([
      [0, 27],
    ]);
  });

  it('treats regex characters in phrases literally', () => {
    expect(allMatches(phrasesRegex(['(sic)', 'a.b']), 'axb (sic) a.b')).toEqual([
      [4, 9],
      [10, 13],
    ]);
  });
});

describe('keepCase', () => {
  it.each([
    ['Unfortunately', 'the good news is', 'The good news is'],
    ['unfortunately', 'The good news is', 'the good news is'],
    ['UNFORTUNATELY', 'The good news is', 'THE GOOD NEWS IS'],
    ['unfortunately', "I'll check", "I'll check"],
    ['sla', 'SLA-backed reply', 'SLA-backed reply'],
    ['', 'Hi there,', 'Hi there,'],
  ])('%s → %s gives %s', (original, suggestion, expected) => {
    expect(keepCase(original, suggestion)).toBe(expected);
  });
});

describe('counts and messages', () => {
  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(countWords("I'm re-sending it — don't worry, 2 files.")).toBe(7);
  });

  it('counts syllables well enough for a reading grade', () => {
    expect(['the', 'refund', 'understanding', 'apologize', 'make'].map(countSyllables)).toEqual([1, 2, 4, 4, 1]);
  });

  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillMessage('“{text}” ({score}) {nope}', { text: 'x', score: -3 })).toBe('“x” (-3) {nope}');
    expect(fillMessage('{constructor} {toString} {__proto__} {text}', { text: 'x' })).toBe(
      '{constructor} {toString} {__proto__} x',
    );
  });
});

describe('keepCase inside a sentence', () => {
  it.each([
    ['SLA', 'response time', false, 'response time'],
    ['Tier 2', 'our specialist team', false, 'our specialist team'],
    ['Tier 2', 'our specialist team', true, 'Our specialist team'],
    ['I think maybe', 'it looks like', false, 'it looks like'],
    ['I think maybe', 'it looks like', true, 'It looks like'],
    ['NEVER', 'not', false, 'NOT'],
  ])('%s → %s (sentence start %s) gives %s', (original, suggestion, atStart, expected) => {
    expect(keepCase(original, suggestion, atStart)).toBe(expected);
  });
});

describe('keepCase keeps a suggestion’s own capitals inside a sentence', () => {
  it('does not lower a proper name after a capitalised acronym', () => {
    expect(keepCase('SLA', 'Response Time Promise', false)).toBe('Response Time Promise');
  });
});
