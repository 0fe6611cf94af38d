/**
 * The learned half of the customer reading: a weight per family for each of about 1,800 words and word pairs,
 * learned from GoEmotions (lexicon.json, see src/eval/calibrate-customer.ts). A message's score for a family is
 * the family's bias plus the weights of its words, so the words that weighed most are the reading's cues.
 */
import lexicon from './lexicon.json';
import { readingFeatures } from './features';

export const FAMILY_ORDER = ['upset', 'confused', 'anxious', 'sad', 'positive', 'neutral'] as const;
export type ReadingFamily = (typeof FAMILY_ORDER)[number];

const WEIGHTS = new Map<string, readonly number[]>(Object.entries(lexicon.weights));
if (lexicon.families.join() !== FAMILY_ORDER.join())
  throw new Error('reading/lexicon.json: families are not in the expected order');

export interface FamilyScores {
  /** Log-odds per family, in FAMILY_ORDER. */
  logits: number[];
  /** The message's features that weigh for each family more than for the others, heaviest first. */
  cues: string[][];
  /** How many words the message has. */
  words: number;
}

export function scoreFamilies(text: string): FamilyScores {
  const logits = lexicon.bias.slice();
  const found: Array<{ feature: string; weights: readonly number[] }> = [];
  const features = readingFeatures(text);
  for (const feature of features) {
    const weights = WEIGHTS.get(feature);
    if (!weights) continue;
    found.push({ feature, weights });
    for (let k = 0; k < logits.length; k++) logits[k] += weights[k];
  }
  const cues = FAMILY_ORDER.map((_, k) =>
    found
      .map(({ feature, weights }) => ({ feature, lead: weights[k] - Math.max(...weights.filter((_, j) => j !== k)) }))
      .filter((c) => c.lead > 0.5 && /[a-z]/.test(c.feature))
      .sort((a, b) => b.lead - a.lead)
      .map((c) => c.feature),
  );
  return { logits, cues, words: features.filter((f) => !f.includes(' ')).length };
}

/** Probabilities from log-odds (softmax). */
export function probabilities(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}
