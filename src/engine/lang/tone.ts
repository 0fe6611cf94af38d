/**
 * Tone for a language other than English: the same score as English (scores.ts: the wording's sentiment per
 * √word and the harsh findings, squashed by tanh) with the language's own politeness cues in place of the
 * English ones. English's cue table does not know the language's cue ids ("es:gratitude"), so scoreTone leaves
 * them to us; each cue counts once per draft, and `opening` cues only in the first sentence after a greeting line.
 */
import { scoreTone, type ScoreInput } from '../scores';
import type { SignalLabels } from '../signal-labels';
import { TONE_WEIGHTS } from '../tone-weights';
import type { Signal } from '../types';

export interface CueSentence {
  text: string;
  /** The sentence without leading marks and a name vocative. */
  start: string;
  question: boolean;
}

export interface LanguageCue {
  id: string;
  label: string;
  weight: number;
  opening?: boolean;
  test(sentence: CueSentence): boolean;
}

export function languageTone(
  input: ScoreInput,
  cues: readonly LanguageCue[],
  labels?: SignalLabels,
): { tone: number; signals: Signal[] } {
  const base = scoreTone(input, TONE_WEIGHTS, labels);
  if (!input.words) return base;
  const byId = new Map(cues.map((c) => [c.id, c]));
  const greetingLine = (ids: readonly string[]) => ids.length === 1 && ids[0].endsWith(':greeting');
  const opening = input.sentences.findIndex((s) => !greetingLine(s.politeness));
  const seen = new Set<string>();
  const signals = [...base.signals];
  input.sentences.forEach((sentence, i) => {
    for (const id of sentence.politeness) {
      const cue = byId.get(id);
      if (!cue || seen.has(id) || (cue.opening && i !== opening)) continue;
      seen.add(id);
      signals.push({ label: cue.label, delta: cue.weight });
    }
  });
  signals.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const tone = Math.tanh(signals.reduce((n, s) => n + s.delta, 0));
  return { tone: Math.round(Math.max(-1, Math.min(1, tone)) * 100) / 100 || 0, signals };
}
