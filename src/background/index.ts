/**
 * The background worker's pack distribution: subscriptions, sync, signatures and enterprise policy. Thin by
 * design: every piece of state is in storage (./store), so the worker can be stopped and woken at any moment.
 */
import { browser } from '#imports';
import { clearInsights, recordInsights, rollUpInsights } from '../insights/store';
import { isMessage, type Message, type Replies } from '../messages';
import { fromExtensionPage, senderMayAsk, type MessageSender } from '../messages/senders';
import { answerSettingsChange } from '../settings/changes';
import { ensureAlarms, subscriptionOfAlarm } from './alarms';
import { applyPolicy } from './policy';
import { refreshSiteScripts } from './sites';
import { subscriptionsItem } from '../storage';
import { createSuggestMenu, listenToSuggestMenu, openStudioWithWords } from './studio';
import { importPackFile, subscribe, unsubscribe } from './subscriptions';
import { syncAll, syncSubscription, type SyncOptions } from './sync';

export { ensureAlarms, intervalOf } from './alarms';
export { fetchPack, MAX_PACK_BYTES, type FetchLimits, type FetchResult } from './fetch-pack';
export { applyPolicy, normalisePolicy, readManagedStorage } from './policy';
export { watchSiteScripts } from './sites';
export { importPackFile, subscribe, unsubscribe } from './subscriptions';
export { signatureUrl, syncAll, syncSubscription, type SyncOptions } from './sync';
export { createSuggestMenu, listenToSuggestMenu } from './studio';
export { checkIntervalMinutes, checkPackUrl, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './validate';

/** Reads the policy, sets the alarms and syncs everything: on install, on browser start. */
export async function refreshAll(options: SyncOptions = {}): Promise<void> {
  await applyPolicy();
  await ensureAlarms((await subscriptionsItem.getValue()).list);
  await syncAll(options);
}

/** A policy change: apply it live, and sync the managed packs it added or re-keyed. */
export async function onPolicyChanged(options: SyncOptions = {}): Promise<void> {
  const changed = await applyPolicy();
  await ensureAlarms((await subscriptionsItem.getValue()).list);
  await Promise.all(changed.map((id) => syncSubscription(id, options)));
}

/** Answers a message; a throw (the storage quota, a bug) becomes a refusal the page can show, never a hang. */
export async function handleMessage(
  message: Exclude<Message, { kind: 'get-report' }>,
  options: SyncOptions = {},
  fromPage = true,
): Promise<Replies[typeof message.kind]> {
  try {
    return await answer(message, options, fromPage);
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error);
    if (
      message.kind === 'subscribe' ||
      message.kind === 'unsubscribe' ||
      message.kind === 'import-pack' ||
      message.kind === 'update-settings'
    )
      return { ok: false, error: reason };
    throw error;
  }
}

async function answer(
  message: Exclude<Message, { kind: 'get-report' }>,
  options: SyncOptions,
  fromPage: boolean,
): Promise<Replies[typeof message.kind]> {
  switch (message.kind) {
    case 'sync-now':
      return message.subscription ? [await syncSubscription(message.subscription, options)] : syncAll(options);
    case 'subscribe': {
      const result = await subscribe(message);
      if (result.ok) await syncSubscription(result.id, options);
      return result;
    }
    case 'unsubscribe':
      return unsubscribe(message.subscription);
    case 'import-pack':
      return importPackFile(message.fileName, message.text);
    case 'record-insights':
      return recordInsights(message.delta);
    case 'clear-insights':
      return clearInsights();
    case 'suggest-rule':
      return openStudioWithWords(message.words);
    case 'update-settings':
      return answerSettingsChange(message.change, fromPage);
  }
}

/** Registers the worker's listeners; call once, synchronously, when the worker starts (MV3 needs them at top level). */
export function startBackground(options: SyncOptions = {}): void {
  // one listener each: an install (or update) and a browser start bring packs, policy and site scripts in line
  const started = () => {
    void refreshAll(options);
    void refreshSiteScripts();
  };
  browser.runtime.onInstalled.addListener(() => {
    started();
    // "Suggest a rule" on text selected in a draft opens the pack studio with it (menus persist once created)
    createSuggestMenu();
  });
  listenToSuggestMenu();
  browser.runtime.onStartup.addListener(() => {
    started();
    void rollUpInsights();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    const id = subscriptionOfAlarm(alarm.name);
    if (id !== null) void syncSubscription(id, options);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void onPolicyChanged(options);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (!isMessage(message) || message.kind === 'get-report') return undefined;
    const [id, origin] = [browser.runtime.id, browser.runtime.getURL('/')];
    if (!senderMayAsk(message.kind, sender, id, origin)) return undefined;
    return handleMessage(message, options, fromExtensionPage(sender, id, origin));
  });
}
