/**
 * Fitting a model (tone, empathy): each source (a labelled set from one domain) counts the same, the L2 penalty is chosen
 * by k-fold cross-validation over all sources, and signs follow the cues' directions. Pure: the caller reads the
 * data (fit-main.ts) and decides where the weights go.
 */
import { fitLogistic, predict, type Example, type LogisticModel } from './logistic';
import { auc, shuffle } from './stats';

export interface Source {
  name: string;
  examples: readonly Example[];
}

export const LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];
export const FOLDS = 5;
export const FIT_SEED = 2020;

/** Each source's examples weighted so that every source sums to the same total. */
export function pool(sources: readonly Source[]): Example[] {
  return sources.flatMap((s) => s.examples.map((e) => ({ ...e, weight: 1 / s.examples.length })));
}

/** Mean AUC over sources of a model fitted without the fold, fold by fold. */
export function crossValidate(
  sources: readonly Source[],
  features: readonly string[],
  directions: Record<string, 1 | -1>,
  lambda: number,
  floors?: Readonly<Record<string, number>>,
): number {
  const folded = sources.map((s) => shuffle(s.examples, FIT_SEED).map((e, i) => ({ e, fold: i % FOLDS })));
  let sum = 0;
  for (let k = 0; k < FOLDS; k++) {
    const train = folded.map((s, i) => ({
      name: sources[i].name,
      examples: s.filter((x) => x.fold !== k).map((x) => x.e),
    }));
    const model = fitLogistic(pool(train), features, { lambda, directions, floors });
    for (const s of folded)
      sum += auc(
        s.filter((x) => x.fold === k).map((x) => ({ score: predict(model, x.e.x, x.e.offset), positive: x.e.y === 1 })),
      );
  }
  return sum / (FOLDS * sources.length);
}

export interface ModelFit {
  model: LogisticModel;
  lambda: number;
  /** Cross-validated mean AUC at each λ tried. */
  cv: Array<{ lambda: number; auc: number }>;
}

export function fitModel(
  sources: readonly Source[],
  features: readonly string[],
  directions: Record<string, 1 | -1>,
  lambdas = LAMBDAS,
  floors?: Readonly<Record<string, number>>,
): ModelFit {
  const cv = lambdas.map((lambda) => ({ lambda, auc: crossValidate(sources, features, directions, lambda, floors) }));
  // the strongest penalty within 0.002 AUC of the best: simpler weights transfer better
  const best = Math.max(...cv.map((c) => c.auc));
  const lambda = Math.max(...cv.filter((c) => c.auc >= best - 0.002).map((c) => c.lambda));
  return { model: fitLogistic(pool(sources), features, { lambda, directions, floors }), lambda, cv };
}
