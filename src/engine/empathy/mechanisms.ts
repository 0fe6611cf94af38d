/**
 * Empathy mechanisms, as people who rate replies and people who train agents name them: acknowledging and validating
 * the feeling, an emotional reaction (warmth, compassion), interpretation (showing understanding: restating,
 * relating), exploration (an open question about the person or their situation), reassurance, and ownership. The
 * three middle ones are the mechanisms of Sharma et al., "A computational approach to understanding empathy
 * expressed in text-based mental health support" (EMNLP 2020); acknowledgement, reassurance and ownership are what
 * support trainers add. Advice is detected too: offered before any understanding, it reads as a brush-off.
 *
 * Each mechanism is a word list, one file per family (validation.ts, reactions.ts, understanding.ts, exploration.ts,
 * support.ts, advice.ts; the list syntax is words.ts'), matched on the normalised sentence as a speech act:
 * negated, quoted or mentioned words do not count ("you say sorry too often" is not an apology).
 */
import { ADVICE, ADVICE_OPENING, FEELING } from './advice';
import { explores, EXPLORING, QUESTION } from './exploration';
import { EMOTIONAL_REACTION } from './reactions';
import { OWNERSHIP, REASSURANCE } from './support';
import { INTERPRETATION } from './understanding';
import { NOT_A_FEELING, PSEUDO, VALIDATION } from './validation';
import { normaliseForCues, says } from './words';

export const MECHANISMS = [
  'validation',
  'emotional-reaction',
  'interpretation',
  'exploration',
  'reassurance',
  'ownership',
  'advice',
  'names-feeling',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** What the agent reads beside the empathy score. */
export const MECHANISM_LABELS: Record<Mechanism, string> = {
  validation: 'acknowledges and validates the feeling',
  'emotional-reaction': 'reacts with warmth',
  interpretation: 'shows understanding',
  exploration: 'asks about the person',
  reassurance: 'reassures',
  ownership: 'takes ownership',
  advice: 'advises before showing understanding',
  'names-feeling': 'names the feeling',
};

/** An open question about the person ("What happened when you tried…?"): not a challenge, whatever its opening. */
export function asksAboutPerson(sentence: string): boolean {
  const s = normaliseForCues(sentence);
  return explores(s) && says(EXPLORING, s);
}

/** The mechanisms one sentence shows. Pure and cheap; the analyzer caches the result with the sentence. */
export function detectMechanisms(sentence: string): Mechanism[] {
  const s = normaliseForCues(sentence);
  const out: Mechanism[] = [];
  const pseudo = says(PSEUDO, s);
  if (says(VALIDATION, s) && !says(NOT_A_FEELING, s) && !pseudo) out.push('validation');
  if (says(EMOTIONAL_REACTION, s) && !pseudo) out.push('emotional-reaction');
  if (says(INTERPRETATION, s)) out.push('interpretation');
  if (explores(s) || (!QUESTION.test(s) && /^(?:tell me|i'd (?:love|like) to (?:hear|know|understand))\b/.test(s)))
    out.push('exploration');
  if (says(REASSURANCE, s)) out.push('reassurance');
  if (says(OWNERSHIP, s)) out.push('ownership');
  if (says(ADVICE, s) || (ADVICE_OPENING.test(s) && !QUESTION.test(s))) out.push('advice');
  if (says(FEELING, s)) out.push('names-feeling');
  return out;
}

/** Mechanisms that acknowledge the person (what the checklist calls acknowledgement). */
export const ACKNOWLEDGING: ReadonlySet<Mechanism> = new Set([
  'validation',
  'emotional-reaction',
  'interpretation',
  'reassurance',
]);
