/**
 * Underlines that would sit over the wrong words: from a keystroke until the next layout places them again.
 * This module alone owns the timing flags that decide it: the layout frame asked for, the edit announced and not
 * yet in the DOM, the layout that ran meanwhile and kept them hidden, and where the field sat when they were placed.
 */
import type { Field } from '../field';
import { shift } from '../frames';
import type { Underline } from '../overlay/Overlay';
import { caretRect } from './geometry';

export interface StaleHooks {
  /** Places the underlines again; runs in the animation frame `requestLayout` asked for. */
  layout(): void;
  /** Whether there is an analysis to place. */
  hasAnalysis(): boolean;
  /** Hides the underline boxes from the nth on (0: all), or shows them all again (null). */
  hideFrom(boxes: number | null): void;
  /** Where the field, its content and its frames sit now: a key that changes when any of them moves. */
  viewKey(element: HTMLElement): string;
  /** Added to a point of the field's viewport to get the overlay's. */
  offset(): { x: number; y: number };
}

export interface StaleUnderlines {
  /** A layout in the next frame (at most one is pending). */
  requestLayout(): void;
  /** A layout is due: the page scrolled or changed since the last frame. */
  layoutDue(): boolean;
  /** `beforeinput` in the field: hides what the edit will move, and holds it hidden until the edit lands. */
  editAnnounced(field: Field, underlines: readonly Underline[]): void;
  /** The edit is in the DOM (input, or the editor's own mutation). */
  editLanded(): void;
  /** A layout placed the underlines with the field at `viewKey`: shown, unless an edit is still on its way. */
  placed(viewKey: string): void;
  /** Whether the field moved since the underlines were placed (a scroll or a layout change with no event yet). */
  movedSincePlaced(element: HTMLElement): boolean;
  /** Another field, or none: nothing pending carries over. */
  reset(): void;
}

/** How long an announced edit may keep underlines hidden: an edit the editor drops must not hide them for long. */
const EDIT_LANDS_WITHIN_MS = 500;

export function createStaleUnderlines(win: Window, doc: Document, hooks: StaleHooks): StaleUnderlines {
  let frame = 0;
  /**
   * A keystroke's edit announced (beforeinput) and not yet in the DOM: Slate and Draft.js render it a task
   * later. Until it lands, a layout keeps the underlines the keystroke hid hidden; then one places them again.
   */
  let editPending: ReturnType<typeof setTimeout> | undefined;
  /** A layout ran while the edit was pending and kept underlines hidden: the edit's landing lays them out again. */
  let heldHidden = false;
  /**
   * Where the field, its content and its frames sat when the underlines were placed. A scroll moves them at
   * once, but its event (and the layout that follows it) comes only with the next frame: a keystroke in between
   * would compare the caret with boxes from before the scroll. A page's layout moves them with no event at all:
   * the page observer compares this too.
   */
  let placedFrom = '';

  function requestLayout() {
    if (frame || !hooks.hasAnalysis()) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      hooks.layout();
    });
  }

  function editLanded() {
    if (editPending === undefined) return;
    clearTimeout(editPending);
    editPending = undefined;
    // (most editors change the DOM in the keystroke's own task: no layout came between, none is added)
    if (heldHidden) requestLayout();
    heldHidden = false;
  }

  /**
   * Until the next analysis, underlines at and after the caret would sit over the wrong words once the text
   * moves. They are hidden at `beforeinput`, before the edit, while the page's layout is still clean (so
   * reading the caret forces no layout); the next analysis places them again. Typing at the end hides nothing.
   */
  function hideStale(f: Field, underlines: readonly Underline[]) {
    if (!underlines.length) return;
    // a layout is due (the page scrolled or changed since the last frame): the boxes and the caret are not in
    // the same place any more, so none can be trusted until that layout
    if (frame) return hooks.hideFrom(0);
    const element = f.element;
    let after: (u: Underline) => boolean;
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      after = endsAtOrAfterOffset(Math.min(element.selectionStart ?? 0, element.selectionEnd ?? 0));
    } else {
      // the view moved since the boxes were placed (a scroll whose event has not come yet): none can be trusted
      if (hooks.viewKey(element) !== placedFrom) {
        requestLayout();
        return hooks.hideFrom(0);
      }
      const caret = caretRect(doc);
      if (!caret) return hooks.hideFrom(0);
      const { x, y } = hooks.offset();
      after = endsAtOrAfterPoint(shift(caret, x, y));
    }
    const from = firstStaleBox(underlines, after);
    if (from !== null) hooks.hideFrom(from);
  }

  return {
    requestLayout,
    layoutDue: () => frame !== 0,
    editAnnounced(field, underlines) {
      hideStale(field, underlines);
      clearTimeout(editPending);
      editPending = setTimeout(editLanded, EDIT_LANDS_WITHIN_MS);
    },
    editLanded,
    placed(viewKey) {
      placedFrom = viewKey;
      if (editPending === undefined) hooks.hideFrom(null);
      else heldHidden = true;
    },
    movedSincePlaced: (element) => hooks.viewKey(element) !== placedFrom,
    reset() {
      clearTimeout(editPending);
      editPending = undefined;
      heldHidden = false;
    },
  };
}

/** In a plain field: an underline ending at or after the caret's offset moves with the edit. */
export function endsAtOrAfterOffset(caret: number): (u: Underline) => boolean {
  return (u) => u.finding.end >= caret;
}

/** In a rich editor: an underline whose last box is on a later line than the caret, or on its line and not left of it. */
export function endsAtOrAfterPoint(c: DOMRect): (u: Underline) => boolean {
  return (u) => {
    const last = u.rects[u.rects.length - 1];
    return !last || last.top >= c.bottom - 1 || (last.bottom > c.top + 1 && last.right >= c.left - 1);
  };
}

/** The index of the first box to hide (boxes counted over the underlines in order), or null: none is stale. */
export function firstStaleBox(underlines: readonly Underline[], stale: (u: Underline) => boolean): number | null {
  let boxes = 0;
  for (const u of underlines) {
    if (stale(u)) return boxes;
    boxes += u.rects.length;
  }
  return null;
}
