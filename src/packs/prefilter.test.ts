/**
 * The per-keystroke shortcuts never drop a finding. Pattern rules first ask one RE2 set which of their expressions
 * match a sentence at all, and match rules skip the compromise parse of a sentence that lacks a word the pattern
 * requires (issue 14). Both are compared here with the plain way, every expression and pattern run on every
 * sentence, over the built-in packs' own expressions, patterns, examples and allows, and over expressions,
 * patterns and sentences of our own chosen to corner case folding, contractions and word shapes.
 */
import { RE2JS } from 're2js';
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { compilePacks, splitSentences, type CompiledRule, type PackSpec, type SentenceInput } from '../engine';
import { matchOffsets, parseMatchPattern, parseSentence } from '../engine/nlp';
import { BUILTIN_PACKS } from './builtin';

const OWN_PATTERNS = [
  'sorry',
  'SORRY',
  '\\bkind\\b',
  '\\bsaw\\b',
  '\\b(?:asap|eta)\\b',
  '\\b[A-Z]{3,}\\b',
  '\\b\\w+ing\\b',
  '(?:please )?(?:kindly|just) \\w+',
  '\\d{3,}',
  'ü\\w+',
  '\\bstraße\\b',
  '(?:[a-z]|[0-9]){0,9}x[a-z ]{12}y',
  "don[’']t",
];
const OWN_MATCHES = [
  'you (forgot|failed|neglected) to #Verb',
  'you did not #Verb',
  'i am #Adjective',
  'we (will|would) #Verb',
  'it is not #Adjective',
  'you (should|must) have #Verb',
  'as i (said|mentioned)',
  '#Adjective #Noun',
  'please #Verb',
  'not #Verb',
  'we are #Adjective',
];
const OWN_SENTENCES = [
  'You didn’t attach it, and you FORGOT to send the receipt.',
  'I’m sure it isn’t broken; we’ll fix it and it won’t happen again.',
  'As I said, please KINDLY wait ASAP; the ETA is 12345.',
  'The Kelvin sign \u212Aind and the long s \u017Forry fold like k and s.',
  'Die STRASSE und die Straße, über alles.',
  'You should’ve checked, you must have seen it, you can’t miss it.',
  "Don’t worry: don't panic, we're looking at xabcdefghijkly now.",
  'İstanbul and ıstanbul are not Istanbul.',
];

const sentencesOf = (packs: readonly PackSpec[]) => {
  const texts = [...OWN_SENTENCES, ...splitSentences(generateCorpus(400, 1414)).map((s) => s.text)];
  for (const pack of packs)
    for (const rule of pack.rules) {
      for (const example of rule.examples ?? []) texts.push(typeof example === 'string' ? example : example.text);
      for (const allow of rule.allows ?? []) texts.push(typeof allow === 'string' ? allow : allow.text);
    }
  return [...new Set(texts.flatMap((text) => splitSentences(text).map((s) => s.text)))];
};

const inputOf = (text: string): SentenceInput => ({
  text,
  lower: text.toLowerCase(),
  sentiment: () => 0,
  words: () => 0,
  syllables: () => 0,
  doc: () => parseSentence(text),
});

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]) as string[];
const ruleSpecs = (kind: string) =>
  BUILTIN_PACKS.flatMap((pack) => pack.rules.filter((r) => r.kind === kind)) as Array<Record<string, unknown>>;

function compileOne(spec: Record<string, unknown>): CompiledRule {
  const pack = {
    id: 't',
    name: 't',
    version: '1.0.0',
    language: 'en',
    rules: [{ category: 'tone', severity: 'hint', message: '{text}', examples: [], allows: [], ...spec, id: 'r' }],
  } as unknown as PackSpec;
  return compilePacks([pack]).rules[0];
}

const spans = (found: Array<{ start: number; end: number }>) => found.map((m) => `${m.start}-${m.end}`).sort();

describe('pattern rules find the same matches through their RE2 set', () => {
  const sentences = sentencesOf(BUILTIN_PACKS);
  const cases = [
    ...ruleSpecs('pattern').map((spec) => ({ pattern: asList(spec.pattern), caseSensitive: !!spec.caseSensitive })),
    { pattern: OWN_PATTERNS, caseSensitive: false },
    { pattern: OWN_PATTERNS, caseSensitive: true },
  ];

  it.each(cases.map((c, i) => [i, c] as const))('rule %i', (_, { pattern, caseSensitive }) => {
    const rule = compileOne({ kind: 'pattern', pattern, caseSensitive });
    const plain = pattern.map((source) => RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE));
    let found = 0;
    for (const text of sentences) {
      const expected: Array<{ start: number; end: number }> = [];
      for (const re of plain) {
        const m = re.matcher(text);
        while (m.find()) if (m.end() > m.start()) expected.push({ start: m.start(), end: m.end() });
      }
      found += expected.length;
      expect(spans(rule.sentence!(inputOf(text))), text).toEqual(spans(expected));
    }
    expect(found).toBeGreaterThan(0);
  });

  it('runs no expression on a sentence none of them matches', () => {
    const rule = compileOne({ kind: 'pattern', pattern: OWN_PATTERNS.slice(0, 5) });
    const matcher = vi.spyOn(RE2JS.prototype, 'matcher');
    try {
      expect(rule.sentence!(inputOf('We will look into it today.'))).toEqual([]);
      expect(matcher).not.toHaveBeenCalled();
      // "sorry" and "SORRY", both case-insensitive: the two found, the three others never run
      expect(rule.sentence!(inputOf('Sorry, we will look into it today.'))).toHaveLength(2);
      expect(matcher).toHaveBeenCalledTimes(2);
    } finally {
      matcher.mockRestore();
    }
  });
});

describe('match rules skip the parse only where no match could be', () => {
  const sentences = sentencesOf(BUILTIN_PACKS);
  const patterns = [...ruleSpecs('match').flatMap((spec) => asList(spec.match)), ...OWN_MATCHES];

  it.each(patterns)('%s', (source) => {
    const rule = compileOne({ kind: 'match', match: source });
    const parsed = parseMatchPattern(source);
    let found = 0;
    for (const text of sentences.filter((s) => s.length <= 400)) {
      const expected = matchOffsets(parseSentence(text), parsed, text).filter(([start, end]) => end > start);
      found += expected.length;
      const spansExpected = spans(expected.map(([start, end]) => ({ start, end })));
      expect(spans(rule.sentence!(inputOf(text))), text).toEqual(spansExpected);
    }
    expect(found, 'the pattern matched no sentence: it proves nothing').toBeGreaterThan(0);
  });
});
