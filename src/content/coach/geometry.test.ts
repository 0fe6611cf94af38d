// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine';
import { badgeAnchor, badgePosition, underlineAt } from './geometry';

describe('underlineAt', () => {
  const underline = { id: 'a', finding: {} as Finding, rects: [new DOMRect(100, 50, 40, 16)] };
  const state = { clip: new DOMRect(0, 0, 300, 100), underlines: [underline] };

  it('hits an underline’s box, and a little below it (the line is drawn under the words)', () => {
    expect(underlineAt(state, 120, 60)).toBe(underline);
    expect(underlineAt(state, 120, 67)).toBe(underline);
    expect(underlineAt(state, 120, 69)).toBeUndefined();
    expect(underlineAt(state, 99, 60)).toBeUndefined();
  });

  it('hits nothing outside the field’s visible box, or before anything is placed', () => {
    expect(underlineAt({ ...state, clip: new DOMRect(0, 0, 110, 100) }, 120, 60)).toBeUndefined();
    expect(underlineAt({ ...state, clip: null }, 120, 60)).toBeUndefined();
  });
});

describe('the badge', () => {
  it('sits inside a composer’s bottom-right corner, and below a single-line field', () => {
    const clip = new DOMRect(0, 0, 1000, 1000);
    expect(badgePosition(new DOMRect(0, 0, 400, 200), clip)).toEqual({ x: 322, y: 172 });
    expect(badgePosition(new DOMRect(0, 0, 400, 40), clip)).toEqual({ x: 322, y: 44 });
    // a composer scrolled partly out of view: the corner of its visible part
    expect(badgePosition(new DOMRect(0, 0, 400, 200), new DOMRect(0, 0, 300, 150))).toEqual({ x: 222, y: 122 });
    expect(badgeAnchor(new DOMRect(0, 0, 400, 200))).toEqual(new DOMRect(320, 172, 70, 22));
  });
});
