/** Small, dependency-free statistics for the evaluation: ranks, Spearman's ρ, thresholds, a seeded shuffle. */
// the bench's seeded generator (mulberry32): the calibration/test split is the same on every machine
import { createRandom } from './random.mjs';

/** Ranks from 1, ties sharing their average rank (the usual convention for Spearman's ρ). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = rank;
    i = j + 1;
  }
  return out;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n !== ys.length) throw new Error('pearson: lengths differ');
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Spearman's rank correlation: Pearson's r of the ranks, so ties are handled correctly. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

export interface Labelled {
  score: number;
  positive: boolean;
}

/** Share of items classified right when "score > threshold" means positive. */
export function accuracy(items: readonly Labelled[], threshold: number): number {
  if (!items.length) return 0;
  return items.filter((x) => x.score > threshold === x.positive).length / items.length;
}

/**
 * The threshold with the best accuracy on `items`: candidates are the midpoints between distinct scores (and one
 * below the lowest), so the result never sits on a score. Ties go to the candidate nearest 0, so an
 * uninformative calibration set keeps the natural threshold.
 */
export function bestThreshold(items: readonly Labelled[]): number {
  const scores = [...new Set(items.map((x) => x.score))].sort((a, b) => a - b);
  if (!scores.length) return 0;
  const candidates = [scores[0] - 1];
  for (let i = 1; i < scores.length; i++) candidates.push((scores[i - 1] + scores[i]) / 2);
  // one pass over the sorted items instead of re-counting per candidate
  const sorted = [...items].sort((a, b) => a.score - b.score);
  const positives = items.filter((x) => x.positive).length;
  let best = candidates[0];
  let bestCorrect = positives; // everything above the lowest candidate is called positive
  let correct = positives;
  let k = 0;
  for (let c = 1; c < candidates.length; c++) {
    while (k < sorted.length && sorted[k].score < candidates[c]) {
      correct += sorted[k].positive ? -1 : 1;
      k++;
    }
    if (correct > bestCorrect || (correct === bestCorrect && Math.abs(candidates[c]) < Math.abs(best))) {
      best = candidates[c];
      bestCorrect = correct;
    }
  }
  return best;
}

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties count half). */
export function auc(items: readonly Labelled[]): number {
  const r = ranks(items.map((x) => x.score));
  const pos = items.filter((x) => x.positive).length;
  const neg = items.length - pos;
  if (!pos || !neg) return 0;
  const rankSum = items.reduce((n, x, i) => n + (x.positive ? r[i] : 0), 0);
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = createRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The value at quantile q (0…1) of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * A 90% interval for a statistic by the percentile bootstrap: `reps` resamples of the items (seeded, so the interval
 * is the same on every run), the 5th and 95th percentiles of the statistic over them.
 */
export function bootstrapInterval<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number,
  reps = 500,
  seed = 90,
): [number, number] {
  if (!items.length) return [NaN, NaN];
  const random = createRandom(seed);
  const values: number[] = [];
  const sample = new Array<T>(items.length);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)];
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  return [quantile(values, 0.05), quantile(values, 0.95)];
}
