/**
 * Reads the evaluation data from disk (Node only): the politeness corpus beside the checkout, the reply corpora
 * in tests/corpus. The rest of src/eval is pure, so tests can feed it small hand-made data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalData } from './figures';
import { parseGoEmotions, type Comment } from './goemotions';
import { parsePoliteness } from './politeness-data';
import { parseReply, type Reply } from './replies';

/** Where the politeness corpus lives: $POLITENESS_CSV, or ../shared/data/politeness beside the repository. */
export function politenessPath(root: string): string {
  return process.env.POLITENESS_CSV ?? path.resolve(root, '../shared/data/politeness/wikipedia.annotated.csv');
}

/** Where GoEmotions lives: $GOEMOTIONS_DIR, or ../shared/data/goemotions beside the repository. */
export function goEmotionsDir(root: string): string {
  return process.env.GOEMOTIONS_DIR ?? path.resolve(root, '../shared/data/goemotions');
}

/** One split of GoEmotions ("train" or "dev"). */
export function readGoEmotions(root: string, split: 'train' | 'dev'): Comment[] {
  const dir = goEmotionsDir(root);
  const file = path.join(dir, `${split}.tsv`);
  if (!existsSync(file))
    throw new Error(
      `GoEmotions not found at ${file}: it lives in ../shared/data/goemotions beside the checkout (or set GOEMOTIONS_DIR)`,
    );
  const labels = readFileSync(path.join(dir, 'labels.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return parseGoEmotions(readFileSync(file, 'utf8'), labels, file);
}

export function readReplies(dir: string): Reply[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseReply(path.join(path.basename(dir), f), readFileSync(path.join(dir, f), 'utf8')));
}

export function loadEvalData(root: string): EvalData {
  const csv = politenessPath(root);
  if (!existsSync(csv)) {
    throw new Error(
      `politeness corpus not found at ${csv}: it lives in ../shared/data/politeness beside the checkout (or set POLITENESS_CSV)`,
    );
  }
  return {
    politeness: parsePoliteness(readFileSync(csv, 'utf8')),
    good: readReplies(path.join(root, 'tests/corpus/good')),
    poor: readReplies(path.join(root, 'tests/corpus/poor')),
  };
}

export const RATCHET_FILE = 'tests/corpus/ratchet.json';

export interface RatchetFile {
  note: string;
  figures: Record<string, number>;
}

export function readRatchet(root: string): RatchetFile {
  return JSON.parse(readFileSync(path.join(root, RATCHET_FILE), 'utf8')) as RatchetFile;
}
