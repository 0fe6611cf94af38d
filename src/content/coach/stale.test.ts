// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine';
import type { Underline } from '../overlay/Overlay';
import { endsAtOrAfterOffset, endsAtOrAfterPoint, firstStaleBox } from './stale';

function underline(start: number, end: number, rects: Array<[number, number, number, number]>): Underline {
  const finding = { rule: 'core/x', start, end } as Finding;
  return { id: `core/x@${start}-${end}`, finding, rects: rects.map(([x, y, w, h]) => new DOMRect(x, y, w, h)) };
}

// three lines 20 px apart; underlines of two boxes (wrapped) and of one
const first = underline(0, 10, [[10, 0, 50, 18]]);
const wrapped = underline(30, 50, [
  [300, 0, 90, 18],
  [0, 20, 40, 18],
]);
const last = underline(80, 90, [[100, 40, 60, 18]]);
const underlines = [first, wrapped, last];

describe('firstStaleBox', () => {
  it('counts the boxes of the underlines before the first stale one', () => {
    expect(firstStaleBox(underlines, (u) => u === first)).toBe(0);
    expect(firstStaleBox(underlines, (u) => u === wrapped)).toBe(1);
    expect(firstStaleBox(underlines, (u) => u === last)).toBe(3);
    expect(firstStaleBox(underlines, () => false)).toBeNull();
  });
});

describe('in a plain field', () => {
  it('hides what ends at or after the caret’s offset; typing at the end hides nothing', () => {
    expect(firstStaleBox(underlines, endsAtOrAfterOffset(45))).toBe(1);
    expect(firstStaleBox(underlines, endsAtOrAfterOffset(50))).toBe(1);
    expect(firstStaleBox(underlines, endsAtOrAfterOffset(51))).toBe(3);
    expect(firstStaleBox(underlines, endsAtOrAfterOffset(95))).toBeNull();
  });
});

describe('in a rich editor', () => {
  const caret = (x: number, y: number) => new DOMRect(x, y, 1, 18);

  it('hides from the first underline ending on a later line, or on the caret’s line not left of it', () => {
    // on the second line, left of where the wrapped underline ends: it and the next move
    expect(firstStaleBox(underlines, endsAtOrAfterPoint(caret(20, 20)))).toBe(1);
    // on the second line, after the wrapped underline's end: only the third line's moves
    expect(firstStaleBox(underlines, endsAtOrAfterPoint(caret(200, 20)))).toBe(3);
    // after everything on the last line: nothing
    expect(firstStaleBox(underlines, endsAtOrAfterPoint(caret(300, 40)))).toBeNull();
  });

  it('treats an underline without boxes (not measured yet) as stale', () => {
    expect(firstStaleBox([underline(0, 5, [])], endsAtOrAfterPoint(caret(500, 500)))).toBe(0);
  });
});
