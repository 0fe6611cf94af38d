/**
 * Loads the coach into this frame, once, when the watcher finds a field, in two parts (docs/benchmarks.md):
 * `coach.js` (entrypoints/coach.ts: the overlay, the session and the first pass, engine/quick.ts), which draws the
 * first underlines, and then `coach-engine.js` (entrypoints/coach-engine.ts: compromise, the language detector,
 * the scores), which takes over. Each is a dynamic import of an extension file, run in this content script's
 * isolated world, chosen over an injection by the background by measurement: no round trip through a service
 * worker that may be asleep. The files are web-accessible only through the session's dynamic URL
 * (`use_dynamic_url`), which `runtime.getURL` gives, so a page cannot probe a fixed address to learn the extension
 * is installed.
 */
import type { createMultilingualAnalyzer } from '../engine/lang/multilingual';
import type { startSession } from './session';

export interface CoachModule {
  startSession: typeof startSession;
}

export interface EngineModule {
  createMultilingualAnalyzer: typeof createMultilingualAnalyzer;
}

/** Where entrypoints/coach.ts leaves its API: the isolated world's global, which the page never sees. */
export const COACH_GLOBAL = 'empathyCoachModule';
/** The coach as built (WXT's output path for the unlisted script entrypoints/coach.ts). */
export const COACH_SCRIPT = '/coach.js' as const;
/** Where entrypoints/coach-engine.ts leaves its API. */
export const ENGINE_GLOBAL = 'empathyCoachEngine';
/** The full engine as built (entrypoints/coach-engine.ts). */
export const ENGINE_SCRIPT = '/coach-engine.js' as const;

async function loadOnce<T>(script: typeof COACH_SCRIPT | typeof ENGINE_SCRIPT, global: string): Promise<T> {
  const scope = globalThis as Record<string, unknown>;
  if (!scope[global]) await import(/* @vite-ignore */ browser.runtime.getURL(script));
  const loaded = scope[global];
  if (!loaded) throw new Error(`Empathy Coach: ${script} loaded but did not define ${global}`);
  return loaded as T;
}

export const loadCoach = () => loadOnce<CoachModule>(COACH_SCRIPT, COACH_GLOBAL);
export const loadEngine = () => loadOnce<EngineModule>(ENGINE_SCRIPT, ENGINE_GLOBAL);
