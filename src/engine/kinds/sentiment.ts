import { sentenceBody } from '../text';
import type { RawMatch, RuleSpecBase } from '../types';
import { RuleFieldError, type RuleKind } from './kind';

export interface SentimentSpec extends RuleSpecBase {
  kind: 'sentiment';
  /** Flag a sentence whose AFINN score is at or below this (e.g. −3: harsh). */
  below?: number;
  /** Flag a sentence whose AFINN score is at or above this. */
  above?: number;
}

/** Flags whole sentences by their AFINN score; `{score}` in the message is the sentence's score. */
export const sentiment: RuleKind<SentimentSpec> = {
  kind: 'sentiment',
  schema: {
    properties: {
      below: { type: 'number', minimum: -50, maximum: 50 },
      above: { type: 'number', minimum: -50, maximum: 50 },
    },
  },
  compile(spec, base) {
    const { below, above } = spec;
    if (below === undefined && above === undefined)
      throw new RuleFieldError('below', 'a sentiment rule needs "below" or "above"');
    return {
      ...base,
      sentence: (input): RawMatch[] => {
        const score = input.sentiment();
        const hit = (below !== undefined && score <= below) || (above !== undefined && score >= above);
        if (!hit) return [];
        const [start, end] = sentenceBody(input.text);
        return [{ start, end, data: { score } }];
      },
    };
  },
};
