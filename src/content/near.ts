/**
 * Which findings to measure: those near the field's visible box. A long draft has hundreds of findings, and
 * measuring each one is a layout query (for a textarea, a range in its mirror): all of them at every layout would
 * be a long task on focus and a slow frame on every scroll. Text runs down the field in offset order, so the
 * findings near a band are found by bisection, measuring a handful; the others get no boxes until a layout
 * (on scroll) brings them near.
 */

/** A vertical band, in the coordinates the rects are given in (a DOMRect is one). */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The rects of items 0…count-1 (in text order) that may show in `band`, and no rects for the others.
 * `rectsOf(i)` measures item i; it is called for the items near the band and about 2·log2(count) others.
 * `always` items (an open popover's) are measured wherever they are.
 */
export function measureNear<R extends Band>(
  count: number,
  rectsOf: (index: number) => R[],
  band: Band,
  always?: (index: number) => boolean,
): R[][] {
  const measured: Array<R[] | undefined> = new Array(count);
  const rects = (i: number) => (measured[i] ??= rectsOf(i));
  // The bottom of item i, or of the next item with boxes (an item may have none: a zero-width span).
  const bottomFrom = (i: number): number => {
    for (let j = i; j < count && j < i + 8; j++) {
      const r = rects(j);
      if (r.length) return r[r.length - 1].bottom;
    }
    return Infinity;
  };
  // the first item that ends at or below the band's top
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomFrom(mid) >= band.top) hi = mid;
    else lo = mid + 1;
  }
  let last = lo;
  for (; last < count; last++) {
    const r = rects(last);
    if (r.length && r[0].top > band.bottom) break;
  }
  return Array.from({ length: count }, (_, i) => ((i >= lo && i < last) || always?.(i) ? rects(i) : []));
}

/** The band the underlines are placed for: the visible box, and as much again above and below it. */
export function bandAround(box: { top: number; bottom: number }): Band {
  const margin = Math.max(box.bottom - box.top, 200);
  return { top: box.top - margin, bottom: box.bottom + margin };
}
