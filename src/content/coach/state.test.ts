// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine';
import type { Underline } from '../overlay/Overlay';
import {
  emptyState,
  findingId,
  followPopover,
  ignoreKey,
  movedUnderline,
  nextFinding,
  withoutPopover,
  withPanelToggled,
  withPopover,
} from './state';

const VIEWPORT = { width: 800, height: 600 };

function finding(rule: string, start: number, text: string): Finding {
  return {
    rule,
    category: 'tone',
    severity: 'suggestion',
    start,
    end: start + text.length,
    text,
    message: '',
    suggestions: [],
  };
}

function underline(f: Finding, drawn = true): Underline {
  return { id: findingId(f), finding: f, rects: drawn ? [new DOMRect(f.start, 10, f.end - f.start, 2)] : [] };
}

const just = finding('core/just', 4, 'just');
const failed = finding('core/you-failed-to', 20, 'you failed to');
const per = finding('core/per-my-last', 50, 'per my last email');

describe('findingId and ignoreKey', () => {
  it('name a finding by its rule and place, and an occurrence by its rule and the words around it', () => {
    expect(findingId(just)).toBe('core/just@4-8');
    const text = 'I am just checking in on this, Sam.';
    expect(ignoreKey(text, just)).toBe(`core/just\u0000${text.slice(0, 32)}`);
    // the same words elsewhere in a longer draft keep their key
    expect(ignoreKey(`Hello. ${text}`, { ...just, start: 11, end: 15 })).toContain('I am just checking in on this');
  });
});

describe('movedUnderline', () => {
  it('finds the same rule and words nearest to where they were', () => {
    const moved = [
      underline({ ...just, start: 90, end: 94 }),
      underline({ ...just, start: 9, end: 13 }),
      underline(failed),
    ];
    expect(movedUnderline(underline(just), moved)?.finding.start).toBe(9);
    expect(movedUnderline(underline(per), moved)).toBeUndefined();
    expect(movedUnderline(undefined, moved)).toBeUndefined();
  });
});

describe('the popover and the panel', () => {
  const base = { ...emptyState(VIEWPORT), underlines: [underline(just), underline(failed), underline(per)] };
  const anchor = new DOMRect(1, 2, 3, 4);
  const fieldBox = new DOMRect(0, 0, 400, 200);

  it('opens a popover on a finding, closing the panel; closes it again', () => {
    const open = withPopover(withPanelToggled(base), findingId(failed), anchor, true, VIEWPORT);
    expect(open.panelOpen).toBe(false);
    expect(open.popover).toEqual({ id: findingId(failed), anchor, focus: true });
    expect(withoutPopover(open).popover).toBeNull();
    expect(withPanelToggled(withPanelToggled(base)).panelOpen).toBe(false);
  });

  it('keeps an open popover on its finding when the text moves, and anchors it to its new box', () => {
    const open = withPopover(base, findingId(failed), anchor, false, VIEWPORT);
    const movedFailed = underline({ ...failed, start: 25, end: 38 });
    const popover = followPopover(open, [underline(just), movedFailed], fieldBox);
    expect(popover).toEqual({ id: movedFailed.id, anchor: movedFailed.rects[0], focus: false });
  });

  it('anchors it to the badge while its finding is out of view, and closes it once the finding is gone', () => {
    const open = withPopover(base, findingId(failed), anchor, false, VIEWPORT);
    expect(followPopover(open, [underline(failed, false)], fieldBox)?.anchor).toEqual(new DOMRect(320, 172, 70, 22));
    expect(followPopover(open, [underline(just)], fieldBox)).toBeNull();
    expect(followPopover(base, [underline(just)], fieldBox)).toBeNull();
  });

  it('moves to the next and previous drawn finding round the ends (Alt+J, Alt+Shift+J)', () => {
    expect(nextFinding(base, false)?.finding).toBe(just);
    expect(nextFinding(base, true)?.finding).toBe(per);
    const onPer = withPopover(base, findingId(per), anchor, true, VIEWPORT);
    expect(nextFinding(onPer, false)?.finding).toBe(just);
    expect(nextFinding(onPer, true)?.finding).toBe(failed);
    const offScreen = { ...base, underlines: [underline(just), underline(failed, false), underline(per)] };
    expect(nextFinding(withPopover(offScreen, findingId(just), anchor, true, VIEWPORT), false)?.finding).toBe(per);
    expect(nextFinding({ underlines: [underline(just, false)], popover: null }, false)).toBeUndefined();
  });
});
