/**
 * Draft scores, each built from named signals so the agent can see why. Tone (−1…1) is how polite and warm the
 * wording reads: AFINN word sentiment, the politeness cues people react to ("+ thanks", "− direct question
 * opening", see politeness.ts) and harsh findings, summed and squashed into −1…1. Empathy (0–100): "+ acknowledges
 * the customer", "− blames the customer". Both are computed from cached sentence views and the findings: no
 * re-parsing.
 */
import { politenessSignals } from './politeness';
import type { CustomerReading, Element, Finding, Signal, SentenceView } from './types';

export interface ScoreInput {
  sentences: readonly SentenceView[];
  findings: readonly Finding[];
  customer?: CustomerReading;
  words: number;
  secondPerson: number;
}

const UPSET = new Set(['frustrated', 'angry', 'anxious']);

/**
 * Per AFINN point per √word. Warm words count half: people notice harsh words more than kind ones (the politeness
 * paper found the negative lexicon the stronger cue), and many AFINN-positive words are plain content ("like",
 * "good", "support"). Kindness that matters is counted by the politeness cues instead (thanks, please…).
 */
const WORDING_WEIGHT = 0.5;
const WARM_WORDING_FACTOR = 0.5;
const WORDING_CAP = 0.8;
const FINDING_PENALTY: Partial<Record<Finding['category'], { label: string; warning: number; other: number; cap: number }>> = {
  blame: { label: 'blames the reader', warning: 0.35, other: 0.2, cap: 0.8 },
  tone: { label: 'dismissive or cold wording', warning: 0.3, other: 0.15, cap: 0.6 },
  'positive-language': { label: 'negative framing', warning: 0.2, other: 0.1, cap: 0.3 },
};

/**
 * Tone from −1 (harsh) to 1 (warm), with the signals that made it, strongest first. Each signal's delta is its
 * contribution before the sum is squashed by tanh, so signals add up the way the agent reads them.
 */
export function scoreTone({ sentences, findings, words }: ScoreInput): { tone: number; signals: Signal[] } {
  if (!words) return { tone: 0, signals: [] };
  const signals: Signal[] = [];
  const total = sentences.reduce((n, s) => n + s.sentiment, 0);
  // AFINN sums grow with length; dividing by √words keeps a long warm reply as warm as a short one.
  const raw = total / Math.sqrt(words);
  const wording = clamp(raw * WORDING_WEIGHT * (raw > 0 ? WARM_WORDING_FACTOR : 1), -WORDING_CAP, WORDING_CAP);
  if (Math.abs(wording) >= 0.01) signals.push({ label: wording > 0 ? 'warm wording' : 'harsh wording', delta: round(wording, 2) });
  for (const s of politenessSignals(sentences.map((v) => v.politeness))) signals.push({ label: s.label, delta: s.delta });
  for (const [category, penalty] of Object.entries(FINDING_PENALTY) as Array<[Finding['category'], NonNullable<(typeof FINDING_PENALTY)[Finding['category']]>]>) {
    let sum = 0;
    for (const f of findings) if (f.category === category && f.severity !== 'hint') sum += f.severity === 'warning' ? penalty.warning : penalty.other;
    if (sum) signals.push({ label: penalty.label, delta: -round(Math.min(sum, penalty.cap), 2) });
  }
  signals.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const tone = Math.tanh(signals.reduce((n, s) => n + s.delta, 0));
  return { tone: round(clamp(tone, -1, 1), 2), signals };
}

/** A tone signal as the agent reads it: "+ thanks", "− direct question opening". */
export function toneSignalText(signal: Signal): string {
  return `${signal.delta > 0 ? '+' : '−'} ${signal.label}`;
}

export function scoreEmpathy(input: ScoreInput): { empathy: number; signals: Signal[] } {
  const { sentences, findings, customer, words } = input;
  if (!words) return { empathy: 0, signals: [] };
  const signals: Signal[] = [];
  const add = (label: string, delta: number) => {
    if (delta) signals.push({ label, delta });
  };
  const has = (e: Element) => sentences.some((s) => s.elements.has(e));
  const count = (e: Element) => sentences.filter((s) => s.elements.has(e)).length;
  const upset = customer?.emotions.some((e) => UPSET.has(e)) ?? false;

  if (has('acknowledgement')) add('acknowledges the customer', 15);
  else if (upset) add(`never acknowledges a ${customer?.emotion} customer`, -15);
  const apologies = count('apology');
  if (apologies >= 3) add('apologises too often', -5);
  else if (apologies && (upset || has('acknowledgement'))) add('apologises where it fits', 5);
  if (has('thanks')) add('thanks the customer', 5);
  if (has('next-step')) add('owns a next step', 10);
  if (has('time-frame')) add('gives a time frame', 5);
  if (input.secondPerson >= 2) add('speaks to the customer', 5);
  if (has('greeting')) add('greets', 3);
  if (has('closing')) add('closes warmly', 2);
  const warm = sentences.filter((s) => s.sentiment > 0).length;
  const harsh = sentences.filter((s) => s.sentiment <= -3).length;
  if (warm) add('positive wording', Math.min(10, Math.round((warm / sentences.length) * 10)) || 1);
  if (harsh) add('negative wording', -Math.min(15, harsh * 5));

  const weights: Partial<Record<Finding['category'], [string, number, number]>> = {
    blame: ['blames the customer', 10, 30],
    tone: ['dismissive or cold tone', 5, 20],
    'positive-language': ['negative framing', 3, 12],
    jargon: ['jargon', 3, 12],
    empathy: ['missed empathy', 4, 12],
  };
  for (const [category, [label, each, cap]] of Object.entries(weights) as Array<[Finding['category'], [string, number, number]]>) {
    const n = findings.filter((f) => f.category === category && f.severity !== 'hint').length;
    if (n) add(label, -Math.min(cap, n * each));
  }
  const empathy = 50 + signals.reduce((n, s) => n + s.delta, 0);
  return { empathy: Math.max(0, Math.min(100, Math.round(empathy))), signals };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f || 0;
}
