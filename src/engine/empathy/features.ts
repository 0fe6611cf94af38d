/**
 * What the empathy model sees of a draft: explainable features, each a presence or a small capped amount, never a
 * length. The mechanisms of mechanisms.ts (a first sentence that shows one, and a second), what works against them
 * (advice before any understanding, an upset customer left unacknowledged, apologising over and over, harsh
 * wording) and the courtesies of a support reply. Their weights are learned by `npm run fit` (src/eval/) and stored
 * in empathy-weights.ts; each feature's direction is fixed here, from what raters and trainers agree on.
 */
import { isUpset } from '../listening/labelling';
import type { SignalId } from '../signal-labels';
import type { CustomerReading, Element, SentenceView } from '../types';
import { ACKNOWLEDGING, MECHANISMS, type Mechanism } from './mechanisms';

export interface EmpathyFeature {
  id: string;
  /**
   * The signal the agent reads beside the score (signal-labels.ts, in the draft's language); features that share
   * one show as one signal. None for `unacknowledged-upset`, named after the customer's emotion.
   */
  signal?: SignalId;
  /** The side of 0 the learned weight is kept on. */
  direction: 1 | -1;
}

/** The features' input: the analyzer's cached sentence views, the customer's message read, and the word count. */
export interface EmpathyInput {
  sentences: readonly SentenceView[];
  customer?: CustomerReading;
  words: number;
  secondPerson: number;
}

/**
 * Mechanisms that earn points, each with a feature for a second sentence that shows it: all but advice (its own
 * feature, counted only before any understanding) and naming a feeling (which only keeps it from reading harsh).
 */
export const SCORED_MECHANISMS: readonly Mechanism[] = MECHANISMS.filter(
  (m) => m !== 'advice' && m !== 'names-feeling',
);

/** Every feature the model knows, in a stable order (the fit's columns). */
export const EMPATHY_FEATURES: readonly EmpathyFeature[] = [
  ...SCORED_MECHANISMS.flatMap((m) => [
    { id: m, signal: m, direction: 1 as const },
    { id: `${m}-more`, signal: m, direction: 1 as const },
  ]),
  { id: 'advice-first', signal: 'advice', direction: -1 },
  // named with the customer's emotion when shown (signal-labels.ts unacknowledgedLabel)
  { id: 'unacknowledged-upset', direction: -1 },
  { id: 'over-apologising', signal: 'apologises-too-often', direction: -1 },
  { id: 'thanks', signal: 'thanks-customer', direction: 1 },
  { id: 'time-frame', signal: 'time-frame', direction: 1 },
  { id: 'speaks-to-customer', signal: 'speaks-to-customer', direction: 1 },
  { id: 'greeting', signal: 'greets', direction: 1 },
  { id: 'closing', signal: 'closes-warmly', direction: 1 },
  { id: 'positive-wording', signal: 'positive-wording', direction: 1 },
  { id: 'negative-wording', signal: 'negative-wording', direction: -1 },
];

const acknowledging = (s: SentenceView) => s.empathy.some((m) => ACKNOWLEDGING.has(m as Mechanism));

/** Whether any sentence acknowledges the person (the checklist's acknowledgement). */
export function acknowledges(sentences: readonly SentenceView[]): boolean {
  return sentences.some(acknowledging);
}

// Harsh sentences counted at most this many times: one more after three says nothing new.
const HARSH_CAP = 3;

/** The draft's feature values by id (absent features are 0). */
export function empathyFeatures({ sentences, customer, words, secondPerson }: EmpathyInput): Record<string, number> {
  const out: Record<string, number> = {};
  if (!words) return out;
  const count = (test: (s: SentenceView) => boolean) => sentences.filter(test).length;
  const shows = (m: Mechanism) => count((s) => s.empathy.includes(m));
  const has = (e: Element) => sentences.some((s) => s.elements.has(e));
  for (const m of SCORED_MECHANISMS) {
    const n = shows(m);
    if (n) out[m] = 1;
    if (n > 1) out[`${m}-more`] = 1;
  }
  const acknowledged = acknowledges(sentences);
  if (!acknowledged && shows('advice')) out['advice-first'] = 1;
  // An open question about the person engages with them: a reply that asks is not one that ignores them.
  if (!acknowledged && !out.exploration && isUpset(customer)) out['unacknowledged-upset'] = 1;
  if (count((s) => s.elements.has('apology')) >= 3) out['over-apologising'] = 1;
  if (has('thanks')) out.thanks = 1;
  if (has('time-frame')) out['time-frame'] = 1;
  if (secondPerson >= 2) out['speaks-to-customer'] = 1;
  if (has('greeting')) out.greeting = 1;
  if (has('closing')) out.closing = 1;
  const warm = count((s) => s.sentiment > 0);
  if (warm) out['positive-wording'] = warm / sentences.length;
  // Naming a hard feeling in sympathy is empathy, not negativity: sentences that acknowledge a feeling, and, in a
  // reply that acknowledges one, those that name it ("I'm so sorry. Anxiety is awful.").
  const sympathetic = (s: SentenceView) => acknowledging(s) || (acknowledged && s.empathy.includes('names-feeling'));
  const harsh = count((s) => s.sentiment <= -3 && !sympathetic(s));
  if (harsh) out['negative-wording'] = Math.min(HARSH_CAP, harsh);
  return out;
}
