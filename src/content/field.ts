/**
 * A coached field, whatever its kind: its current plain text, where a span of it is on screen, and how to
 * select a span. Plain fields (textarea, input) measure through a mirror; rich editors through a text map of
 * their DOM.
 */
import type { EditorAdapter } from './editors';
import type { Target } from './eligibility';
import { TextMirror } from './mirror';
import { buildTextMap, type TextMap } from './text-map';

export interface Field {
  readonly element: HTMLElement;
  readonly kind: string;
  readonly adapter?: EditorAdapter;
  /** When the agent last changed the text (performance.now()), kept by the coach. */
  lastInputAt: number;
  /** The current plain text (and, for rich editors, a fresh map of it). */
  read(): string;
  /** Viewport rects of text[start, end) as last read, one per line fragment. */
  rects(start: number, end: number): DOMRect[];
  /** Selects text[start, end) as last read, and focuses the field. */
  select(start: number, end: number): void;
  /** A DOM range over text[start, end) as last read (rich editors; plain fields have no DOM text). */
  range(start: number, end: number): Range | null;
  /** Does ahead the work that placing underlines needs (a textarea's mirror); false when there was none to do. */
  prepareLayout?(): boolean;
  /** The selection as text offsets, if it is inside the field. */
  selection(): { start: number; end: number } | null;
  dispose(): void;
}

export function createField(target: Target, measureIn: Node): Field {
  return target.kind === 'plain' ? plainField(target.element, measureIn) : richField(target.element, target.adapter);
}

function plainField(element: HTMLTextAreaElement | HTMLInputElement, measureIn: Node): Field {
  const mirror = new TextMirror(measureIn);
  return {
    element,
    kind: element instanceof HTMLInputElement ? 'input' : 'textarea',
    lastInputAt: 0,
    read: () => element.value,
    rects: (start, end) => mirror.rects(element, start, end),
    prepareLayout() {
      if (mirror.isLaidOutFor(element)) return false;
      mirror.prepare(element);
      return true;
    },
    select(start, end) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
    },
    range: () => null,
    selection: () =>
      element.ownerDocument.activeElement === element && element.selectionStart !== null
        ? { start: element.selectionStart, end: element.selectionEnd ?? element.selectionStart }
        : null,
    dispose: () => mirror.dispose(),
  };
}

function richField(element: HTMLElement, adapter: EditorAdapter): Field {
  let map: TextMap = buildTextMap(element);
  return {
    element,
    kind: adapter.kind,
    adapter,
    lastInputAt: 0,
    read() {
      map = buildTextMap(element);
      return map.text;
    },
    rects(start, end) {
      const rects = [...map.rangeOf(start, end).getClientRects()].filter((r) => r.width > 0);
      return mergeLineFragments(rects);
    },
    range: (start, end) => map.rangeOf(start, end),
    select(start, end) {
      element.focus({ preventScroll: true });
      const selection = element.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(map.rangeOf(start, end));
    },
    selection() {
      const selection = element.ownerDocument.getSelection();
      if (!selection?.rangeCount || !element.contains(selection.anchorNode)) return null;
      const range = selection.getRangeAt(0);
      const start = map.offsetOf(range.startContainer, range.startOffset);
      const end = map.offsetOf(range.endContainer, range.endOffset);
      return start < 0 || end < 0 ? null : { start, end };
    },
    dispose: () => undefined,
  };
}

/** getClientRects gives one rect per inline box; underlines want one per line. */
export function mergeLineFragments(rects: DOMRect[]): DOMRect[] {
  const lines: DOMRect[] = [];
  for (const r of rects) {
    const line = lines.find((l) => Math.abs(l.bottom - r.bottom) < Math.max(2, r.height / 3));
    if (!line) {
      lines.push(DOMRect.fromRect(r));
      continue;
    }
    const left = Math.min(line.left, r.left);
    const right = Math.max(line.right, r.right);
    const top = Math.min(line.top, r.top);
    const bottom = Math.max(line.bottom, r.bottom);
    lines[lines.indexOf(line)] = new DOMRect(left, top, right - left, bottom - top);
  }
  return lines;
}
