/**
 * The insights in storage.local, declared once with a version. The background worker is the only writer: every
 * tab and frame reports its counts by message, and the worker adds them one at a time (`mutate`), so two tabs
 * reporting together cannot lose each other's counts, which a read-modify-write from each tab could.
 */
import { insightsItem } from '../storage/insights';
import { mutate } from '../storage/mutate';
import { addDelta, checkDelta, dayKey, EMPTY_INSIGHTS, rollUp } from './counts';

export { insightsItem };

/** Adds a tab's report; returns false (and records nothing) when it does not check out. */
export async function recordInsights(delta: unknown, now = new Date()): Promise<boolean> {
  const today = dayKey(now);
  const checked = checkDelta(delta, today);
  if (!checked) return false;
  await mutate(async () => insightsItem.setValue(addDelta(await insightsItem.getValue(), checked, today)));
  return true;
}

/** Rolls old days up without a report: the options page shows the year as of today even after a quiet month. */
export async function rollUpInsights(now = new Date()): Promise<void> {
  await mutate(async () => {
    const current = await insightsItem.getValue();
    const next = rollUp(current, dayKey(now));
    if (next !== current) await insightsItem.setValue(next);
  });
}

/** "Clear my data": every count goes. */
export async function clearInsights(): Promise<void> {
  await mutate(() => insightsItem.setValue(EMPTY_INSIGHTS));
}
