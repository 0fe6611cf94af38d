import { describe, expect, it } from 'vitest';
import { EMPATHY_DIRECTIONS, fitEmpathy, FLOORED } from './fit-empathy';
import { fitModel, type Source } from './fit';
import { fitLogistic } from './logistic';

// Hand-made data: emotional reactions and validation mark caring texts, exploration appears on both sides alike
// (the data cannot size it), advice only on the other side (its sign is fixed at ≤ 0 all the same).
function source(name: string, n: number): Source {
  const examples = [];
  for (let i = 0; i < n; i++) {
    const caring = i % 2 === 0;
    const x: Record<string, number> = {};
    if (caring && i % 3 !== 0) x['emotional-reaction'] = 1;
    if (caring && i % 5 !== 0) x.validation = 1;
    if (!caring && i % 7 === 1) x['emotional-reaction'] = 1;
    if (i % 4 < 2) x.exploration = 1;
    if (!caring && i % 3 === 0) x['advice-first'] = 1;
    examples.push({ x, y: (caring ? 1 : 0) as 0 | 1, offset: i % 11 === 0 ? -0.4 : 0 });
  }
  return { name, examples };
}

describe('the empathy fit', () => {
  const sources = [source('a', 120), source('b', 60)];
  const fit = fitEmpathy(sources);
  const unfloored = fitModel(sources, Object.keys(EMPATHY_DIRECTIONS), EMPATHY_DIRECTIONS);

  it('keeps a mechanism the data cannot size at the weight of the one it can, on its own side of 0', () => {
    const free = fitLogistic(sources[0].examples, ['exploration'], { lambda: 0.01 });
    expect(Math.abs(free.weights.exploration)).toBeLessThan(0.2);
    expect(fit.model.weights['emotional-reaction']).toBeGreaterThan(0.5);
    for (const [id, from] of Object.entries(FLOORED)) {
      expect(fit.floors[id]).toBeGreaterThan(0.5);
      expect(fit.model.weights[id] * EMPATHY_DIRECTIONS[id]).toBeGreaterThanOrEqual(fit.floors[id]);
      expect(fit.floors[id]).toBe(unfloored.model.weights[from]);
    }
  });

  it('never fits a weight against its direction, and is deterministic', () => {
    expect(fit.model.weights['advice-first']).toBeLessThan(-0.5);
    expect(fitEmpathy(sources)).toEqual(fit);
  });

  it('sizes the rest around the fixed offset', () => {
    const shifted = fitLogistic(
      [
        { x: { a: 1 }, y: 1, offset: 5 },
        { x: {}, y: 0 },
      ],
      ['a'],
      { lambda: 0.01 },
    );
    const plain = fitLogistic(
      [
        { x: { a: 1 }, y: 1 },
        { x: {}, y: 0 },
      ],
      ['a'],
      { lambda: 0.01 },
    );
    expect(shifted.weights.a).toBeLessThan(plain.weights.a);
  });
});
