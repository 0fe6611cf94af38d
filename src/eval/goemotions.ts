/**
 * GoEmotions (Demszky et al., ACL 2020; Apache-2.0), read from ../shared/data/goemotions/ — never copied here.
 * Reddit comments are not support replies, which is what makes them useful: a second domain to fit on and to
 * measure across. Two labelled sets are derived from the raters' emotion labels:
 *
 * - tone: comments whose every label is warm (gratitude, caring, admiration, approval, love, optimism, remorse)
 *   against comments whose every label is hostile (anger, annoyance, disapproval, disgust);
 * - care: comments labelled caring against comments labelled only neutral.
 */
import { shuffle } from './stats';

export interface Comment {
  id: string;
  text: string;
  labels: string[];
}

export interface Binary {
  text: string;
  positive: boolean;
}

export const WARM = ['gratitude', 'caring', 'admiration', 'approval', 'love', 'optimism', 'remorse'];
export const HOSTILE = ['anger', 'annoyance', 'disapproval', 'disgust'];

export function parseGoEmotions(tsv: string, labelNames: readonly string[], file = 'goemotions'): Comment[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const [text, ids, id] = line.split('\t');
      const labels = (ids ?? '').split(',').map((x) => labelNames[Number(x)]);
      if (!text || !id || labels.some((l) => !l))
        throw new Error(`${file}:${i + 1}: expected text, label ids and an id, tab-separated`);
      return { id, text: text.replace(/\[NAME\]/g, 'Sam').replace(/\[RELIGION\]/g, 'faith'), labels };
    });
}

const within = (labels: readonly string[], group: readonly string[]) => labels.every((l) => group.includes(l));

/** Warm vs hostile comments, at most `perClass` of each (a seeded sample, the same on every machine). */
export function toneSet(comments: readonly Comment[], perClass = Infinity, seed = 1): Binary[] {
  const warm = comments.filter((c) => within(c.labels, WARM)).map((c) => ({ text: c.text, positive: true }));
  const hostile = comments.filter((c) => within(c.labels, HOSTILE)).map((c) => ({ text: c.text, positive: false }));
  return [...shuffle(warm, seed).slice(0, perClass), ...shuffle(hostile, seed + 1).slice(0, perClass)];
}

/** Caring comments vs neutral ones. */
export function careSet(comments: readonly Comment[], perClass = Infinity, seed = 1): Binary[] {
  const caring = comments.filter((c) => c.labels.includes('caring')).map((c) => ({ text: c.text, positive: true }));
  const neutral = comments.filter((c) => within(c.labels, ['neutral'])).map((c) => ({ text: c.text, positive: false }));
  return [...shuffle(caring, seed).slice(0, perClass), ...shuffle(neutral, seed + 1).slice(0, perClass)];
}
