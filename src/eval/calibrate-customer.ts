/**
 * `node scripts/calibrate-customer.mjs`: learns the customer-reading lexicon (src/engine/reading/lexicon.json)
 * from the GoEmotions train split: a six-family softmax regression over words and word pairs (features.ts),
 * classes weighted towards the rare ones, then pruned to the features that speak most for each family, so that
 * every reading is a short sum the agent can read back as cues. Deterministic (a fixed seed). The dev split
 * chose the settings below and is measured in `npm run eval`; the test split is never seen.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readingFeatures } from '../engine/reading/features';
import { FAMILIES, GOEMOTIONS_DIR, loadGoEmotions } from './goemotions-families';

/** Chosen on dev: epochs, learning rate, class-weight exponent, features kept per family, minimum document count. */
const SETTINGS = { epochs: 8, rate: 0.1, l2: 1e-4, balance: 0.3, keepPerFamily: 300, minCount: 3 };

export function main(root: string): number {
  const train = loadGoEmotions(path.join(root, GOEMOTIONS_DIR), 'train');
  const K = FAMILIES.length;
  const counts = new Map<string, number>();
  const docs = train.map((c) => readingFeatures(c.text));
  for (const doc of docs) for (const f of doc) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= SETTINGS.minCount).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const X = docs.map((doc) => doc.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const Y = train.map((c) => FAMILIES.indexOf(c.family));
  const perClass = new Array<number>(K).fill(0);
  for (const y of Y) perClass[y]++;
  const classWeight = perClass.map((n) => (train.length / (K * n)) ** SETTINGS.balance);
  const W = new Float64Array(vocab.length * K);
  const bias = new Float64Array(K);
  let seed = 13;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = [...X.keys()];
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const s = Array.from(bias);
      for (const i of X[n]) for (let k = 0; k < K; k++) s[k] += W[i * K + k];
      const max = Math.max(...s);
      const e = s.map((v) => Math.exp(v - max));
      const z = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const g = (e[k] / z - (Y[n] === k ? 1 : 0)) * classWeight[Y[n]] * SETTINGS.rate;
        bias[k] -= g;
        for (const i of X[n]) W[i * K + k] -= g + SETTINGS.l2 * W[i * K + k];
      }
    }
  }
  const keep = new Set<number>();
  for (let k = 0; k < K; k++) {
    const best = vocab.map((_, i) => i).sort((a, b) => W[b * K + k] - W[a * K + k]);
    for (const i of best.slice(0, SETTINGS.keepPerFamily)) keep.add(i);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (const i of [...keep].sort((a, b) => (vocab[a] < vocab[b] ? -1 : 1))) {
    weights[vocab[i]] = Array.from(W.subarray(i * K, i * K + K), round);
  }
  const lexicon = {
    source: 'GoEmotions train split (Demszky et al. 2020), Apache-2.0; learned by src/eval/calibrate-customer.ts',
    families: FAMILIES,
    bias: Array.from(bias, round),
    weights,
  };
  const out = path.join(root, 'src/engine/reading/lexicon.json');
  writeFileSync(out, JSON.stringify(lexicon) + '\n');
  console.log(`${train.length} comments, ${vocab.length} features, kept ${keep.size} → ${path.relative(root, out)}`);
  return 0;
}
