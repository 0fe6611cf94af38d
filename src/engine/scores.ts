/**
 * Draft scores, each built from named signals so the agent can see why. Tone (−1…1) is a learned model over
 * politeness cues, wording and harsh findings (tone.ts). Empathy (0–100) counts the empathy mechanisms the reply
 * shows — acknowledging and validating the feeling, an emotional reaction, interpretation, exploration,
 * reassurance, ownership (empathy/mechanisms.ts) — and what works against them: blame, coldness, advice before any
 * understanding, and an upset customer left unacknowledged. Both are computed from cached sentence views and the
 * findings: no re-parsing.
 */
import { ACKNOWLEDGING, type Mechanism } from './empathy/mechanisms';
import { signalLabel, unacknowledgedLabel, type SignalId, type SignalLabels } from './signal-labels';
import type { CustomerReading, Element, Finding, SentenceView, Signal } from './types';

export { scoreTone, toneSignalText } from './tone';

export interface ScoreInput {
  sentences: readonly SentenceView[];
  findings: readonly Finding[];
  customer?: CustomerReading;
  words: number;
  secondPerson: number;
}

const UPSET: ReadonlySet<string> = new Set(['frustrated', 'angry', 'anxious', 'sad']);

/**
 * Points per mechanism: the first sentence that shows it earns `first`, a second one `more` (a reply that explores
 * with two questions shows more interest than one with one question). Hand-set on support replies written here,
 * their size follows how trainers and the EPITOME raters rank the mechanisms; measured on other people's text by
 * `npm run eval` (docs/evaluation.md).
 */
const MECHANISM_POINTS: Record<Exclude<Mechanism, 'advice' | 'names-feeling'>, { first: number; more: number }> = {
  validation: { first: 15, more: 3 },
  'emotional-reaction': { first: 10, more: 3 },
  interpretation: { first: 10, more: 3 },
  exploration: { first: 10, more: 5 },
  reassurance: { first: 8, more: 2 },
  ownership: { first: 8, more: 0 },
};
const ADVICE_FIRST = -6;

/** `labels`: the signals' names in the draft's language (English where it gives none). */
export function scoreEmpathy(input: ScoreInput, labels?: SignalLabels): { empathy: number; signals: Signal[] } {
  const { sentences, findings, customer, words } = input;
  if (!words) return { empathy: 0, signals: [] };
  const signals: Signal[] = [];
  const addLabel = (label: string, delta: number) => {
    if (delta) signals.push({ label, delta });
  };
  const add = (id: SignalId, delta: number) => addLabel(signalLabel(id, labels), delta);
  const has = (e: Element) => sentences.some((s) => s.elements.has(e));
  const count = (e: Element) => sentences.filter((s) => s.elements.has(e)).length;
  const shows = (m: Mechanism) => sentences.filter((s) => s.empathy.includes(m)).length;
  const upset = customer?.emotions.some((e) => UPSET.has(e)) ?? false;

  const acknowledges = sentences.some((s) => s.empathy.some((m) => ACKNOWLEDGING.has(m as Mechanism)));
  for (const [mechanism, { first, more }] of Object.entries(MECHANISM_POINTS) as Array<
    [Mechanism, { first: number; more: number }]
  >) {
    const n = shows(mechanism);
    if (n) add(mechanism, first + (n > 1 ? more : 0));
  }
  if (!acknowledges && upset && customer) addLabel(unacknowledgedLabel(customer.emotion, labels), -15);
  if (!acknowledges && shows('advice')) add('advice', ADVICE_FIRST);
  const apologies = count('apology');
  if (apologies >= 3) add('apologises-too-often', -5);
  if (has('thanks')) add('thanks-customer', 5);
  if (has('time-frame')) add('time-frame', 5);
  if (input.secondPerson >= 2) add('speaks-to-customer', 5);
  if (has('greeting')) add('greets', 3);
  if (has('closing')) add('closes-warmly', 2);
  const warm = sentences.filter((s) => s.sentiment > 0).length;
  // Naming a hard feeling in sympathy is empathy, not negativity: sentences that acknowledge a feeling, and, in a
  // reply that acknowledges one, those that name it ("I'm so sorry. Anxiety is awful.").
  const acknowledging = (s: SentenceView) => s.empathy.some((m) => ACKNOWLEDGING.has(m as Mechanism));
  const sympathetic = (s: SentenceView) => acknowledging(s) || (acknowledges && s.empathy.includes('names-feeling'));
  const harsh = sentences.filter((s) => s.sentiment <= -3 && !sympathetic(s)).length;
  if (warm) add('positive-wording', Math.min(10, Math.round((warm / sentences.length) * 10)) || 1);
  if (harsh) add('negative-wording', -Math.min(15, harsh * 5));

  const weights: Partial<Record<Finding['category'], [SignalId, number, number]>> = {
    blame: ['blames-customer', 10, 30],
    tone: ['cold-tone', 5, 20],
    'positive-language': ['negative-framing', 3, 12],
    jargon: ['jargon', 3, 12],
    empathy: ['missed-empathy', 4, 12],
  };
  for (const [category, [label, each, cap]] of Object.entries(weights) as Array<
    [Finding['category'], [SignalId, number, number]]
  >) {
    const n = findings.filter((f) => f.category === category && f.severity !== 'hint').length;
    if (n) add(label, -Math.min(cap, n * each));
  }
  const empathy = 50 + signals.reduce((n, s) => n + s.delta, 0);
  return { empathy: Math.max(0, Math.min(100, Math.round(empathy))), signals };
}
