/** What the background answers to the options page's actions: the reply shapes of src/messages. */
import type { SyncError } from '../storage';

/** Subscribing, importing or removing a pack: done (with the subscription's id), or refused and why. */
export type ActionResult = { ok: true; id: string } | { ok: false; error: string; details?: string[] };

export interface SubscribeRequest {
  url: string;
  publicKey?: string;
  intervalMinutes?: number;
}

/** One subscription's sync. */
export interface SyncOutcome {
  id: string;
  /** updated: a new version is active · unchanged: 304 · failed: the last good version stays · skipped: nothing to fetch */
  result: 'updated' | 'unchanged' | 'failed' | 'skipped';
  /** The active version afterwards. */
  version?: string;
  error?: SyncError;
}
