/** Where things are on screen: the field's visible part, the caret, the badge, and which underline a point hits. */
import type { OverlayState, Underline } from '../overlay/Overlay';

/** The part of an element that is really visible: its box cut by every scrolling ancestor and the viewport. */
export function visibleBox(element: Element): DOMRect {
  const view = element.ownerDocument.defaultView!;
  let { left, top, right, bottom } = element.getBoundingClientRect();
  for (let el = element.parentElement; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowX + style.overflowY)) {
      const r = el.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
  }
  left = Math.max(left, 0);
  top = Math.max(top, 0);
  right = Math.min(right, view.innerWidth);
  bottom = Math.min(bottom, view.innerHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** Where the caret (or the start of the selection) is drawn, in its document's viewport. */
export function caretRect(doc: Document): DOMRect | null {
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? null;
  if (rect) return rect;
  // a caret in an empty line has no text to measure: its line's element stands in
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element ? element.getBoundingClientRect() : null;
}

/**
 * The badge sits inside a composer's bottom-right corner; a single-line field (a chat input) has no room
 * there that its text does not need, so there it sits just below the field's corner.
 */
export function badgePosition(box: DOMRect, clip: DOMRect): { x: number; y: number } {
  const x = Math.min(box.right, clip.right) - 78;
  if (box.height < 56) return { x, y: Math.min(box.bottom, clip.bottom) + 4 };
  return { x, y: Math.min(box.bottom, clip.bottom) - 28 };
}

export function badgeAnchor(box: DOMRect): DOMRect {
  return new DOMRect(box.right - 80, box.bottom - 28, 70, 22);
}

/** The underline under a point of the overlay's viewport, if any. Underlines take no pointer events (the agent clicks into the text), so hits are computed. */
export function underlineAt(
  state: Pick<OverlayState, 'clip' | 'underlines'>,
  x: number,
  y: number,
): Underline | undefined {
  const { clip } = state;
  if (!clip || x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) return undefined;
  return state.underlines.find((u) =>
    u.rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 2),
  );
}
