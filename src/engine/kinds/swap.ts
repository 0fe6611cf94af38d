import { phraseMatcher } from './phrase';
import { asList, type RuleKind } from './kind';
import type { RawMatch, RuleSpecBase } from '../types';

export interface SwapSpec extends RuleSpecBase {
  kind: 'swap';
  /** phrase → replacement(s): a glossary of words the customer should not have to learn. */
  swap: Record<string, string | string[]>;
  except?: string[];
}

export const swap: RuleKind<SwapSpec> = {
  kind: 'swap',
  schema: {
    required: ['swap'],
    properties: {
      swap: {
        type: 'object',
        minProperties: 1,
        maxProperties: 2000,
        propertyNames: { maxLength: 200 },
        additionalProperties: {
          oneOf: [
            { $ref: '#/$defs/phrase' },
            { type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/$defs/phrase' } },
          ],
        },
      },
      except: { $ref: '#/$defs/phraseList' },
    },
  },
  compile(spec, base) {
    const entries = Object.entries(spec.swap).map(([, to]) => asList(to));
    const match = phraseMatcher(Object.keys(spec.swap), asList(spec.except));
    return {
      ...base,
      sentence: ({ text }): RawMatch[] =>
        match(text).map(([start, end, index]) => {
          const suggestions = entries[index] ?? [];
          return { start, end, suggestions, data: { suggestion: suggestions[0] ?? '' } };
        }),
    };
  },
};
