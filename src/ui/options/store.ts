/**
 * The options page's state: a zustand store bound to the storage items it shows (kept current by watching
 * them) plus the actions, which go to the background by message (the only writer of pack state) or, for the
 * agent's own rule choices, to settings.
 */
import { createStore } from 'zustand/vanilla';
import type { ActionResult, SubscribeRequest, SyncOutcome } from '../../messages';
import {
  packStatesItem,
  policyItem,
  subscriptionsItem,
  type PackState,
  type PolicyState,
  type Subscriptions,
} from '../../storage';
import { sendToBackground } from '../../messages';
import { siteMatches } from '../../content/sites';
import type { Severity } from '../../engine/types';
import {
  DEFAULT_SETTINGS,
  ignorePhrase,
  setRuleEnabled,
  settingsItem,
  unignorePhrase,
  changeSettings,
  type Settings,
} from '../../settings';
import { parseSettingsFile } from '../../settings/transfer';

export type SettingsImportResult = { ok: true; needPermission: string[] } | { ok: false; errors: string[] };

export interface OptionsState {
  loaded: boolean;
  subscriptions: Subscriptions;
  states: Record<string, PackState>;
  policy: PolicyState;
  settings: Settings;
}

export interface OptionsActions {
  syncNow(subscription?: string): Promise<SyncOutcome[]>;
  subscribe(request: SubscribeRequest): Promise<ActionResult>;
  unsubscribe(subscription: string): Promise<ActionResult>;
  importFile(fileName: string, text: string): Promise<ActionResult>;
  setRuleEnabled(rule: string, enabled: boolean): Promise<void>;
  setMinSeverity(severity: Severity): Promise<void>;
  ignorePhrase(phrase: string): Promise<boolean>;
  unignorePhrase(phrase: string): Promise<void>;
  /** Replaces the settings with a file's, only if the whole file checks out. */
  importSettings(text: string): Promise<SettingsImportResult>;
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;

export function createOptionsStore(signal?: AbortSignal) {
  const store = createStore<OptionsState>(() => ({
    loaded: false,
    subscriptions: subscriptionsItem.fallback,
    states: {},
    policy: policyItem.fallback,
    settings: DEFAULT_SETTINGS,
  }));
  const load = async () => {
    const [subscriptions, states, policy, settings] = await Promise.all([
      subscriptionsItem.getValue(),
      packStatesItem.getValue(),
      policyItem.getValue(),
      settingsItem.getValue(),
    ]);
    store.setState({ loaded: true, subscriptions, states, policy, settings });
  };
  void load();
  const unwatch = [
    subscriptionsItem.watch((subscriptions) => store.setState({ subscriptions })),
    packStatesItem.watch((states) => store.setState({ states })),
    policyItem.watch((policy) => store.setState({ policy })),
    settingsItem.watch((settings) => store.setState({ settings })),
  ];
  signal?.addEventListener('abort', () => unwatch.forEach((u) => u()));

  const actions: OptionsActions = {
    syncNow: (subscription) => sendToBackground({ kind: 'sync-now', subscription }),
    subscribe: (request) => sendToBackground({ kind: 'subscribe', ...request }),
    unsubscribe: (subscription) => sendToBackground({ kind: 'unsubscribe', subscription }),
    importFile: (fileName, text) => sendToBackground({ kind: 'import-pack', fileName, text }),
    setRuleEnabled,
    setMinSeverity: async (severity) => void (await changeSettings({ op: 'set-min-severity', severity })),
    ignorePhrase,
    unignorePhrase,
    async importSettings(text) {
      const parsed = parseSettingsFile(text);
      if (!parsed.ok) return parsed;
      await changeSettings({ op: 'replace', settings: parsed.settings });
      // a site is coached only with its permission, which only the agent's click in the popup can grant
      const granted = await Promise.all(
        parsed.settings.enabledSites.map((host) =>
          browser.permissions.contains({ origins: siteMatches(host) }).catch(() => false),
        ),
      );
      return { ok: true, needPermission: parsed.settings.enabledSites.filter((_, i) => !granted[i]) };
    },
  };
  return { store, actions };
}

export { useStoreState } from '../stores/use-store';
