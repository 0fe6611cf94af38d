/** "Suggest a rule": words the agent chose on a coaching card or in a draft become a phrase rule of their own pack, with the words as its first example. */
import { emptyCase, newRule, type FormRule } from './form';

/** A phrase rule for the words, with an id no other rule of the pack has. */
export function suggestedRule(words: string, taken: readonly string[]): FormRule {
  const base =
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'phrase';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  const rule = newRule('phrase', id);
  return {
    ...rule,
    fields: { phrases: [words] },
    examples: [{ ...emptyCase(), text: words, flags: words }],
    allows: [emptyCase()],
  };
}
