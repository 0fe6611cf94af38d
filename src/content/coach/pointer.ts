/**
 * Clicks, keys and hover for the coach: an underline clicked or rested on opens its popover, Escape closes the
 * popover or the panel, Alt+J / Alt+Shift+J walk the findings. They reach us from the field's document, and from
 * the overlay's when that is an ancestor's (a field in an iframe). Only trusted events act (trusted.ts).
 */
import type { FramePlacement } from '../frames';
import type { OverlayState } from '../overlay/Overlay';
import { trusted } from '../trusted';
import { underlineAt } from './geometry';
import { nextFinding } from './state';

const HOVER_MS = 300;

export interface PointerHooks {
  state(): OverlayState;
  /** Where the field's viewport sits in the overlay's. */
  at(): FramePlacement;
  hasField(): boolean;
  insideOverlay(event: Event): boolean;
  openPopover(id: string, focus: boolean): void;
  closePopover(returnFocus?: boolean): void;
  togglePanel(): void;
  /** Escape: close the popover and the panel, keyboard back to the field. */
  closeAll(): void;
}

/** A capture listener on `target` until `signal` aborts; passive except for keys (which may be taken). */
export function listenCapture<K extends keyof DocumentEventMap>(
  target: EventTarget,
  type: K,
  listener: (event: DocumentEventMap[K]) => void,
  signal: AbortSignal,
): void {
  target.addEventListener(type, listener as EventListener, { capture: true, passive: type !== 'keydown', signal });
}

export function listenForPointerAndKeys(doc: Document, hostDoc: Document, signal: AbortSignal, hooks: PointerHooks) {
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hitAt = (event: MouseEvent) => {
    const at = hooks.at();
    return underlineAt(hooks.state(), event.clientX + at.x, event.clientY + at.y);
  };
  const onClick = (event: MouseEvent) => {
    if (hooks.insideOverlay(event)) return;
    const state = hooks.state();
    const hit = event.currentTarget === doc ? hitAt(event) : undefined;
    if (hit) hooks.openPopover(hit.id, false);
    else if (state.popover) hooks.closePopover(false);
    else if (state.panelOpen) hooks.togglePanel();
  };
  const onKeydown = (event: KeyboardEvent) => {
    const state = hooks.state();
    if (event.key === 'Escape' && (state.popover || state.panelOpen)) {
      event.stopPropagation();
      hooks.closeAll();
      return;
    }
    // Alt+J / Alt+Shift+J: next / previous finding, with the keyboard in the popover
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyJ' && hooks.hasField()) {
      const next = nextFinding(state, event.shiftKey);
      if (!next) return;
      event.preventDefault();
      hooks.openPopover(next.id, true);
    }
  };
  listenCapture(doc, 'click', trusted(onClick), signal);
  listenCapture(doc, 'keydown', trusted(onKeydown), signal);
  listenCapture(
    doc,
    'mousemove',
    (event) => {
      clearTimeout(hoverTimer);
      const state = hooks.state();
      if (hooks.insideOverlay(event) || !state.underlines.length) return;
      const hit = hitAt(event);
      if (hit && hit.id !== state.popover?.id)
        hoverTimer = setTimeout(() => hooks.openPopover(hit.id, false), HOVER_MS);
    },
    signal,
  );
  if (hostDoc !== doc) {
    listenCapture(hostDoc, 'click', trusted(onClick), signal);
    listenCapture(hostDoc, 'keydown', trusted(onKeydown), signal);
  }
}
