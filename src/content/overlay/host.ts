/**
 * The overlay's host: one <empathy-coach> element with an open shadow root, outside any editor (a child of
 * <html>), shown in the top layer so that no page z-index, transform or fixed chat widget can cover it.
 */
import { STYLES } from './styles';

export interface OverlayHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** Where hidden measuring elements live (textarea mirrors). */
  measure: HTMLElement;
  /** Brings the overlay back above anything the page put in the top layer since. */
  raise(): void;
  /**
   * Hides the underline boxes from the `index`th on (null: shows all). Boxes are in text order, so the ones
   * after a keystroke are a tail: one style rule hides them until the next analysis places them again.
   */
  hideUnderlinesFrom(index: number | null): void;
  dispose(): void;
}

// Host styles inline and !important: page stylesheets may target unknown elements or `html > *`.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
  'display: block',
  'color-scheme: light',
]
  .map((rule) => `${rule} !important`)
  .join(';');

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('empathy-coach');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const stale = doc.createElement('style');
  const mount = doc.createElement('div');
  const measure = doc.createElement('div');
  measure.setAttribute('aria-hidden', 'true');
  shadow.append(style, stale, measure, mount);
  let hiddenFrom: number | null = null;
  const supportsPopover = typeof host.showPopover === 'function';
  if (supportsPopover) host.setAttribute('popover', 'manual');
  doc.documentElement.append(host);
  const raise = () => {
    if (!supportsPopover || !host.isConnected) return;
    // hide + show moves it to the top of the top layer
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  raise();
  const hideUnderlinesFrom = (index: number | null) => {
    if (index === hiddenFrom) return;
    hiddenFrom = index;
    stale.textContent = index === null ? '' : `.clip > :nth-child(n + ${index + 1}) { visibility: hidden; }`;
  };
  return { host, mount, measure, raise, hideUnderlinesFrom, dispose: () => host.remove() };
}

/**
 * A hidden host for measuring in a field's own document (textarea mirrors need its fonts and styles) when the
 * overlay itself is drawn in an ancestor document (see frames.ts).
 */
export function createMeasureHost(doc: Document): { measure: HTMLElement; dispose(): void } {
  const host = doc.createElement('empathy-coach');
  host.setAttribute('style', `${HOST_STYLE};visibility: hidden !important`);
  host.setAttribute('aria-hidden', 'true');
  const measure = doc.createElement('div');
  host.attachShadow({ mode: 'open' }).append(measure);
  doc.documentElement.append(host);
  return { measure, dispose: () => host.remove() };
}
