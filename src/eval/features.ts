/**
 * What the models see of a text: the analyzer with the built-in packs, and the features its scores are computed
 * from (captured through the analyzer's `onScoreInput` hook), beside the scores themselves.
 */
import { createAnalyzer, type CustomerContext } from '../engine';
import { empathyFeatures } from '../engine/empathy/features';
import { toneFeatures } from '../engine/tone';
import { empathyContributions, type ScoreInput } from '../engine/scores';
import { BUILTIN_PACKS } from '../packs/builtin';

export interface Reading {
  /** The tone model's features. */
  features: Record<string, number>;
  /** The empathy model's features, and the fixed part of its log-odds (the findings' hand-set penalties). */
  empathyFeatures: Record<string, number>;
  empathyOffset: number;
  tone: number;
  empathy: number;
}

export function createFeatureReader(): (text: string, context?: CustomerContext) => Reading {
  let last: ScoreInput | undefined;
  const analyzer = createAnalyzer(BUILTIN_PACKS, { onScoreInput: (input) => (last = input) });
  return (text, context) => {
    const report = analyzer.analyze(text, context);
    const input = last!;
    // with no feature weights, the contributions are the findings' alone
    const offset = [...empathyContributions(input, {}).values()].reduce((a, b) => a + b, 0);
    return {
      features: toneFeatures(input),
      empathyFeatures: empathyFeatures(input),
      empathyOffset: offset,
      tone: report.scores.tone,
      empathy: report.scores.empathy,
    };
  };
}

/** The same reader, remembering each text's reading (the figures read some texts more than once). */
export function cachedReader(
  read: (text: string, context?: CustomerContext) => Reading,
): (text: string, context?: CustomerContext) => Reading {
  const cache = new Map<string, Reading>();
  return (text, context) => {
    const key = JSON.stringify([text, context ?? null]);
    let reading = cache.get(key);
    if (!reading) cache.set(key, (reading = read(text, context)));
    return reading;
  };
}
