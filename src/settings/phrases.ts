/**
 * What the personal ignore list may hold: short phrases only, so no sentence of a draft is ever stored. Pure, so
 * the overlay can ask whether to offer "Ignore everywhere" without reaching for storage.
 */
import { normalisePhrase } from '../engine/text';

export { normalisePhrase };

/** The longest phrase the ignore list keeps, in characters and in words: a phrase, never a sentence of a draft. */
export const MAX_IGNORED_PHRASE_LENGTH = 40;
export const MAX_IGNORED_PHRASE_WORDS = 5;

/** Whether a finding's words may go on the ignore list. */
export function canIgnorePhrase(phrase: string): boolean {
  const p = normalisePhrase(phrase);
  return p.length > 0 && p.length <= MAX_IGNORED_PHRASE_LENGTH && p.split(' ').length <= MAX_IGNORED_PHRASE_WORDS;
}
