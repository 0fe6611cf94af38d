/** The sentence half of an analyzer's `prepare`, shared by the full analyzer and the first pass (quick.ts). */

/**
 * Analyses the draft's sentences that are not cached yet, one at a time while `more()`: true once every one is
 * cached. A draft larger than the cache would evict its own first sentences and never be ready: it is not prepared.
 */
export function prepareSentences(
  sentences: ReadonlyArray<{ text: string }>,
  cache: { has(sentence: string): boolean },
  cacheSize: number,
  more: () => boolean,
  analyse: (sentence: string) => unknown,
): boolean {
  if (sentences.length > cacheSize) return true;
  for (const { text } of sentences) {
    if (cache.has(text)) continue;
    if (!more()) return false;
    analyse(text);
  }
  return true;
}
