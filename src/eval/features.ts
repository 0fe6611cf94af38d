/**
 * What the tone model sees of a text: the analyzer with the built-in packs, and the features its scores are
 * computed from (captured through the analyzer's `onScoreInput` hook), beside the scores themselves.
 */
import { createAnalyzer, type CustomerContext } from '../engine';
import { toneFeatures } from '../engine/tone';
import type { ScoreInput } from '../engine/scores';
import { BUILTIN_PACKS } from '../packs/builtin';

export interface Reading {
  features: Record<string, number>;
  tone: number;
  empathy: number;
}

export function createFeatureReader(): (text: string, context?: CustomerContext) => Reading {
  let last: ScoreInput | undefined;
  const analyzer = createAnalyzer(BUILTIN_PACKS, { onScoreInput: (input) => (last = input) });
  return (text, context) => {
    const report = analyzer.analyze(text, context);
    return { features: toneFeatures(last!), tone: report.scores.tone, empathy: report.scores.empathy };
  };
}
