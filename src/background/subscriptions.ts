/**
 * What the agent does from the options page: subscribe to a URL, import a file, remove a pack. Every refusal
 * says why in words the agent can act on; nothing already active is touched by a refused request.
 */
import { formatIssue, loadPack, normalisePublicKey } from '../packs';
import type { ActionResult, SubscribeRequest } from '../messages';
import { ensureAlarms } from './alarms';
import { mutate, packStatesItem, policyItem, subscriptionsItem, type Subscription } from '../storage';
import { packIdUsedBy } from './sync';
import { checkIntervalMinutes, checkPackUrl } from './validate';

export async function subscribe(request: SubscribeRequest, now = Date.now()): Promise<ActionResult> {
  const urlProblem = checkPackUrl(request.url);
  if (urlProblem) return { ok: false, error: urlProblem };
  const url = new URL(request.url.trim()).href;
  let publicKey: string | undefined;
  if (request.publicKey?.trim()) {
    try {
      publicKey = await normalisePublicKey(request.publicKey);
    } catch (error) {
      return { ok: false, error: `Public key: ${(error as Error).message}` };
    }
  }
  if (request.intervalMinutes !== undefined) {
    const intervalProblem = checkIntervalMinutes(request.intervalMinutes);
    if (intervalProblem) return { ok: false, error: `Interval: ${intervalProblem}` };
  }
  return mutate(async () => {
    const subscriptions = await subscriptionsItem.getValue();
    const existing = subscriptions.list.find((s) => s.url === url);
    if (existing)
      return {
        ok: false,
        error:
          existing.source === 'policy'
            ? `${url} is already managed by your organisation`
            : `already subscribed to ${url}`,
      };
    const sub: Subscription = {
      id: url,
      source: 'options',
      url,
      publicKey,
      intervalMinutes: request.intervalMinutes,
      addedAt: now,
    };
    const list = [...subscriptions.list, sub];
    await subscriptionsItem.setValue({ ...subscriptions, list });
    await ensureAlarms(list);
    return { ok: true, id: sub.id };
  });
}

/** Imports a pack file: the same checks as `empathy-coach test` (errors name the file, line and path). */
export async function importPackFile(fileName: string, text: string, now = Date.now()): Promise<ActionResult> {
  const loaded = loadPack(text, fileName);
  if (!loaded.ok) return { ok: false, error: `${fileName} was not imported`, details: loaded.issues.map(formatIssue) };
  const pack = loaded.pack;
  const id = `file:${pack.id}`;
  const conflict = await packIdUsedBy(pack.id, id);
  if (conflict)
    return {
      ok: false,
      error: `${fileName} was not imported`,
      details: [`${fileName}: id: pack id "${pack.id}" is already used by ${conflict}`],
    };
  return mutate(async () => {
    const [subscriptions, states] = await Promise.all([subscriptionsItem.getValue(), packStatesItem.getValue()]);
    const sub: Subscription = {
      id,
      source: 'file',
      addedAt: subscriptions.list.find((s) => s.id === id)?.addedAt ?? now,
    };
    const list = subscriptions.list.some((s) => s.id === id)
      ? subscriptions.list.map((s) => (s.id === id ? sub : s))
      : [...subscriptions.list, sub];
    await subscriptionsItem.setValue({ ...subscriptions, list });
    await packStatesItem.setValue({
      ...states,
      [id]: { active: { pack, file: fileName, fetchedAt: now }, lastCheckedAt: now, failures: 0 },
    });
    return { ok: true, id };
  });
}

export async function unsubscribe(id: string): Promise<ActionResult> {
  const { policy } = await policyItem.getValue();
  return mutate(async () => {
    const [subscriptions, states] = await Promise.all([subscriptionsItem.getValue(), packStatesItem.getValue()]);
    const sub = subscriptions.list.find((s) => s.id === id);
    if (!sub) return { ok: false, error: `no pack "${id}" to remove` };
    if (sub.source === 'policy' && policy.lockSettings)
      return { ok: false, error: 'this pack is managed by your organisation and cannot be removed' };
    const list = subscriptions.list.filter((s) => s.id !== id);
    const dismissedManaged =
      sub.source === 'policy' && sub.url
        ? [...subscriptions.dismissedManaged, sub.url]
        : subscriptions.dismissedManaged;
    const rest = { ...states };
    delete rest[id];
    await subscriptionsItem.setValue({ list, dismissedManaged });
    await packStatesItem.setValue(rest);
    await ensureAlarms(list);
    return { ok: true, id };
  });
}
