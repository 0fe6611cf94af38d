/**
 * Tone from −1 (harsh) to 1 (warm) as a small transparent model: a logistic regression over explainable features
 * (the politeness cues of politeness.ts, warm and harsh wording), whose weights are learned by `npm run fit` from
 * people's judgements and stored in tone-weights.ts. Harsh findings (blame, cold wording, negative framing) keep the
 * fixed weight trainers gave them: they are the rules' judgement, not a cue the data can resize. Tone is tanh(z / 2) = 2·P(warm) − 1, so each
 * signal's delta (its weight times its value, halved) is its contribution before the sum is squashed: signals add
 * up the way the agent reads them.
 *
 * Features are presences, not counts, and wording is divided by √words, so length alone moves nothing. Naming a
 * feeling in sympathy ("that sounds awful") is never read as harsh wording.
 */
import { ACKNOWLEDGING, type Mechanism } from './empathy/mechanisms';
import { draftCues, POLITENESS_CUES } from './politeness';
import { SIGNAL_LABELS, signalLabel, type SignalId, type SignalLabels } from './signal-labels';
import { TONE_WEIGHTS } from './tone-weights';
import type { Finding, SentenceView, Signal } from './types';

export interface ToneInput {
  sentences: readonly SentenceView[];
  findings: readonly Finding[];
  words: number;
}

export interface ToneFeature {
  id: string;
  label: string;
  /** The side of 0 the learned weight is kept on. */
  direction: 1 | -1;
}

// Per finding at warning level / below it, and the most a category can take off: the trainers' hand-set sizes,
// doubled when the cues' weights were learned (the learned cue deltas came out about twice the hand-set ones), so a
// finding still weighs against a thanks as it did.
const FINDING_PENALTY: Partial<
  Record<Finding['category'], { label: SignalId; warning: number; other: number; cap: number }>
> = {
  blame: { label: 'blames-reader', warning: 0.7, other: 0.4, cap: 1.6 },
  tone: { label: 'cold-wording', warning: 0.6, other: 0.3, cap: 1.2 },
  'positive-language': { label: 'negative-framing', warning: 0.4, other: 0.2, cap: 0.6 },
};

/** Every feature the model knows, in a stable order (the fit's columns). */
export const TONE_FEATURES: readonly ToneFeature[] = [
  ...POLITENESS_CUES.map((c) => ({ id: c.id, label: c.label, direction: c.direction })),
  { id: 'warm-wording', label: SIGNAL_LABELS['warm-wording'], direction: 1 },
  { id: 'harsh-wording', label: SIGNAL_LABELS['harsh-wording'], direction: -1 },
  { id: 'no-courtesy', label: SIGNAL_LABELS['no-courtesy'], direction: -1 },
  { id: 'warm-word', label: SIGNAL_LABELS['warm-word'], direction: 1 },
  { id: 'harsh-word', label: SIGNAL_LABELS['harsh-word'], direction: -1 },
];

// AFINN points per √word are capped, so one swear word in a short line does not outweigh everything else.
const WORDING_CAP = 3;

// AFINN scores these warm, but in a request or a reply they are mostly content ("Like I said", "click Share",
// "it's easy", "support team") or already counted as a cue (thanks, please, help): they are taken out of the
// sentence's wording before it is weighed.
const CONTENT_WORDS: Readonly<Record<string, number>> = {
  like: 2,
  likes: 2,
  liked: 2,
  share: 1,
  shared: 1,
  help: 2,
  helps: 2,
  helping: 2,
  helpful: 2,
  support: 2,
  supported: 2,
  supports: 2,
  yes: 1,
  yeah: 1,
  want: 1,
  free: 1,
  clear: 1,
  clearly: 1,
  top: 2,
  easy: 1,
  agree: 1,
  fine: 2,
  pretty: 1,
  save: 2,
  please: 1,
  thank: 2,
  thanks: 2,
  thankful: 2,
  welcome: 2,
  interested: 2,
  interesting: 2,
  solve: 1,
  solved: 1,
  resolve: 2,
  resolved: 2,
  true: 2,
  accept: 1,
  accepted: 1,
  allow: 1,
  god: 1,
  reach: 1,
  matter: 1,
  important: 2,
  straight: 1,
  solid: 2,
  protect: 1,
  protected: 1,
  secure: 2,
  safe: 1,
  popular: 3,
  fair: 2,
};
const CONTENT = new RegExp(`\\b(?:${Object.keys(CONTENT_WORDS).join('|')})\\b`, 'gi');

