import { describe, expect, it } from 'vitest';
import { bandAround, measureNear } from './near';

const box = (top: number, height: number) => ({ top, bottom: top + height });

/** Items of one 20 px line each, `perLine` to a line, in text order. */
function lines(count: number, perLine = 2) {
  const calls: number[] = [];
  const rectsOf = (i: number) => {
    calls.push(i);
    const top = Math.floor(i / perLine) * 20;
    return [box(top, 18)];
  };
  return { rectsOf, calls };
}

describe('measureNear', () => {
  it('measures the items in the band and only a few others', () => {
    const { rectsOf, calls } = lines(1000);
    // lines 100…109 (items 200…219)
    const result = measureNear(1000, rectsOf, { top: 2000, bottom: 2190 });
    const placed = result.flatMap((r, i) => (r.length ? [i] : []));
    expect(placed).toEqual(Array.from({ length: 20 }, (_, k) => 200 + k));
    expect(new Set(calls).size).toBeLessThan(20 + 2 * Math.ceil(Math.log2(1000)) + 2);
  });

  it('keeps an item that crosses the band’s top edge', () => {
    const rectsOf = (i: number) => [box(i * 20, 30)];
    const placed = measureNear(10, rectsOf, { top: 95, bottom: 120 }).flatMap((r, i) => (r.length ? [i] : []));
    expect(placed).toEqual([4, 5, 6]);
  });

  it('places nothing when the band is past the text, or before it', () => {
    const { rectsOf } = lines(50);
    expect(measureNear(50, rectsOf, { top: 5000, bottom: 6000 }).every((r) => !r.length)).toBe(true);
    expect(measureNear(50, rectsOf, { top: -500, bottom: -100 }).every((r) => !r.length)).toBe(true);
  });

  it('steps over items without boxes', () => {
    const rectsOf = (i: number) => (i % 3 === 1 ? [] : [box(i * 20, 18)]);
    const result = measureNear(30, rectsOf, { top: 200, bottom: 300 });
    expect(result.flatMap((r, i) => (r.length ? [i] : []))).toEqual([11, 12, 14, 15]);
  });

  it('always measures the items it is told to, wherever they are', () => {
    const { rectsOf } = lines(100);
    const result = measureNear(100, rectsOf, { top: 0, bottom: 30 }, (i) => i === 90);
    expect(result[90]).toHaveLength(1);
    expect(result[60]).toEqual([]);
  });
});

describe('bandAround', () => {
  it('adds the box’s own height above and below, at least 200 px', () => {
    expect(bandAround({ top: 100, bottom: 500 })).toEqual({ top: -300, bottom: 900 });
    expect(bandAround({ top: 100, bottom: 150 })).toEqual({ top: -100, bottom: 350 });
  });
});
