import { phraseMatcher } from './phrase';
import { asList, type RuleKind } from './kind';
import type { RawMatch, RuleSpecBase } from '../types';

export interface SwapSpec extends RuleSpecBase {
  kind: 'swap';
  /** phrase → replacement(s): a glossary of words the customer should not have to learn. */
  swap: Record<string, string | string[]>;
  except?: string[];
}

/** The form a phrase is looked up by: lower case, single spaces, straight apostrophes. */
const normalise = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();

export const swap: RuleKind<SwapSpec> = {
  kind: 'swap',
  compile(spec, base) {
    const table = new Map<string, string[]>();
    for (const [from, to] of Object.entries(spec.swap)) table.set(normalise(from), asList(to));
    const match = phraseMatcher(Object.keys(spec.swap), asList(spec.except));
    return {
      ...base,
      sentence: ({ text }): RawMatch[] =>
        match(text).map(([start, end]) => {
          const suggestions = table.get(normalise(text.slice(start, end))) ?? [];
          return { start, end, suggestions, data: { suggestion: suggestions[0] ?? '' } };
        }),
    };
  },
};
