/**
 * The words a customer's message is read by: lower-case words (apostrophes kept, curly ones straightened), "!"
 * and "?", and each pair of neighbouring words. The same function builds the lexicon from GoEmotions
 * (src/eval/calibrate-customer.ts) and reads messages, so what was learned is what is looked up.
 */
const WORD = /[a-z0-9]+(?:'[a-z]+)?|[!?]/g;

/** The message's distinct features: words and "w1 w2" pairs, in order of first appearance. */
export function readingFeatures(text: string): string[] {
  const words = text.toLowerCase().replace(/[’‘`]/g, "'").match(WORD) ?? [];
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return [...out];
}
