/**
 * Sentence sentiment for languages other than English: the sum of the words' scores in the packs' vocabulary
 * (each language's core pack carries its own list, written for support replies), with a simple negation rule
 * like AFINN's: a word right after a negator, or one word further ("no es nada grave", "ce n'est pas bon"),
 * has its sign turned, except that a negated harsh word counts for nothing ("sin problema", "kein Problem").
 */

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

export function createVocabularyScorer(
  vocabulary: Readonly<Record<string, number>>,
  negators: ReadonlySet<string>,
): (text: string) => number {
  const scores = new Map(Object.entries(vocabulary).map(([word, score]) => [word.toLowerCase(), score]));
  return (text) => {
    if (!scores.size) return 0;
    let total = 0;
    let previous = '';
    let beforePrevious = '';
    for (const m of text.toLowerCase().matchAll(WORD)) {
      // French elision: "n'est" is "ne" + "est", "l'erreur" is "erreur"
      const [word, elided] = splitElision(m[0]);
      if (elided) {
        beforePrevious = previous;
        previous = elided;
      }
      const score = scores.get(word);
      if (score) {
        const negated = negators.has(previous) || negators.has(beforePrevious);
        total += negated ? (score < 0 ? 0 : -score) : score;
      }
      beforePrevious = previous;
      previous = word;
    }
    return total;
  };
}

function splitElision(token: string): [string, string] {
  const m = /^([a-z]{1,2})['’](\p{L}.*)$/u.exec(token);
  return m ? [m[2], m[1] === 'n' ? 'ne' : m[1]] : [token, ''];
}
