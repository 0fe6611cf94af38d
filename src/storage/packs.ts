/**
 * Everything pack sync knows lives in storage.local, declared once here with a version: the service worker may
 * be stopped between any two awaits, so nothing survives in memory. The background worker is the only writer
 * of these items (pages ask it by message) and serialises its writes with `mutate`, so two syncs finishing
 * together cannot lose each other's update. Content scripts and the options page only read and watch them.
 */
import { storage } from '#imports';
import type { PackSpec } from '../engine';
import { mutate } from './mutate';

/** Where a subscription came from: the options page (a URL), an imported file, or enterprise policy. */
export type SubscriptionSource = 'options' | 'file' | 'policy';

export interface Subscription {
  /** The pack URL, or "file:<pack id>" for an imported file. */
  id: string;
  source: SubscriptionSource;
  url?: string;
  /** Pinned public key (base64 SPKI): the pack is activated only with a valid `<url>.sig` by its private key. */
  publicKey?: string;
  /** The key the agent pinned before a policy took the subscription over: kept while the policy names none. */
  agentKey?: string;
  /** Minutes between syncs; DEFAULT_INTERVAL_MINUTES when unset. */
  intervalMinutes?: number;
  addedAt: number;
}

export interface Subscriptions {
  /** In the order the agent added them; policy packs in the policy's order. */
  list: Subscription[];
  /** Managed pack URLs the agent removed (only possible when the policy does not lock settings). */
  dismissedManaged: string[];
}

/** A pack that passed every check, with what conditional requests need to ask "has it changed?". */
export interface ActivePack {
  pack: PackSpec;
  /** The URL or file name it was read from. */
  file: string;
  etag?: string;
  lastModified?: string;
  /** When this version was fetched (or imported): it identifies the version for open tabs. */
  fetchedAt: number;
  /** The pinned key its signature verified with: when the pinned key changes, the pack is fetched in full again. */
  verifiedWith?: string;
  /** Where the server's redirects led, when not to `file`. */
  finalUrl?: string;
}

export type SyncErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'signature'
  | 'pack'
  | 'conflict'
  | 'redirect'
  | 'cors'
  | 'stale'
  | 'storage';

/** Why the last sync did not activate a new version: which file, what, when. */
export interface SyncError {
  at: number;
  file: string;
  kind: SyncErrorKind;
  /** One line per problem; pack problems are "file:line:col: path: message", as the CLI prints them. */
  messages: string[];
}

export interface PackState {
  /** The last good version; it stays active whatever later syncs bring. */
  active?: ActivePack;
  /** Last time the server answered with a usable pack or "not modified". */
  lastCheckedAt?: number;
  lastAttemptAt?: number;
  error?: SyncError;
  /** Failed syncs in a row, for the retry backoff. */
  failures: number;
  /** Set while a sync runs; a stale value means the worker was stopped midway (and nothing changed). */
  syncingSince?: number;
}

export interface ManagedPackEntry {
  url: string;
  publicKey?: string;
  /** Minutes between syncs. */
  interval?: number;
}

/** The enterprise policy (storage.managed), normalised. */
export interface ManagedPolicy {
  packs: ManagedPackEntry[];
  disabledRules: string[];
  enabledSites: string[];
  disabledSites: string[];
  /** Agents cannot remove managed packs or turn on/off their rules. */
  lockSettings: boolean;
}

export interface PolicyState {
  /** True when an administrator set any policy for the extension. */
  managed: boolean;
  policy: ManagedPolicy;
  /** Policy values that were ignored, and why. */
  problems: string[];
  readAt: number;
}

export const DEFAULT_INTERVAL_MINUTES = 6 * 60;
export const EMPTY_POLICY: ManagedPolicy = {
  packs: [],
  disabledRules: [],
  enabledSites: [],
  disabledSites: [],
  lockSettings: false,
};

export const subscriptionsItem = storage.defineItem<Subscriptions>('local:subscriptions', {
  fallback: { list: [], dismissedManaged: [] },
  version: 1,
});

/** Sync state per subscription id. */
export const packStatesItem = storage.defineItem<Record<string, PackState>>('local:packStates', {
  fallback: {},
  version: 1,
});

/** The policy as the background last read it from storage.managed, so pages and tabs read one normalised copy. */
export const policyItem = storage.defineItem<PolicyState>('local:policy', {
  fallback: { managed: false, policy: EMPTY_POLICY, problems: [], readAt: 0 },
  version: 1,
});

export async function updatePackState(
  id: string,
  change: (state: PackState) => PackState | null,
): Promise<PackState | null> {
  return mutate(async () => {
    const states = await packStatesItem.getValue();
    const next = change(states[id] ?? { failures: 0 });
    const copy = { ...states };
    if (next) copy[id] = next;
    else delete copy[id];
    await packStatesItem.setValue(copy);
    return next;
  });
}
