/**
 * Draft scores. Tone is how warm the wording reads (AFINN, normalised to −1…1, pulled down by harsh findings).
 * Empathy (0–100) is built from named signals, so the agent can see why: "+ acknowledges the customer",
 * "− blames the customer". Both are computed from cached sentence views and the findings: no re-parsing.
 */
import type { CustomerReading, Element, Finding, Signal, SentenceView } from './types';

export interface ScoreInput {
  sentences: readonly SentenceView[];
  findings: readonly Finding[];
  customer?: CustomerReading;
  words: number;
  secondPerson: number;
}

const UPSET = new Set(['frustrated', 'angry', 'anxious']);

export function scoreTone({ sentences, findings, words }: ScoreInput): number {
  if (!words) return 0;
  const total = sentences.reduce((n, s) => n + s.sentiment, 0);
  // AFINN sums grow with length; dividing by √words keeps a long warm reply as warm as a short one.
  let tone = Math.tanh((total / Math.sqrt(words)) * 0.6);
  for (const f of findings) {
    if (f.category === 'blame' || f.category === 'tone') tone -= f.severity === 'warning' ? 0.25 : 0.1;
  }
  return round(Math.max(-1, Math.min(1, tone)), 2);
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

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f || 0;
}
