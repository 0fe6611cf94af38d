/**
 * "Suggest a rule": words the agent chose on a coaching card or in a draft become a phrase rule of their own
 * pack, with the words as its first example. The words travel in the studio's address (its hash), which never
 * leaves the browser.
 */
import { emptyCase, newRule, type FormRule } from './form';

export const SUGGEST_HASH = '#suggest=';
const MAX_WORDS = 80;

export function suggestHash(words: string): string {
  return `${SUGGEST_HASH}${encodeURIComponent(words.trim().slice(0, MAX_WORDS))}`;
}

export function wordsFromHash(hash: string): string | null {
  if (!hash.startsWith(SUGGEST_HASH)) return null;
  try {
    const words = decodeURIComponent(hash.slice(SUGGEST_HASH.length)).trim();
    return words ? words.slice(0, MAX_WORDS) : null;
  } catch {
    return null;
  }
}

/** A phrase rule for the words, with an id no other rule of the pack has. */
export function suggestedRule(words: string, taken: readonly string[]): FormRule {
  const base = words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'phrase';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  const rule = newRule('phrase', id);
  return { ...rule, fields: { phrases: [words] }, examples: [{ ...emptyCase(), text: words, flags: words }], allows: [emptyCase()] };
}

/** The studio's URL, for links from the popup and the options page; with words, it opens on a rule for them. */
export function studioUrl(words?: string): string {
  return browser.runtime.getURL(`/studio.html${words ? suggestHash(words) : ''}`);
}
