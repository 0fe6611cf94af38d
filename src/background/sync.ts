/**
 * Syncing one subscription: fetch (conditionally) → signature (when a key is pinned) → parse, validate, compile,
 * run the pack's examples → check its id → activate. Activation is one storage write at the very end, so a
 * worker stopped anywhere before it leaves the last good version active; any failure keeps that version too
 * and records which file, what and when for the options page.
 */
import type { SyncOutcome } from '../messages';
import {
  BUILTIN_PACKS,
  compareVersions,
  formatIssue,
  loadPack,
  verifyPackSignature,
  type PackLoadResult,
} from '../packs';
import { scheduleRetry } from './alarms';
import { fetchPack, type FetchLimits } from './fetch-pack';
import {
  mutate,
  packStatesItem,
  subscriptionsItem,
  updatePackState,
  type PackState,
  type Subscription,
  type SyncError,
  type SyncErrorKind,
} from '../storage';

export interface SyncOptions extends FetchLimits {
  now?: () => number;
}

/** The signature of a pack lives beside it: the URL's path + ".sig" (a query string stays a query string). */
export function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname += '.sig';
  return u.href;
}

const running = new Map<string, Promise<SyncOutcome>>();

/** Syncs one subscription; a sync of the same subscription already under way is joined, not repeated. */
export function syncSubscription(id: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  const current = running.get(id);
  if (current) return current;
  const run = syncOnce(id, options).finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

export async function syncAll(options: SyncOptions = {}): Promise<SyncOutcome[]> {
  const { list } = await subscriptionsItem.getValue();
  return Promise.all(list.filter((s) => s.url).map((s) => syncSubscription(s.id, options)));
}

/**
 * Whatever throws during a sync (the browser's storage quota, a bug of ours) is recorded like any failure: the
 * error is shown, a retry is scheduled and the "syncing" marker is cleared, so the options page never waits on it.
 */
async function syncOnce(id: string, options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  try {
    return await syncSteps(id, options);
  } catch (thrown) {
    const sub = (await subscriptionsItem.getValue().catch(() => undefined))?.list.find((s) => s.id === id);
    const message = (thrown as Error)?.message ?? String(thrown);
    const quota = /quota/i.test(message);
    const error: SyncError = {
      at: now(),
      file: sub?.url ?? id,
      kind: quota ? 'storage' : 'pack',
      messages: [
        `${sub?.url ?? id}: ${quota ? `the browser refused to store the pack (${message}); it may be too large for the extension's storage` : message}`,
      ],
    };
    // when storage itself refuses the write, nothing more can be recorded; the retry still comes
    const after = await updatePackState(id, (s) => ({
      ...s,
      error,
      failures: s.failures + 1,
      syncingSince: undefined,
    })).catch(() => null);
    if (sub) await scheduleRetry(sub, after?.failures ?? 1).catch(() => undefined);
    return { id, result: 'failed', version: after?.active?.pack.version, error };
  }
}

async function syncSteps(id: string, options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  const sub = (await subscriptionsItem.getValue()).list.find((s) => s.id === id);
  if (!sub?.url) return { id, result: 'skipped' };
  const url = sub.url;
  const commit = (change: (state: PackState) => PackState) => commitIfStillSubscribed(sub, change);

  const started = now();
  const before = await commit((s) => ({ ...s, syncingSince: started, lastAttemptAt: started }));
  if (!before) return { id, result: 'skipped' };
  const active = before.active;

  const fail = async (kind: SyncErrorKind, file: string, messages: string[]): Promise<SyncOutcome> => {
    const error: SyncError = { at: now(), file, kind, messages };
    const after = await commit((s) => ({ ...s, error, failures: s.failures + 1, syncingSince: undefined }));
    if (after) await scheduleRetry(sub, after.failures);
    return { id, result: 'failed', version: after?.active?.pack.version, error };
  };

  // Ask "changed since?" only about a version verified under the key pinned now: after a key change, fetch in full.
  const conditional = active && active.file === url && active.verifiedWith === sub.publicKey ? active : undefined;
  const headers: Record<string, string> = {};
  if (conditional?.etag) headers['if-none-match'] = conditional.etag;
  if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;

  const response = await fetchPack(url, headers, options);
  if (!response.ok) return fail(response.kind, url, [`${url}: ${response.message}`]);
  if (response.status === 304) {
    if (!conditional)
      return fail('http', url, [`${url}: HTTP 304 Not Modified, but there is no earlier version to keep`]);
    await commit((s) => ({ ...s, lastCheckedAt: now(), error: undefined, failures: 0, syncingSince: undefined }));
    return { id, result: 'unchanged', version: conditional.pack.version };
  }

  if (sub.publicKey) {
    const sigUrl = signatureUrl(url);
    const signature = await fetchPack(sigUrl, {}, { ...options, maxBytes: 4096 });
    if (!signature.ok)
      return fail('signature', sigUrl, [`${sigUrl}: the pack's signature could not be fetched: ${signature.message}`]);
    if (signature.status === 304)
      return fail('signature', sigUrl, [`${sigUrl}: HTTP 304 for a request that was not conditional`]);
    let valid: boolean;
    try {
      valid = await verifyPackSignature(response.bytes, new TextDecoder().decode(signature.bytes), sub.publicKey);
    } catch (error) {
      return fail('signature', sigUrl, [`${sigUrl}: ${(error as Error).message}`]);
    }
    if (!valid) {
      return fail('signature', sigUrl, [
        `${sigUrl}: the signature does not match the pinned public key: the pack changed after it was signed, or another key signed it`,
      ]);
    }
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(response.bytes);
  } catch {
    return fail('pack', url, [`${url}: not UTF-8 text`]);
  }
  const loaded = loadPack(text, url);
  if (!loaded.ok) return fail('pack', url, loaded.issues.map(formatIssue));
  const stale = sub.publicKey ? staleOrSwapped(loaded, active, sub.publicKey) : null;
  if (stale) return fail('stale', url, [`${url}: ${stale}`]);
  const conflict = await packIdUsedBy(loaded.pack.id, id);
  if (conflict)
    return fail('conflict', url, [
      `${url}: id: pack id "${loaded.pack.id}" is already used by ${conflict}; packs need distinct ids`,
    ]);

  const fetchedAt = now();
  const after = await commit(() => ({
    active: {
      pack: loaded.pack,
      file: url,
      etag: response.etag,
      lastModified: response.lastModified,
      fetchedAt,
      verifiedWith: sub.publicKey,
      ...(response.finalUrl && { finalUrl: response.finalUrl }),
    },
    lastCheckedAt: fetchedAt,
    lastAttemptAt: started,
    failures: 0,
  }));
  if (!after) return { id, result: 'skipped' };
  return { id, result: 'updated', version: loaded.pack.version };
}

/**
 * A signature proves who made a pack, not that it is this subscription's newest: a server (or whoever controls
 * it) could serve an older signed version again, or another pack signed with the same key. Under one pinned key,
 * a subscription's pack keeps its id and its version never goes down.
 */
function staleOrSwapped(
  loaded: Extract<PackLoadResult, { ok: true }>,
  active: PackState['active'],
  publicKey: string,
): string | null {
  if (!active || active.verifiedWith !== publicKey) return null;
  const { id, version } = loaded.pack;
  if (id !== active.pack.id)
    return `the signed pack is "${id}", but this subscription's pack is "${active.pack.id}": another pack signed with the same key is refused`;
  if (compareVersions(version, active.pack.version) < 0) {
    return `version ${version} is older than version ${active.pack.version}, already active: an older signed version is refused (publish a higher version to roll back)`;
  }
  return null;
}

/**
 * Writes a subscription's state only while it is still subscribed with the same URL and key: a sync that
 * finishes after the agent removed the pack, or after the policy changed its key, changes nothing.
 */
async function commitIfStillSubscribed(
  sub: Subscription,
  change: (state: PackState) => PackState,
): Promise<PackState | null> {
  return mutate(async () => {
    const current = (await subscriptionsItem.getValue()).list.find((s) => s.id === sub.id);
    if (!current || current.url !== sub.url || current.publicKey !== sub.publicKey) return null;
    const states = await packStatesItem.getValue();
    const next = change(states[sub.id] ?? { failures: 0 });
    await packStatesItem.setValue({ ...states, [sub.id]: next });
    return next;
  });
}

/** Who else uses a pack id: the built-in pack, or another subscription's active pack. */
export async function packIdUsedBy(packId: string, selfId: string): Promise<string | null> {
  if (BUILTIN_PACKS.some((p) => p.id === packId)) return `the built-in pack "${packId}"`;
  const [{ list }, states] = await Promise.all([subscriptionsItem.getValue(), packStatesItem.getValue()]);
  const other = list.find((s) => s.id !== selfId && states[s.id]?.active?.pack.id === packId);
  return other ? (other.url ?? states[other.id]!.active!.file) : null;
}
