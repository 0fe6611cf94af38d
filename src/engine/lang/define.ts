/**
 * A language for the engine, from data: cue phrases as regular-expression fragments (lower case, matched in any
 * case with Unicode word edges, so "día" and "für" are words), turned into the analyzer's hooks. Each language
 * file (es.ts, fr.ts…) is one `defineLanguage` call; nothing here knows any language.
 */
import { SIGNAL_LABELS, signalLabel, type SignalLabels } from '../signal-labels';
import type { CustomerReading, Element, Emotion } from '../types';
import type { LanguageHooks } from './hooks';
import { createVocabularyScorer } from './sentiment';
import { languageTone, type LanguageCue } from './tone';

/** A politeness cue as data: phrases anywhere in the sentence, or at its start; optionally only in questions. */
/** "??", "?!", "!!": read as impatience in every language the engine coaches. */
export const STACKED_MARKS: CueSpec = {
  id: 'stacked-marks',
  label: SIGNAL_LABELS['stacked-marks'],
  weight: -0.4,
  anywhere: ['\\?\\s*\\?', '\\?\\s*!', '!\\s*\\?', '!!'],
};

export interface CueSpec {
  id: string;
  label: string;
  weight: number;
  /** Only the draft's first sentence after a greeting line counts. */
  opening?: boolean;
  anywhere?: string[];
  starts?: string[];
  question?: boolean;
  /** Phrases that cancel the cue in the same sentence ("lo siento, pero…"). */
  unless?: string[];
}

export interface LanguageSpec {
  code: string;
  /** The language's name in English, for "No coaching for Spanish yet". */
  name: string;
  /** Cues of each reply element anywhere in a sentence… */
  elements: Partial<Record<Element, string[]>>;
  /** …and the ones that count only at the start of a sentence (a greeting line, a sign-off). */
  elementStarts: Partial<Record<Element, string[]>>;
  /** Words that address the reader. */
  secondPerson: string[];
  politeness: CueSpec[];
  /** Cue phrases of the customer's emotions, with their weight. */
  customer: Partial<Record<Exclude<Emotion, 'neutral'>, Array<[number, string[]]>>>;
  /** Words that turn the sentiment of the next two words ("no", "pas", "nicht", "não"). */
  negators: string[];
  warmSamples: string[];
  formalPronouns?: string[];
  /** The score signals' names in the language (lang/<code>/labels.ts); English for any left out. */
  labels?: SignalLabels;
}

