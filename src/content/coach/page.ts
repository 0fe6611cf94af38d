/**
 * What the page does around the coached field: scrolls, resizes and fonts (the underlines are placed again), a
 * frame going away, and changes to its nodes, checked at most once a frame.
 */
export interface PageHooks {
  requestLayout(): void;
  /** The field's frame is hidden or navigated away (a field in an iframe whose overlay is in an ancestor). */
  frameHidden(): void;
  /** Mutations that need no check (typing in the coached field, the common case): skipped before asking for a frame. */
  ignore(records: MutationRecord[]): boolean;
  /** Once a frame at most after the page's nodes changed: in that frame, before it is drawn. */
  check(): void;
}

export function watchPage(doc: Document, hostDoc: Document, signal: AbortSignal, hooks: PageHooks): void {
  const win = doc.defaultView!;
  const hostWin = hostDoc.defaultView!;
  const listen = { capture: true, passive: true, signal };
  if (hostDoc !== doc) {
    hostDoc.addEventListener('scroll', () => hooks.requestLayout(), listen);
    hostWin.addEventListener('resize', () => hooks.requestLayout(), { signal, passive: true });
    // the frame goes away (removed, navigated) without always ending this script first
    win.addEventListener('pagehide', () => hooks.frameHidden(), { signal });
  }
  // Editors created after the page loaded and focused without a focus event reaching us (autofocus inside a
  // late-rendered composer), composers removed while coached, and a page whose layout moves the field without
  // a scroll or a resize (a banner shown above it, a message added to the thread): watched here, at most once a
  // frame, in the field's document and in the overlay's (which holds the field's iframe).
  let domCheck = 0;
  const pageObserver = new MutationObserver((records) => {
    if (domCheck || hooks.ignore(records)) return;
    domCheck = win.requestAnimationFrame(() => {
      domCheck = 0;
      hooks.check();
    });
  });
  // Nodes added and removed only: attributes change inside editors at every keystroke (a callback each on the
  // typing path, measured), and a page shows and hides its parts mostly by rendering them.
  const watched: MutationObserverInit = { childList: true, subtree: true };
  pageObserver.observe(doc.documentElement, watched);
  if (hostDoc !== doc) pageObserver.observe(hostDoc.documentElement, watched);
  signal.addEventListener('abort', () => pageObserver.disconnect());
  doc.addEventListener('scroll', () => hooks.requestLayout(), listen);
  win.addEventListener('resize', () => hooks.requestLayout(), { signal, passive: true });
  doc.fonts?.addEventListener('loadingdone', () => hooks.requestLayout(), { signal });
}
