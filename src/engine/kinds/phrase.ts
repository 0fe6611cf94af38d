import { phraseIndex, type PhraseMatch } from '../phrases';
import type { RawMatch, RuleSpecBase } from '../types';
import { asList, type RuleKind } from './kind';

export interface PhraseSpec extends RuleSpecBase {
  kind: 'phrase';
  phrases: string[];
  /** Longer phrases that contain a flagged one but are fine ("just in case" for "just"). */
  except?: string[];
}

/**
 * Compiles a phrase list plus its exceptions into a sentence check. Shared by `phrase` and `swap`. Each match
 * carries the index of the phrase it read as (the swap table's key, whatever contraction the agent wrote).
 */
export function phraseMatcher(phrases: string[], except: string[]): (text: string) => PhraseMatch[] {
  const find = phraseIndex(phrases);
  const findExcept = except.length ? phraseIndex(except) : undefined;
  return (text) => {
    const found = find(text);
    if (!findExcept || !found.length) return found;
    const excepted = findExcept(text);
    return found.filter(([s, e]) => !excepted.some(([xs, xe]) => xs <= s && e <= xe));
  };
}

export const phrase: RuleKind<PhraseSpec> = {
  kind: 'phrase',
  schema: {
    required: ['phrases'],
    properties: { phrases: { $ref: '#/$defs/phraseList' }, except: { $ref: '#/$defs/phraseList' } },
  },
  compile(spec, base) {
    const match = phraseMatcher(spec.phrases, asList(spec.except));
    return {
      ...base,
      sentence: ({ text }): RawMatch[] => match(text).map(([start, end]) => ({ start, end })),
    };
  },
};
