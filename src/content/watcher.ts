/**
 * What every frame of a coached page runs until the agent writes (issue 17): a few listeners that wait for a
 * coachable field to get focus or input, and nothing else. No storage read, no engine, no overlay: a page full of
 * iframes that never hold a field pays almost nothing. The first such field hands over to the coach (loaded then,
 * once per frame), which takes the field over from there.
 */
import { coachableTarget } from './eligibility';

export interface WatcherOptions {
  /** Whether single-line inputs are coached here (a per-site setting): asked only when one gets focus. */
  inputsCoached(): Promise<boolean>;
  /** The first coachable field of this frame: load the coach and start it on `target`. Called at most once. */
  start(target: EventTarget): void;
}

export function watchForFields(doc: Document, options: WatcherOptions, signal: AbortSignal): void {
  const stop = new AbortController();
  const done = AbortSignal.any([signal, stop.signal]);
  let asking = false;
  const consider = (target: EventTarget | null) => {
    if (stop.signal.aborted || !target || !coachableTarget(target, { inputs: true })) return;
    if (coachableTarget(target, { inputs: false })) return handOver(target);
    // a single-line input: coached only on the sites the agent chose, which takes a storage read
    if (asking) return;
    asking = true;
    void options
      .inputsCoached()
      .then((coached) => coached && doc.activeElement === target && handOver(target))
      .catch(() => undefined)
      .finally(() => (asking = false));
  };
  const handOver = (target: EventTarget) => {
    if (stop.signal.aborted) return;
    stop.abort();
    options.start(target);
  };
  const listen = { capture: true, passive: true, signal: done };
  doc.addEventListener('focusin', (event) => consider(event.composedPath()[0] ?? event.target), listen);
  doc.addEventListener('input', (event) => consider(event.composedPath()[0] ?? event.target), listen);
  // A field focused before this script ran, or focused without a focus event reaching us (autofocus inside a
  // composer rendered after load): checked once a frame at most, when the page adds or removes nodes.
  let check = 0;
  const observer = new MutationObserver(() => {
    if (check) return;
    check = requestAnimationFrame(() => {
      check = 0;
      consider(focused(doc));
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  done.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(check);
  });
  consider(focused(doc));
}

function focused(doc: Document): Element | null {
  const active = doc.activeElement;
  return active && active !== doc.body ? active : null;
}
