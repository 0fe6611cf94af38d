/**
 * Sentence sentiment from the `sentiment` package (AFINN-165 with its negation rule), with pack vocabulary.
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

export function createSentimentScorer(vocabulary: Readonly<Record<string, number>> = {}): SentimentScorer {
  const entries = Object.entries(vocabulary).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!entries.length) return (text) => engine.analyze(text).score;
  const key = JSON.stringify(entries);
  let language = registered.get(key);
  if (!language) {
    language = `ec${registered.size}`;
    const labels: Record<string, number> = { ...(englishLabels as Record<string, number>) };
    for (const [word, score] of entries) labels[word.toLowerCase()] = score;
    engine.registerLanguage(language, { labels, scoringStrategy: englishScoring });
    registered.set(key, language);
  }
  const options = { language };
  return (text) => engine.analyze(text, options).score;
}
