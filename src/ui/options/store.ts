/**
 * The options page's state: a zustand store bound to the storage items it shows (kept current by watching
 * them) plus the actions, which go to the background by message (the only writer of pack state) or, for the
 * agent's own rule choices, to settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ActionResult, SubscribeRequest, SyncOutcome } from '../../background';
import { packStatesItem, policyItem, subscriptionsItem, type PackState, type PolicyState, type Subscriptions } from '../../background/store';
import { sendToBackground } from '../../messages';
import { DEFAULT_SETTINGS, setRuleEnabled, settingsItem, type Settings } from '../../settings';

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
  };
  return { store, actions };
}

/** The store's state in a Preact component, re-rendering on every change. */
export function useStoreState<T>(store: StoreApi<T>): T {
  const [state, setState] = useState(store.getState());
  useEffect(() => {
    setState(store.getState());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
