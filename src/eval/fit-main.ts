/**
 * `npm run fit` (bundled and run by scripts/fit.mjs): refits the tone model and writes src/engine/tone-weights.ts,
 * then the empathy model (fit-empathy.ts) into src/engine/empathy-weights.ts.
 *
 * Sources, each counting the same: the calibration half of the Wikipedia politeness task (the test half stays
 * unseen, for `npm run eval`) and a seeded sample of GoEmotions train (warm vs hostile comments). The L2 penalty is
 * chosen by 5-fold cross-validation; directions come from the cues. Deterministic: the same data gives the same file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TONE_FEATURES } from '../engine/tone';
import { createFeatureReader } from './features';
import { fitModel, type Source } from './fit';
import {
  careSource,
  CARE_PER_CLASS,
  EMPATHY_WEIGHTS_FILE,
  fitEmpathy,
  printEmpathyFit,
  supportSource,
  writeEmpathyWeights,
} from './fit-empathy';
import { careSet, toneSet } from './goemotions';
import { loadEvalData, readGoEmotions } from './load';
import { binaryTask } from './politeness-data';

export const WEIGHTS_FILE = 'src/engine/tone-weights.ts';
/** Warm and hostile GoEmotions train comments fitted on, each. */
export const GOEMOTIONS_PER_CLASS = 2500;

export function toneSources(root: string, read = createFeatureReader()): Source[] {
  const wiki = binaryTask(loadEvalData(root).politeness).calibration;
  const goemotions = toneSet(readGoEmotions(root, 'train'), GOEMOTIONS_PER_CLASS);
  return [
    { name: 'wikipedia-politeness', examples: wiki.map((r) => ({ x: read(r.text).features, y: r.polite ? 1 : 0 })) },
    { name: 'goemotions-tone', examples: goemotions.map((c) => ({ x: read(c.text).features, y: c.positive ? 1 : 0 })) },
  ];
}

export const DIRECTIONS: Record<string, 1 | -1> = Object.fromEntries(TONE_FEATURES.map((f) => [f.id, f.direction]));

export function main(root: string): number {
  const started = performance.now();
  const sources = toneSources(root);
  const features = TONE_FEATURES.map((f) => f.id);
  const { model, lambda, cv } = fitModel(sources, features, DIRECTIONS);
  for (const c of cv)
    console.log(`λ ${c.lambda}: cross-validated AUC ${c.auc.toFixed(4)}${c.lambda === lambda ? '  ← chosen' : ''}`);
  const r = (x: number) => Math.round(x * 1000) / 1000 || 0;
  const weights = Object.fromEntries(features.map((f) => [f, r(model.weights[f])]).filter(([, w]) => w !== 0));
  const fit = {
    sources: sources.map((s) => `${s.name} (${s.examples.length})`).join(', '),
    lambda,
    cvAuc: r(cv.find((c) => c.lambda === lambda)!.auc),
  };
  const body = JSON.stringify({ bias: r(model.bias), weights, fit }, null, 2);
  writeFileSync(
    path.join(root, WEIGHTS_FILE),
    `// Written by \`npm run fit\` (src/eval/fit-main.ts): do not edit by hand. See docs/evaluation.md.\n` +
      `export const TONE_WEIGHTS: { bias: number; weights: Readonly<Record<string, number>>; fit: Readonly<Record<string, string | number>> } = ${body};\n`,
  );
  console.log(`\n${features.length} features, ${Object.keys(weights).length} kept; wrote ${WEIGHTS_FILE}`);
  for (const f of TONE_FEATURES) console.log(`  ${(weights[f.id] ?? 0).toFixed(3).padStart(7)}  ${f.id}`);

  const read = createFeatureReader();
  const data = loadEvalData(root);
  const empathySources = [
    careSource('goemotions-care', careSet(readGoEmotions(root, 'train'), CARE_PER_CLASS), read),
    supportSource(data.good, data.poor, read),
  ];
  const empathy = fitEmpathy(empathySources);
  console.log('\nEmpathy:');
  printEmpathyFit(empathy);
  writeEmpathyWeights(root, empathySources, empathy);
  console.log(`wrote ${EMPATHY_WEIGHTS_FILE}`);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
