/**
 * What the empathy model sees of a draft: explainable features, each a presence or a small capped amount, never a
 * length. The mechanisms of mechanisms.ts (a first sentence that shows one, and a second), what works against them
 * (advice before any understanding, an upset customer left unacknowledged, apologising over and over, harsh
 * wording) and the courtesies of a support reply. Their weights are learned by `npm run fit` (src/eval/) and stored
 * in empathy-weights.ts; each feature's direction is fixed here, from what raters and trainers agree on.
 */
import type { CustomerReading, Element, SentenceView } from '../types';
import { ACKNOWLEDGING, MECHANISM_LABELS, MECHANISMS, type Mechanism } from './mechanisms';

export interface EmpathyFeature {
  id: string;
  /** What the agent reads beside the score; features that share a label show as one signal. */
  label: string;
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

const UPSET: ReadonlySet<string> = new Set(['frustrated', 'angry', 'anxious', 'sad']);

/** Every feature the model knows, in a stable order (the fit's columns). */
export const EMPATHY_FEATURES: readonly EmpathyFeature[] = [
  ...SCORED_MECHANISMS.flatMap((m) => [
    { id: m, label: MECHANISM_LABELS[m], direction: 1 as const },
    { id: `${m}-more`, label: MECHANISM_LABELS[m], direction: 1 as const },
  ]),
  { id: 'advice-first', label: MECHANISM_LABELS.advice, direction: -1 },
  // labelled with the customer's emotion when shown (see unacknowledgedLabel)
  { id: 'unacknowledged-upset', label: 'never acknowledges an upset customer', direction: -1 },
  { id: 'over-apologising', label: 'apologises too often', direction: -1 },
  { id: 'thanks', label: 'thanks the customer', direction: 1 },
  { id: 'time-frame', label: 'gives a time frame', direction: 1 },
  { id: 'speaks-to-customer', label: 'speaks to the customer', direction: 1 },
  { id: 'greeting', label: 'greets', direction: 1 },
  { id: 'closing', label: 'closes warmly', direction: 1 },
  { id: 'positive-wording', label: 'positive wording', direction: 1 },
  { id: 'negative-wording', label: 'negative wording', direction: -1 },
];

/** "never acknowledges an angry customer": the label of `unacknowledged-upset` for this customer. */
export function unacknowledgedLabel(customer: CustomerReading | undefined): string {
  const emotion = customer?.emotion ?? 'upset';
  return `never acknowledges ${/^[aeiou]/i.test(emotion) ? 'an' : 'a'} ${emotion} customer`;
}

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
  if (!acknowledged && !out.exploration && customer?.emotions.some((e) => UPSET.has(e)))
    out['unacknowledged-upset'] = 1;
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
