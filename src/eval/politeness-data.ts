/**
 * The Stanford Politeness Corpus (Wikipedia requests; Danescu-Niculescu-Mizil et al., ACL 2013), read from
 * ../shared/data/politeness/ — never copied into this repository.
 *
 * The paper's binary task: requests in the top quartile of `Normalized Score` are polite, those in the bottom
 * quartile impolite, the middle half is left out. We split the task's requests once, with a fixed seed, into a
 * calibration half (where a threshold may be chosen, and where weights may be looked at while tuning) and a test
 * half that only reports.
 */
import { parseCsvRecords } from './csv';
import { quantile, shuffle } from './stats';

export interface PolitenessRequest {
  id: string;
  text: string;
  /** Mean of five annotators' z-normalised ratings: above 0 is more polite than the average request. */
  score: number;
}

export interface BinaryItem extends PolitenessRequest {
  polite: boolean;
}

export interface BinaryTask {
  /** Score at the 25th and 75th percentile of all requests. */
  low: number;
  high: number;
  calibration: BinaryItem[];
  test: BinaryItem[];
}

export const SPLIT_SEED = 20130804;

// The released CSV lost the backslash of some \uXXXX escapes ("Iu2019m"); put the characters back.
const LOST_ESCAPE = /u(20(?:1[89cd]|2[26]|13|14))/g;

export function parsePoliteness(csv: string): PolitenessRequest[] {
  return parseCsvRecords(csv).map((r) => {
    const score = Number(r['Normalized Score']);
    if (!r.Request || !Number.isFinite(score))
      throw new Error(`politeness data: bad row ${JSON.stringify(r).slice(0, 120)}`);
    return {
      id: r.Id,
      text: r.Request.replace(LOST_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      score,
    };
  });
}

export function binaryTask(requests: readonly PolitenessRequest[], seed = SPLIT_SEED): BinaryTask {
  const sorted = requests.map((r) => r.score).sort((a, b) => a - b);
  const low = quantile(sorted, 0.25);
  const high = quantile(sorted, 0.75);
  const items: BinaryItem[] = [];
  for (const r of requests) {
    if (r.score >= high) items.push({ ...r, polite: true });
    else if (r.score <= low) items.push({ ...r, polite: false });
  }
  const mixed = shuffle(items, seed);
  const half = Math.floor(mixed.length / 2);
  return { low, high, calibration: mixed.slice(0, half), test: mixed.slice(half) };
}
