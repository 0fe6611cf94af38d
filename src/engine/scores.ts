/**
 * Draft scores, each built from named signals so the agent can see why. Tone (−1…1) is a learned model over
 * politeness cues, wording and harsh findings (tone.ts). Empathy (0–100) is a learned model too: a logistic
 * regression over the empathy mechanisms the reply shows — acknowledging and validating the feeling, an emotional
 * reaction, interpretation, exploration, reassurance, ownership (empathy/mechanisms.ts) — and what works against
 * them: advice before any understanding, an upset customer left unacknowledged, harsh wording (empathy/features.ts).
 * Its weights are fitted by `npm run fit` into empathy-weights.ts; the findings (blame, coldness, jargon…) keep the
 * points trainers gave them. Both are computed from cached sentence views and the findings: no re-parsing.
 */
import { EMPATHY_WEIGHTS } from './empathy-weights';
import { EMPATHY_FEATURES, empathyFeatures, type EmpathyInput } from './empathy/features';
import { signalLabel, unacknowledgedLabel, type SignalId, type SignalLabels } from './signal-labels';
import type { Finding, Signal } from './types';

export { scoreTone, toneSignalText } from './tone';

export interface ScoreInput extends EmpathyInput {
  findings: readonly Finding[];
}

/**
 * Points per unit of log-odds, for the findings' hand-set sizes: 25 is the slope of 100·P at P = ½, so near the
 * middle a point is a percentage point of the chance that a reader finds the reply caring.
 */
export const POINTS_PER_LOGIT = 25;

// Per finding below hint level, and the most a category can take off, in points: the trainers' sizes.
const FINDING_POINTS: Partial<Record<Finding['category'], [signal: SignalId, each: number, cap: number]>> = {
  blame: ['blames-customer', 10, 30],
  tone: ['cold-tone', 5, 20],
  'positive-language': ['negative-framing', 3, 12],
  jargon: ['jargon', 3, 12],
  empathy: ['missed-empathy', 4, 12],
};

const SIGNALS = new Map(EMPATHY_FEATURES.map((f) => [f.id, f.signal]));

/**
 * Each feature's and each finding category's share of the log-odds, by signal label (features may share one),
 * named in `labels` (the draft's language) or in English.
 */
export function empathyContributions(
  input: ScoreInput,
  weights = EMPATHY_WEIGHTS.weights,
  labels?: SignalLabels,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (label: string, z: number) => {
    if (z) out.set(label, (out.get(label) ?? 0) + z);
  };
  const labelOf = (id: string) => {
    if (id === 'unacknowledged-upset')
      return input.customer
        ? unacknowledgedLabel(input.customer.emotion, labels)
        : 'never acknowledges an upset customer';
    const signal = SIGNALS.get(id);
    return signal ? signalLabel(signal, labels) : id;
  };
  for (const [id, value] of Object.entries(empathyFeatures(input))) add(labelOf(id), (weights[id] ?? 0) * value);
  for (const [category, [signal, each, cap]] of Object.entries(FINDING_POINTS) as Array<
    [Finding['category'], [SignalId, number, number]]
  >) {
    const n = input.findings.filter((f) => f.category === category && f.severity !== 'hint').length;
    if (n) add(signalLabel(signal, labels), -Math.min(cap, n * each) / POINTS_PER_LOGIT);
  }
  return out;
}

/**
 * Empathy 0–100 is 100·P(caring), P = σ(z), z the sum of the contributions (no bias: a reply with no cue reads 50).
 * Each signal's delta is its share of the distance from 50, so the deltas add up to the score the agent sees.
 */
export function scoreEmpathy(
  input: ScoreInput,
  labels?: SignalLabels,
  weights = EMPATHY_WEIGHTS.weights,
): { empathy: number; signals: Signal[] } {
  if (!input.words) return { empathy: 0, signals: [] };
  const parts = empathyContributions(input, weights, labels);
  const z = [...parts.values()].reduce((a, b) => a + b, 0);
  const exact = 100 / (1 + Math.exp(-z));
  const perLogit = Math.abs(z) > 1e-9 ? (exact - 50) / z : POINTS_PER_LOGIT;
  const signals: Signal[] = [];
  for (const [label, part] of parts) {
    const delta = Math.round(part * perLogit);
    if (delta) signals.push({ label, delta });
  }
  return { empathy: Math.round(exact), signals };
}
