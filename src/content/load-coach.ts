/**
 * Loads the coach (engine, packs, overlay: entrypoints/coach.ts) into this frame, once, when the watcher finds a
 * field. A dynamic import of an extension file, run in this content script's isolated world, chosen over an
 * injection by the background by measurement (docs/benchmarks.md): no round trip through a service worker that
 * may be asleep. The file is web-accessible only through the session's dynamic URL (`use_dynamic_url`), which
 * `runtime.getURL` gives, so a page cannot probe a fixed address to learn the extension is installed.
 */
import type { startSession } from './session';

export interface CoachModule {
  startSession: typeof startSession;
}

/** Where entrypoints/coach.ts leaves its API: the isolated world's global, which the page never sees. */
export const COACH_GLOBAL = 'empathyCoachModule';
/** The coach as built (WXT's output path for the unlisted script entrypoints/coach.ts). */
export const COACH_SCRIPT = '/coach.js';

export async function loadCoach(): Promise<CoachModule> {
  const scope = globalThis as { [COACH_GLOBAL]?: CoachModule };
  if (!scope[COACH_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(COACH_SCRIPT));
  const loaded = scope[COACH_GLOBAL];
  if (!loaded) throw new Error(`Empathy Coach: ${COACH_SCRIPT} loaded but did not define the coach`);
  return loaded;
}
