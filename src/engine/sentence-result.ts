/**
 * What the analyzer keeps of one sentence: its input for the rules and its view for draft rules and scores
 * (findings are made, moved and de-duplicated in findings.ts, shared with the first pass). Split from analyzer.ts
 * so that file holds only the flow of one analysis.
 */
import type { Mechanism } from './empathy/mechanisms';
import type { NlpDoc } from './nlp';
import { countSentenceSyllables, countWords } from './text';
import type { Finding, SentenceInput, SentenceView } from './types';

export interface SentenceResult {
  words: number;
  syllables: number;
  sentiment: number;
  secondPerson: number;
  elements: SentenceView['elements'];
  politeness: SentenceView['politeness'];
  empathy: SentenceView['empathy'];
  /** Findings of the sentence rules, complete but with offsets relative to the sentence. */
  findings: Finding[];
}

/**
 * A sentence as the draft rules and the scores see it. Fields written out, not spread: this runs for every
 * sentence on every keystroke, and object spread costs two orders of magnitude more here (npm run bench).
 */
export function sentenceView(start: number, end: number, text: string, result: SentenceResult): SentenceView {
  return {
    start,
    end,
    text,
    words: result.words,
    syllables: result.syllables,
    sentiment: result.sentiment,
    elements: result.elements,
    politeness: result.politeness,
    empathy: result.empathy,
  };
}

/**
 * What the rules see of a sentence; its sentiment, counts and parse are computed when a rule first asks, once.
 * `parse` is passed in, so the first pass (quick.ts), which has no compromise, builds its inputs here too.
 */
export function sentenceInput(
  text: string,
  scoreSentiment: (text: string) => number,
  parse: (text: string) => NlpDoc,
): SentenceInput {
  let sentiment: number | undefined;
  let words: number | undefined;
  let syllables: number | undefined;
  let doc: NlpDoc | undefined;
  return {
    text,
    lower: text.toLowerCase(),
    sentiment: () => (sentiment ??= scoreSentiment(text)),
    words: () => (words ??= countWords(text)),
    syllables: () => (syllables ??= countSentenceSyllables(text)),
    doc: () => (doc ??= parse(text)),
  };
}

/** Another language's acknowledgement and next step, as the empathy mechanisms the score reads. */
export function mechanismsFromElements(elements: ReadonlySet<string>): Mechanism[] {
  const found: Mechanism[] = [];
  if (elements.has('acknowledgement')) found.push('validation');
  if (elements.has('next-step')) found.push('ownership');
  return found;
}
