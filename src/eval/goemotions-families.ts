/**
 * GoEmotions (Demszky et al. 2020, Apache-2.0; train and dev splits in ../shared/data/goemotions, the test split
 * held out): Reddit comments labelled with 27 emotions or neutral, grouped into the six families the customer
 * reading is measured on. A comment whose labels fall in two families, or in none, is left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FAMILIES = ['upset', 'confused', 'anxious', 'sad', 'positive', 'neutral'] as const;
export type Family = (typeof FAMILIES)[number];

/** GoEmotions labels per family; surprise, realization, desire and embarrassment belong to none. */
export const FAMILY_LABELS: Record<Family, string[]> = {
  upset: ['anger', 'annoyance', 'disgust', 'disappointment', 'disapproval'],
  confused: ['confusion', 'curiosity'],
  anxious: ['fear', 'nervousness'],
  sad: ['sadness', 'grief', 'remorse'],
  positive: [
    'joy',
    'gratitude',
    'love',
    'admiration',
    'amusement',
    'excitement',
    'optimism',
    'relief',
    'pride',
    'approval',
    'caring',
  ],
  neutral: ['neutral'],
};

export interface LabelledComment {
  text: string;
  family: Family;
}

export const GOEMOTIONS_DIR = path.join('..', 'shared', 'data', 'goemotions');

/** One split ('train' or 'dev') as single-family comments, in file order. */
export function loadGoEmotions(dir: string, split: 'train' | 'dev'): LabelledComment[] {
  const labels = readFileSync(path.join(dir, 'labels.txt'), 'utf8').trim().split('\n');
  const familyOf = new Map<string, Family>();
  for (const family of FAMILIES) for (const label of FAMILY_LABELS[family]) familyOf.set(label, family);
  const out: LabelledComment[] = [];
  readFileSync(path.join(dir, `${split}.tsv`), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const [text, ids] = line.split('\t');
      if (ids === undefined) throw new Error(`${split}.tsv:${index + 1}: expected text<TAB>label ids<TAB>id`);
      const families = new Set(ids.split(',').map((id) => familyOf.get(labels[Number(id)])));
      families.delete(undefined);
      if (families.size === 1) out.push({ text, family: [...families][0]! });
    });
  return out;
}

/** Macro-F1 over the six families, with the F1 of each. */
export function macroF1(pairs: Array<{ truth: Family; predicted: Family }>): {
  macro: number;
  perFamily: Record<Family, number>;
} {
  const perFamily = {} as Record<Family, number>;
  for (const family of FAMILIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { truth, predicted } of pairs) {
      if (predicted === family && truth === family) tp++;
      else if (predicted === family) fp++;
      else if (truth === family) fn++;
    }
    perFamily[family] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return { macro: FAMILIES.reduce((sum, f) => sum + perFamily[f], 0) / FAMILIES.length, perFamily };
}
