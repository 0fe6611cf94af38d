import { matchOffsets, parseMatchPattern, requiredWords } from '../nlp';
import type { RawMatch, RuleSpecBase } from '../types';
import { asList, RuleFieldError, type RuleKind } from './kind';

export interface MatchSpec extends RuleSpecBase {
  kind: 'match';
  /** compromise match syntax, e.g. "you (forgot|failed|neglected) to #Verb". */
  match: string | string[];
}

export const match: RuleKind<MatchSpec> = {
  kind: 'match',
  compile(spec, base) {
    const patterns = asList(spec.match).map((source, i) => {
      const field = Array.isArray(spec.match) ? `match[${i}]` : 'match';
      let parsed;
      try {
        parsed = parseMatchPattern(source);
      } catch (error) {
        throw new RuleFieldError(field, `bad compromise pattern "${source}": ${(error as Error).message}`);
      }
      // Each entry is "any of these words", all entries required.
      const required = requiredWords(parsed).map((alternatives) => alternatives.split('|'));
      return { parsed, required };
    });
    return {
      ...base,
      sentence: (input): RawMatch[] => {
        const out: RawMatch[] = [];
        for (const { parsed, required } of patterns) {
          if (!required.every((any) => any.some((word) => input.lower.includes(word)))) continue;
          // a match of punctuation only trims to nothing: no empty finding
          for (const [start, end] of matchOffsets(input.doc(), parsed, input.text)) if (end > start) out.push({ start, end });
        }
        return out;
      },
    };
  },
};
