import { allMatches, phrasesRegex } from '../text';
import type { RawMatch, RuleSpecBase } from '../types';
import { asList, type RuleKind } from './kind';

export interface PhraseSpec extends RuleSpecBase {
  kind: 'phrase';
  phrases: string[];
  /** Longer phrases that contain a flagged one but are fine ("just in case" for "just"). */
  except?: string[];
}

/** Compiles a phrase list plus its exceptions into a sentence check. Shared by `phrase` and `swap`. */
export function phraseMatcher(phrases: string[], except: string[]): (text: string) => Array<[number, number]> {
  const re = phrasesRegex(phrases);
  const exceptRe = except.length ? phrasesRegex(except) : undefined;
  return (text) => {
    const found = allMatches(re, text);
    if (!exceptRe || !found.length) return found;
    const excepted = allMatches(exceptRe, text);
    return found.filter(([s, e]) => !excepted.some(([xs, xe]) => xs <= s && e <= xe));
  };
}

export const phrase: RuleKind<PhraseSpec> = {
  kind: 'phrase',
  compile(spec, base) {
    const match = phraseMatcher(spec.phrases, asList(spec.except));
    return {
      ...base,
      sentence: ({ text }): RawMatch[] => match(text).map(([start, end]) => ({ start, end })),
    };
  },
};
