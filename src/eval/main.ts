/**
 * `npm run eval` (bundled and run by scripts/eval.mjs): prints every figure in one table, next to the values
 * stored in the ratchet file.
 *
 *   --verbose         also list, per reply, the findings on good replies and the categories missed on poor ones
 *   --update-ratchet  store the figures that improved (a figure that got worse is never stored: fix it instead)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Sentiment from 'sentiment';
import { createAnalyzer, SEVERITIES } from '../engine';
import { BUILTIN_PACKS } from '../packs/builtin';
import { TONE_FEATURES } from '../engine/tone';
import { TONE_WEIGHTS } from '../engine/tone-weights';
import { EMPATHY_WEIGHTS } from '../engine/empathy-weights';
import { empathyFigures } from './empathy-figures';
import { cachedReader, createFeatureReader } from './features';
import { CARE_PER_CLASS } from './fit-empathy';
import { evaluate, type Evaluation } from './figures';
import { careSet, toneSet } from './goemotions';
import { languageFigures } from './languages';
import { listeningFigures, readingFigures } from './listening-figures';
import { loadEvalData, RATCHET_FILE, readGoEmotions, readRatchet } from './load';
import { binaryTask } from './politeness-data';
import { transferFigures } from './transfer';
import { formatTable, passes } from './table';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function createEvalTools() {
  const afinn = new Sentiment();
  return {
    analyzer: createAnalyzer(BUILTIN_PACKS),
    afinnComparative: (text: string) => afinn.analyze(text).comparative,
  };
}

/** GoEmotions train comments per class the across-domain refit uses (the shipped fit uses more: fit-main.ts). */
const TRANSFER_PER_CLASS = 1000;

export function runEvaluation(root: string): Evaluation {
  const data = loadEvalData(root);
  const tools = createEvalTools();
  const evaluation = evaluate(data, tools);
  evaluation.figures.push(...readingFigures(root), ...listeningFigures(root, tools.analyzer));
  const task = binaryTask(data.politeness);
  const dev = readGoEmotions(root, 'dev');
  const train = readGoEmotions(root, 'train');
  const transfer = {
    wikiCalibration: task.calibration,
    wikiTest: task.test,
    goTrain: toneSet(train, TRANSFER_PER_CLASS),
    goDevTone: toneSet(dev),
    good: data.good,
    poor: data.poor,
  };
  const model = {
    features: TONE_FEATURES.map((f) => f.id),
    directions: Object.fromEntries(TONE_FEATURES.map((f) => [f.id, f.direction])),
    lambda: Number(TONE_WEIGHTS.fit.lambda ?? 0.003),
  };
  const read = cachedReader(createFeatureReader());
  evaluation.figures.push(...transferFigures(transfer, read, model));
  const care = { careTrain: careSet(train, CARE_PER_CLASS), careDev: careSet(dev), good: data.good, poor: data.poor };
  evaluation.figures.push(...empathyFigures(care, read, Number(EMPATHY_WEIGHTS.fit.lambda ?? 0.003)));
  // the other languages' corpora, with the same figures (src/eval/languages.ts)
  evaluation.figures.push(...languageFigures(root));
  return evaluation;
}

export function main(root: string, args: string[]): number {
  const started = performance.now();
  const evaluation = runEvaluation(root);
  const ratchet = readRatchet(root);
  const { politeness: p } = evaluation;
  console.log(
    `Stanford Politeness Corpus: ${p.requests} requests; binary task ${p.calibration + p.test} (top vs bottom quartile), ` +
      `split with a fixed seed into a calibration half (threshold chosen there: tone ${p.tone.threshold.toFixed(3)}, ` +
      `AFINN ${p.afinn.threshold.toFixed(3)}; accuracy there: tone ${pct(p.tone.calibrationAccuracy)}, AFINN ${pct(p.afinn.calibrationAccuracy)}) ` +
      `and a test half (reported).\n`,
  );
  console.log(formatTable(evaluation.figures, ratchet.figures));
  if (args.includes('--verbose')) printDetails(evaluation);
  const failing = evaluation.figures.filter(
    (f) => f.better && ratchet.figures[f.key] !== undefined && !passes(f, ratchet.figures[f.key]),
  );
  if (args.includes('--update-ratchet')) {
    const figures = { ...ratchet.figures };
    for (const f of evaluation.figures) {
      if (!f.better) continue;
      const stored = figures[f.key];
      if (stored === undefined || passes(f, stored)) figures[f.key] = f.value;
    }
    writeFileSync(path.join(root, RATCHET_FILE), JSON.stringify({ ...ratchet, figures }, null, 2) + '\n');
    console.log(`\nstored the figures that held or improved in ${RATCHET_FILE}`);
  }
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failing.length) console.log(`below the ratchet: ${failing.map((f) => f.key).join(', ')}`);
  return failing.length ? 1 : 0;
}

function printDetails({ replies }: Evaluation) {
  const rank = SEVERITIES.indexOf('suggestion');
  for (const { reply, report, missed } of replies.details) {
    const shown = report.findings.filter((f) => SEVERITIES.indexOf(f.severity) >= rank);
    const poor = reply.flags.length > 0;
    if (!poor && !shown.length) continue;
    if (poor && !missed.length) continue;
    console.log(`\n${reply.file}  tone ${report.scores.tone}${poor ? `  missed: ${missed.join(', ')}` : ''}`);
    for (const f of poor ? report.findings : shown)
      console.log(`  ${f.severity.padEnd(10)} ${f.rule.padEnd(34)} ${f.category.padEnd(17)} “${f.text}”`);
  }
}
