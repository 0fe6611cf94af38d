// The ratchet: every figure `npm run eval` prints must stay at or beyond the value stored in
// tests/corpus/ratchet.json (floating-point slack only). Raise the file with `npm run eval -- --update-ratchet`.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRatchet } from './load';
import { runEvaluation } from './main';
import { formatValue, passes } from './table';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const evaluation = runEvaluation(ROOT);
const ratchet = readRatchet(ROOT).figures;

describe('evaluation ratchet (tests/corpus/ratchet.json)', () => {
  it('covers every figure, and every stored figure still exists', () => {
    const keys = evaluation.figures
      .filter((f) => f.better)
      .map((f) => f.key)
      .sort();
    expect(Object.keys(ratchet).sort()).toEqual(keys);
  });

  it.each(evaluation.figures.filter((f) => f.better).map((f) => [f.key, f] as const))('%s holds', (key, figure) => {
    const stored = ratchet[key];
    const shown = `${formatValue(figure)} (${figure.value}), ratchet ${formatValue({ unit: figure.unit, value: stored })} (${stored}), ${figure.better} is better`;
    expect(passes(figure, stored), shown).toBe(true);
  });

  it('runs on the corpora the issue asks for', () => {
    const { politeness, replies } = evaluation;
    expect(politeness.requests).toBe(4353);
    expect(replies.goodReplies).toBeGreaterThanOrEqual(60);
    expect(replies.poorReplies).toBeGreaterThanOrEqual(60);
    for (const { reply } of replies.details) {
      if (reply.file.startsWith('good')) expect(reply.flags, reply.file).toEqual([]);
      else expect(reply.flags.length, reply.file).toBeGreaterThan(0);
    }
  });

  it('fails a figure that falls, whichever way is better', () => {
    expect(passes({ better: 'higher', value: 0.8 }, 0.81)).toBe(false);
    expect(passes({ better: 'lower', value: 0.3 }, 0.29)).toBe(false);
    expect(passes({ better: 'higher', value: 0.81 - 1e-12 }, 0.81)).toBe(true);
  });
});
