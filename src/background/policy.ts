/**
 * Enterprise policy: what IT sets in storage.managed (see public/managed_schema.json), read by the background,
 * normalised and mirrored to storage.local so tabs and pages read one checked copy. Managed packs become
 * subscriptions with source "policy"; a value that cannot be used is dropped with a problem the options page
 * shows, never silently.
 */
import { browser, storage } from '#imports';
import { checkIntervalMinutes, checkPackUrl } from './validate';
import { normalisePublicKey } from '../packs';
import {
  mutate,
  packStatesItem,
  policyItem,
  subscriptionsItem,
  type ManagedPackEntry,
  type ManagedPolicy,
  type PolicyState,
  type Subscription,
} from '../storage';

export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    // Firefox rejects when no policy names the extension; Chrome when the manifest has no schema
    return {};
  }
}

export async function normalisePolicy(
  raw: Record<string, unknown>,
): Promise<{ policy: ManagedPolicy; problems: string[] }> {
  const problems: string[] = [];
  const strings = (name: keyof ManagedPolicy): string[] => {
    const value = raw[name];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${name}: expected a list of text, ignored`);
      return [];
    }
    return value.filter((v, i) => {
      if (typeof v === 'string' && v.trim()) return true;
      problems.push(`${name}[${i}]: expected text, ignored`);
      return false;
    });
  };
  const packs: ManagedPackEntry[] = [];
  if (raw.packs !== undefined && !Array.isArray(raw.packs))
    problems.push('packs: expected a list of {url, publicKey, interval}, ignored');
  for (const [i, entry] of (Array.isArray(raw.packs) ? raw.packs : []).entries()) {
    const where = `packs[${i}]`;
    if (!entry || typeof entry !== 'object' || typeof (entry as ManagedPackEntry).url !== 'string') {
      problems.push(`${where}: expected {url, publicKey, interval} with a url, ignored`);
      continue;
    }
    const { url, publicKey, interval } = entry as Partial<ManagedPackEntry>;
    const urlProblem = checkPackUrl(url!);
    if (urlProblem) {
      problems.push(`${where}.url: ${urlProblem}, ignored`);
      continue;
    }
    const normalised: ManagedPackEntry = { url: new URL(url!).href };
    if (publicKey !== undefined && publicKey !== '') {
      try {
        normalised.publicKey = await normalisePublicKey(String(publicKey));
      } catch (error) {
        // a pack whose pinned key is unreadable must not be fetched unsigned: leave the pack out
        problems.push(`${where}.publicKey: ${(error as Error).message}; the pack is not used`);
        continue;
      }
    }
    if (interval !== undefined) {
      const intervalProblem = checkIntervalMinutes(interval);
      if (intervalProblem) problems.push(`${where}.interval: ${intervalProblem}; using the default`);
      else normalised.interval = interval;
    }
    if (packs.some((p) => p.url === normalised.url)) {
      problems.push(`${where}.url: listed twice, ignored`);
      continue;
    }
    packs.push(normalised);
  }
  const disabledRules = strings('disabledRules');
  const enabledSites = strings('enabledSites');
  const disabledSites = strings('disabledSites');
  const lock = raw.lockSettings;
  if (lock !== undefined && typeof lock !== 'boolean') problems.push('lockSettings: expected true or false, ignored');
  return { policy: { packs, disabledRules, enabledSites, disabledSites, lockSettings: lock === true }, problems };
}

/**
 * Reads the policy, mirrors it, and reconciles the managed subscriptions with it. Returns the ids of managed
 * subscriptions that are new or whose URL/key changed: they need a sync now.
 */
export async function applyPolicy(now = Date.now()): Promise<string[]> {
  const raw = await readManagedStorage();
  const { policy, problems } = await normalisePolicy(raw);
  const state: PolicyState = { managed: Object.keys(raw).length > 0, policy, problems, readAt: now };
  return mutate(async () => {
    const [subscriptions, states] = await Promise.all([subscriptionsItem.getValue(), packStatesItem.getValue()]);
    const wanted = new Map(policy.packs.map((p) => [p.url, p]));
    const dismissed = subscriptions.dismissedManaged.filter((url) => wanted.has(url) && !policy.lockSettings);
    const changed: string[] = [];
    const list: Subscription[] = [];
    for (const sub of subscriptions.list) {
      const entry = sub.url ? wanted.get(sub.url) : undefined;
      if (sub.source === 'policy' && (!entry || dismissed.includes(entry.url))) continue; // no longer managed
      if (!entry) {
        list.push(sub);
        continue;
      }
      // managed now (an agent's own subscription to the same URL is taken over by the policy). A policy that names
      // the URL without a key does not drop the key the agent pinned: it is kept, and used while the policy has none.
      const agentKey = sub.source === 'policy' ? sub.agentKey : sub.publicKey;
      const next: Subscription = {
        id: sub.id,
        source: 'policy',
        url: entry.url,
        publicKey: entry.publicKey ?? agentKey,
        intervalMinutes: entry.interval,
        addedAt: sub.addedAt,
        ...(agentKey && { agentKey }),
      };
      if (next.publicKey !== sub.publicKey || sub.source !== 'policy') changed.push(sub.id);
      list.push(next);
    }
    for (const entry of policy.packs) {
      if (dismissed.includes(entry.url) || list.some((s) => s.url === entry.url)) continue;
      list.push({
        id: entry.url,
        source: 'policy',
        url: entry.url,
        publicKey: entry.publicKey,
        intervalMinutes: entry.interval,
        addedAt: now,
      });
      changed.push(entry.url);
    }
    const kept = new Set(list.map((s) => s.id));
    const nextStates = Object.fromEntries(Object.entries(states).filter(([id]) => kept.has(id)));
    // one storage write: a worker stopped here leaves either the old policy or the new one, never half
    await storage.setItems([
      { item: subscriptionsItem, value: { list, dismissedManaged: dismissed } },
      { item: packStatesItem, value: nextStates },
      { item: policyItem, value: state },
    ]);
    return changed;
  });
}
