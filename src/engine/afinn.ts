/**
 * Sentence sentiment from the `sentiment` package (AFINN-165 with its negation rule), with pack vocabulary.
 *
 * One addition to the negation rule: a negative word right after "no" counts for nothing, so "no problem",
 * "no worries", "no rush" and "no errors" are not read as harsh (AFINN scores them −2 to −4, and its negators
 * — "not", "don't"… — leave out "no").
 *
 * `sentiment`'s own `extras` option merges into its shared English table with Object.assign, so one pack's
 * vocabulary would leak into every later analysis. Each distinct vocabulary is registered instead as its own
 * language, built from a copy of the English table.
 */
import Sentiment from 'sentiment';
import englishLabels from 'sentiment/languages/en/labels.json';
import englishScoring from 'sentiment/languages/en/scoring-strategy';

export type SentimentScorer = (text: string) => number;

const registered = new Map<string, string>();
const engine = new Sentiment();

const scoringStrategy = {
  apply(tokens: string[], cursor: number, tokenScore: number): number {
    if (tokenScore < 0 && cursor > 0 && tokens[cursor - 1] === 'no') return 0;
    return englishScoring.apply(tokens, cursor, tokenScore);
  },
};

export function createSentimentScorer(vocabulary: Readonly<Record<string, number>> = {}): SentimentScorer {
  const entries = Object.entries(vocabulary).sort(([a], [b]) => (a < b ? -1 : 1));
  const key = JSON.stringify(entries);
  let language = registered.get(key);
  if (!language) {
    language = `ec${registered.size}`;
    const labels: Record<string, number> = { ...(englishLabels as Record<string, number>) };
    for (const [word, score] of entries) labels[word.toLowerCase()] = score;
    engine.registerLanguage(language, { labels, scoringStrategy });
    registered.set(key, language);
  }
  const options = { language };
  return (text) => engine.analyze(text, options).score;
}
