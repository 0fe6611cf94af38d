/**
 * browser.alarms wake the worker to sync: one repeating alarm per subscription ("sync:<id>", every interval),
 * and a one-off "retry:<id>" after a failed sync, backing off 1, 2, 4… minutes up to the interval. Alarms
 * persist across worker restarts; ensureAlarms reconciles them with the subscriptions.
 */
import { browser } from '#imports';
import { DEFAULT_INTERVAL_MINUTES, type Subscription } from '../storage';

const SYNC = 'sync:';
const RETRY = 'retry:';

export function intervalOf(sub: Subscription): number {
  return sub.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
}

export async function ensureAlarms(list: readonly Subscription[]): Promise<void> {
  const wanted = new Map(list.filter((s) => s.url).map((s) => [`${SYNC}${s.id}`, intervalOf(s)]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    const id = subscriptionOfAlarm(alarm.name);
    if (id === null) continue;
    if (!wanted.has(`${SYNC}${id}`)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, period] of wanted) {
    const alarm = existing.find((a) => a.name === name);
    if (alarm?.periodInMinutes === period) continue;
    await browser.alarms.create(name, { delayInMinutes: period, periodInMinutes: period });
  }
}

export async function scheduleRetry(sub: Subscription, failures: number): Promise<void> {
  const delay = Math.min(intervalOf(sub), 2 ** Math.min(Math.max(failures - 1, 0), 12));
  await browser.alarms.create(`${RETRY}${sub.id}`, { delayInMinutes: delay });
}

/** The subscription id an alarm of ours is for, or null for another alarm. */
export function subscriptionOfAlarm(name: string): string | null {
  if (name.startsWith(SYNC)) return name.slice(SYNC.length);
  if (name.startsWith(RETRY)) return name.slice(RETRY.length);
  return null;
}
