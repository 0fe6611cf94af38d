/**
 * Reads the evaluation data from disk (Node only): the politeness corpus beside the checkout, the reply corpora
 * in tests/corpus. The rest of src/eval is pure, so tests can feed it small hand-made data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalData } from './figures';
import { parsePoliteness } from './politeness-data';
import { parseReply, type Reply } from './replies';

/** Where the politeness corpus lives: $POLITENESS_CSV, or ../shared/data/politeness beside the repository. */
export function politenessPath(root: string): string {
  return process.env.POLITENESS_CSV ?? path.resolve(root, '../shared/data/politeness/wikipedia.annotated.csv');
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
    throw new Error(`politeness corpus not found at ${csv}: it lives in ../shared/data/politeness beside the checkout (or set POLITENESS_CSV)`);
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
