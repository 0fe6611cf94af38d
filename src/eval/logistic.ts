/**
 * Regularised logistic regression, small and deterministic, for the tone model (npm run fit): cyclic coordinate
 * descent with a Newton step per weight, an L2 penalty on every weight but the bias, sample weights (so that each
 * data source counts the same whatever its size), sign constraints (a cue whose direction research settled is
 * never fitted the other way; the data only sizes it), floors, and fixed offsets.
 */

export interface Example {
  x: Readonly<Record<string, number>>;
  y: 0 | 1;
  /** How much the example counts (default 1). */
  weight?: number;
  /** A fixed part of the log-odds the fit does not size (the empathy score's hand-set finding penalties). */
  offset?: number;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface FitOptions {
  /** L2 penalty per unit of total sample weight. */
  lambda: number;
  /** Feature id → 1 or −1: the weight stays on that side of 0. */
  directions?: Readonly<Record<string, 1 | -1>>;
  /** Feature id → the least size its weight keeps, on its direction's side (a cue the data cannot size keeps this). */
  floors?: Readonly<Record<string, number>>;
  sweeps?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function fitLogistic(
  examples: readonly Example[],
  features: readonly string[],
  options: FitOptions,
): LogisticModel {
  const n = examples.length;
  const cols = features.map((f) => examples.map((e) => e.x[f] ?? 0));
  const sw = examples.map((e) => e.weight ?? 1);
  const total = sw.reduce((a, b) => a + b, 0) || 1;
  const w = new Array<number>(features.length).fill(0);
  let bias = 0;
  const z = examples.map((e) => e.offset ?? 0);
  const sweeps = options.sweeps ?? 60;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    // the bias first (unpenalised), then each weight, each with a Newton step on the current margins
    for (let j = -1; j < features.length; j++) {
      const col = j < 0 ? undefined : cols[j];
      let g = 0;
      let h = 0;
      for (let i = 0; i < n; i++) {
        const xi = col ? col[i] : 1;
        if (!xi) continue;
        const p = sigmoid(z[i]);
        g += sw[i] * (p - examples[i].y) * xi;
        h += sw[i] * p * (1 - p) * xi * xi;
      }
      g /= total;
      h /= total;
      if (j < 0) {
        const step = h > 1e-12 ? g / h : 0;
        bias -= step;
        for (let i = 0; i < n; i++) z[i] -= step;
        continue;
      }
      g += options.lambda * w[j];
      h += options.lambda;
      let next = w[j] - g / h;
      const dir = options.directions?.[features[j]];
      if (dir && next * dir < 0) next = 0;
      const least = options.floors?.[features[j]];
      if (least !== undefined && next * (dir ?? 1) < least) next = least * (dir ?? 1);
      const delta = next - w[j];
      if (!delta) continue;
      w[j] = next;
      for (let i = 0; i < n; i++) if (col![i]) z[i] += delta * col![i];
    }
  }
  return { bias, weights: Object.fromEntries(features.map((f, j) => [f, w[j]])) };
}

export function predict(model: LogisticModel, x: Readonly<Record<string, number>>, offset = 0): number {
  let z = model.bias + offset;
  for (const [f, v] of Object.entries(x)) z += (model.weights[f] ?? 0) * v;
  return z;
}
