/**
 * The empathy model's fit (`npm run fit`, after the tone model's): a sign-constrained, L2-regularised logistic
 * regression over the explainable features of src/engine/empathy/features.ts, written to
 * src/engine/empathy-weights.ts. The findings' hand-set penalties are a fixed offset: the fit sizes the rest around
 * them. Two sources, each counting the same:
 *
 * - goemotions-care: GoEmotions train comments raters labelled caring, against comments labelled only neutral. It
 *   stands for "a reader finds this caring", not for "a good reply to someone in distress": the comments answer
 *   posts we do not have, so nothing there sizes "left an upset customer unacknowledged".
 * - support: our own support replies, those a trainer would send as they are against those a trainer flags for
 *   missed or cold empathy, each with the customer's message. We wrote them, so they guard against regression more
 *   than they show generalisation.
 *
 * Deterministic: the same data gives the same file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EMPATHY_FEATURES } from '../engine/empathy/features';
import type { Reading } from './features';
import { crossValidate, fitModel, LAMBDAS, type ModelFit, type Source } from './fit';
import type { Binary } from './goemotions';
import type { Example } from './logistic';
import type { Reply } from './replies';

export const EMPATHY_WEIGHTS_FILE = 'src/engine/empathy-weights.ts';
/** Caring and neutral GoEmotions train comments fitted on, each. */
export const CARE_PER_CLASS = 1000;

export const EMPATHY_DIRECTIONS: Record<string, 1 | -1> = Object.fromEntries(
  EMPATHY_FEATURES.map((f) => [f.id, f.direction]),
);
const IDS = EMPATHY_FEATURES.map((f) => f.id);

/**
 * Mechanisms the data can hardly size, and the fitted mechanism whose weight they keep at least. Exploration (an
 * open question about the person) is rare in both sources: caring comments seldom ask, and a support reply asks a
 * clarifying question whether it is good or poor. Interpretation ("I've been there", "I can tell…") is rare in
 * caring comments and in poor replies alike. Raters of empathy in peer support (Sharma et al., EMNLP 2020) count
 * emotional reactions, interpretations and explorations as three equal mechanisms, each rated on the same scale, so
 * where the data cannot size the other two they keep at least the weight it gives emotional reactions.
 *
 * Advice before any understanding is the other way round: caring comments often advise ("you should talk to
 * someone"), and our poor replies fail in other ways, so the data leave it at 0. Trainers, and the strategies of
 * emotional-support conversations (reflecting feelings and affirming vs suggesting and informing), set it against
 * empathy: it takes away at least what an emotional reaction adds — advice with no understanding undoes one.
 */
export const FLOORED: Readonly<Record<string, string>> = {
  exploration: 'emotional-reaction',
  interpretation: 'emotional-reaction',
  'advice-first': 'emotional-reaction',
};

type Read = (text: string, context?: { customerMessage?: string; channel?: 'email' | 'chat' }) => Reading;

const example = (r: Reading, positive: boolean): Example => ({
  x: r.empathyFeatures,
  y: positive ? 1 : 0,
  offset: r.empathyOffset,
});

/** GoEmotions comments as empathy examples (caring positive). */
export function careSource(name: string, items: readonly Binary[], read: Read): Source {
  return { name, examples: items.map((c) => example(read(c.text), c.positive)) };
}

/** Support replies as empathy examples: good positive, poor flagged for empathy negative; other poor ones left out. */
export function supportSource(good: readonly Reply[], poor: readonly Reply[], read: Read): Source {
  const reading = (r: Reply) => read(r.text, { customerMessage: r.customer, channel: r.channel });
  return {
    name: 'support',
    examples: [
      ...good.map((r) => example(reading(r), true)),
      ...poor.filter((r) => r.flags.includes('empathy')).map((r) => example(reading(r), false)),
    ],
  };
}

export interface EmpathyFit extends ModelFit {
  floors: Record<string, number>;
  /** Cross-validated mean AUC of the shipped procedure (with the floors), at the chosen λ. */
  cvAuc: number;
}

/** Chooses λ by cross-validation, sets the floors from that fit, and refits with them. */
export function fitEmpathy(sources: readonly Source[], lambdas = LAMBDAS): EmpathyFit {
  const free = fitModel(sources, IDS, EMPATHY_DIRECTIONS, lambdas);
  const floors = Object.fromEntries(
    Object.entries(FLOORED).map(([id, from]) => [id, Math.abs(free.model.weights[from])]),
  );
  const model = fitModel(sources, IDS, EMPATHY_DIRECTIONS, [free.lambda], floors).model;
  const cvAuc = crossValidate(sources, IDS, EMPATHY_DIRECTIONS, free.lambda, floors);
  return { ...free, model, floors, cvAuc };
}

export function writeEmpathyWeights(root: string, sources: readonly Source[], fit: EmpathyFit): void {
  const r = (x: number) => Math.round(x * 1000) / 1000 || 0;
  const weights = Object.fromEntries(IDS.map((f) => [f, r(fit.model.weights[f])]).filter(([, w]) => w !== 0));
  const meta = {
    sources: sources.map((s) => `${s.name} (${s.examples.length})`).join(', '),
    lambda: fit.lambda,
    cvAuc: r(fit.cvAuc),
    floors: Object.entries(fit.floors)
      .map(([id, w]) => `${id} at least ${r(w)} in size (as ${FLOORED[id]})`)
      .join(', '),
  };
  const body = JSON.stringify({ weights, fit: meta }, null, 2);
  writeFileSync(
    path.join(root, EMPATHY_WEIGHTS_FILE),
    `// Written by \`npm run fit\` (src/eval/fit-empathy.ts): do not edit by hand. See docs/evaluation.md.\n` +
      `export const EMPATHY_WEIGHTS: { weights: Readonly<Record<string, number>>; fit: Readonly<Record<string, string | number>> } = ${body};\n`,
  );
}

export function printEmpathyFit(fit: EmpathyFit): void {
  for (const c of fit.cv)
    console.log(`λ ${c.lambda}: cross-validated AUC ${c.auc.toFixed(4)}${c.lambda === fit.lambda ? '  ← chosen' : ''}`);
  console.log(`with the floors: cross-validated AUC ${fit.cvAuc.toFixed(4)}`);
  for (const f of EMPATHY_FEATURES)
    console.log(
      `  ${(fit.model.weights[f.id] ?? 0).toFixed(3).padStart(7)}  ${f.id}${fit.floors[f.id] !== undefined ? `  (floor ${fit.floors[f.id].toFixed(3)})` : ''}`,
    );
}