/** The sentence's AFINN score without its content words' warmth. */
function wording(s: SentenceView): number {
  if (s.sentiment <= 0) return s.sentiment;
  let content = 0;
  for (const m of s.text.matchAll(CONTENT)) content += CONTENT_WORDS[m[0].toLowerCase()];
  return Math.max(0, s.sentiment - content);
}

const COURTESY = [
  'gratitude',
  'deference',
  'greeting',
  'apology',
  'sympathy',
  'indirect',
  'counterfactual',
  'please',
  'hedge',
  'help',
];

const empathic = (s: SentenceView) => s.empathy.some((m) => ACKNOWLEDGING.has(m as Mechanism));

/** The draft's feature values by id (absent features are 0). */
export function toneFeatures({ sentences, words }: ToneInput): Record<string, number> {
  const out: Record<string, number> = {};
  if (!words) return out;
  for (const id of draftCues(sentences.map((s) => s.politeness))) out[id] = 1;
  // People read a request or a reply without any courtesy marker as curt (the paper's strongest finding). Another
  // language's cues ("es:gratitude") are courtesy markers too.
  const courteous =
    COURTESY.some((id) => out[id]) ||
    sentences.some((s) =>
      s.politeness.some((id) => id.includes(':') && COURTESY.includes(id.slice(id.indexOf(':') + 1))),
    );
  if (!courteous) out['no-courtesy'] = 1;
  let warm = 0;
  let harsh = 0;
  for (const s of sentences) {
    const score = wording(s);
    if (score > 0) warm += score;
    else if (score < 0 && !empathic(s)) harsh -= score;
  }
  const root = Math.sqrt(words);
  // both how much (per √word) and whether at all: one kind word matters more than a second one
  if (warm) {
    out['warm-wording'] = Math.min(WORDING_CAP, warm / root);
    out['warm-word'] = 1;
  }
  if (harsh) {
    out['harsh-wording'] = Math.min(WORDING_CAP, harsh / root);
    out['harsh-word'] = 1;
  }
  return out;
}

/** The fixed penalties of harsh findings, as signals. */
function findingSignals(findings: readonly Finding[], labels?: SignalLabels): Signal[] {
  const out: Signal[] = [];
  for (const [category, penalty] of Object.entries(FINDING_PENALTY) as Array<
    [Finding['category'], NonNullable<(typeof FINDING_PENALTY)[Finding['category']]>]
  >) {
    let sum = 0;
    for (const f of findings)
      if (f.category === category && f.severity !== 'hint')
        sum += f.severity === 'warning' ? penalty.warning : penalty.other;
    if (sum) out.push({ label: signalLabel(penalty.label, labels), delta: -round(Math.min(sum, penalty.cap), 2) });
  }
  return out;
}

const LABELS = new Map(TONE_FEATURES.map((f) => [f.id, f.label]));

/** Tone with the signals that made it, strongest first; `labels` names them in the draft's language. */
export function scoreTone(
  input: ToneInput,
  weights = TONE_WEIGHTS,
  labels?: SignalLabels,
): { tone: number; signals: Signal[] } {
  if (!input.words) return { tone: 0, signals: [] };
  const signals: Signal[] = [];
  for (const [id, value] of Object.entries(toneFeatures(input))) {
    const delta = round(((weights.weights[id] ?? 0) * value) / 2, 2);
    if (delta) signals.push({ label: labels?.[id as SignalId] ?? LABELS.get(id) ?? id, delta });
  }
  signals.push(...findingSignals(input.findings, labels));
  signals.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  // The bias is the base rate of the fitted sources (a Wikipedia request with no cue leans curt), not of a reply:
  // tone 0 means "no cue either way", so a plain factual reply reads neutral.
  const z = signals.reduce((n, s) => n + s.delta, 0);
  return { tone: round(Math.tanh(z), 2), signals };
}

/** A tone signal as the agent reads it: "+ thanks", "− direct question opening". */
export function toneSignalText(signal: Signal): string {
  return `${signal.delta > 0 ? '+' : '−'} ${signal.label}`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f || 0;
}