export interface LanguageModule extends LanguageHooks {
  code: string;
  name: string;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';
const APOS = /'/g;

/** Phrases as one regex with Unicode word edges; straight apostrophes also match curly ones. */
export function anyOf(phrases: readonly string[], flags = 'iu'): RegExp {
  const body = phrases.map((p) => p.replace(APOS, "['’]").replace(/ /g, '\\s+')).join('|');
  return new RegExp(`${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, flags);
}

/** Phrases that open the (already trimmed) text. */
export function startsWith(phrases: readonly string[]): RegExp {
  const body = phrases.map((p) => p.replace(APOS, "['’]").replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^(?:${body})${EDGE_AFTER}`, 'iu');
}

const never = /(?!)/;
const QUESTION = /[?？]["'”’»)\]]*\s*$/;
// Leading quotes, brackets, bullets and inverted marks (Spanish ¿ ¡), then a name vocative ("Ana, ¿podrías…?").
const LEAD = /^[\s"'“‘«»([*•\-–—>¿¡]+/u;
const VOCATIVE = /^(?:\p{Lu}[\p{L}.'’-]*|@\S+)(?: \p{Lu}[\p{L}.'’-]*)?,\s+(?=\S)/u;
// Words in capitals that are shouted, not acronyms: four letters or more.
const SHOUTED = /(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu;

export function defineLanguage(spec: LanguageSpec): LanguageModule {
  const elementTests = Object.entries(spec.elements).map(
    ([element, phrases]) => [element as Element, anyOf(phrases!)] as const,
  );
  const elementStartTests = Object.entries(spec.elementStarts).map(
    ([element, phrases]) => [element as Element, startsWith(phrases!)] as const,
  );
  const greeting = elementStartTests.find(([e]) => e === 'greeting')?.[1] ?? never;
  const cues: LanguageCue[] = spec.politeness.map((c) => {
    const anywhere = c.anywhere ? anyOf(c.anywhere) : undefined;
    const starts = c.starts ? startsWith(c.starts) : undefined;
    const unless = c.unless ? anyOf(c.unless) : undefined;
    return {
      id: `${spec.code}:${c.id}`,
      // the cues every language shares are named in each language's labels
      label: c === STACKED_MARKS ? signalLabel('stacked-marks', spec.labels) : c.label,
      weight: c.weight,
      opening: c.opening,
      test: (s) =>
        (!c.question || s.question) &&
        ((anywhere?.test(s.text) ?? false) || (starts?.test(s.start) ?? false)) &&
        !(unless?.test(s.text) ?? false),
    };
  });
  cues.push({
    id: `${spec.code}:shouting`,
    label: signalLabel('shouting', spec.labels),
    weight: -0.3,
    test: (s) => (s.text.match(SHOUTED)?.length ?? 0) >= 1 && s.text.replace(/[^\p{L}]/gu, '').length > 6,
  });
  const toSentence = (text: string) => {
    let start = text.replace(LEAD, '');
    if (!greeting.test(start)) start = start.replace(VOCATIVE, '').replace(LEAD, '');
    return { text, start, question: QUESTION.test(text) };
  };
  const negators = new Set(spec.negators);
  const customerCues = Object.entries(spec.customer).flatMap(([emotion, list]) =>
    list!.map(([weight, phrases]) => ({ emotion: emotion as Emotion, weight, re: anyOf(phrases) })),
  );
  const secondPerson = anyOf(spec.secondPerson, 'giu');
  const vocabularyScorers = new Map<string, (text: string) => number>();
  const sentimentScorer = (vocabulary: Readonly<Record<string, number>>) => {
    const key = JSON.stringify(vocabulary);
    let scorer = vocabularyScorers.get(key);
    if (!scorer) vocabularyScorers.set(key, (scorer = createVocabularyScorer(vocabulary, negators)));
    return scorer;
  };
  // the customer's message is read with the language's own packs' words when the analyzer gives them
  let customerSentiment = sentimentScorer({});
  return {
    code: spec.code,
    name: spec.name,
    secondPerson,
    warmSamples: spec.warmSamples,
    formalPronouns: spec.formalPronouns,
    labels: spec.labels,
    detectElements(sentence) {
      const found = new Set<Element>();
      const start = sentence.replace(LEAD, '');
      for (const [element, re] of elementTests) if (re.test(sentence)) found.add(element);
      for (const [element, re] of elementStartTests) if (re.test(start)) found.add(element);
      // a question put to the reader hands them the next move
      if (QUESTION.test(sentence) && ((secondPerson.lastIndex = 0), secondPerson.test(sentence)))
        found.add('next-step');
      return found;
    },
    detectPoliteness(sentence) {
      const s = toSentence(sentence);
      return cues.filter((c) => c.test(s)).map((c) => c.id);
    },
    sentimentScorer(vocabulary) {
      return (customerSentiment = sentimentScorer(vocabulary));
    },
    scoreTone: (input) => languageTone(input, cues, spec.labels),
    readCustomer: (message) => readCustomerWith(message, customerCues, customerSentiment),
  };
}

/** The customer's emotions by the language's cue phrases, shouting, stacked marks and sentiment (as context.ts does for English). */
function readCustomerWith(
  message: string,
  cues: ReadonlyArray<{ emotion: Emotion; weight: number; re: RegExp }>,
  sentiment: (text: string) => number,
): CustomerReading {
  const text = message.trim();
  const score = text ? sentiment(text) : 0;
  const scores = new Map<Emotion, number>();
  const found: string[] = [];
  const add = (emotion: Emotion, amount: number, cue?: string) => {
    scores.set(emotion, (scores.get(emotion) ?? 0) + amount);
    if (cue) found.push(cue);
  };
  for (const { emotion, weight, re } of cues) {
    const m = text.match(re);
    if (m) add(emotion, weight, m[0].toLowerCase());
  }
  if ((text.match(SHOUTED)?.length ?? 0) >= 2) add('angry', 2, 'capitals');
  if (/[!?]{3,}|!!/.test(text)) add('angry', 1, '!!');
  if (score <= -5) add('angry', 1);
  if (score <= -2) add('frustrated', 1);
  if (score >= 4 && !scores.has('angry') && !scores.has('frustrated')) add('happy', 1);
  if ((scores.get('angry') ?? 0) + (scores.get('frustrated') ?? 0) >= 2) scores.delete('happy');
  const emotions = [...scores.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .map(([emotion]) => emotion);
  return { emotion: emotions[0] ?? 'neutral', emotions, cues: [...new Set(found)], sentiment: score };
}
