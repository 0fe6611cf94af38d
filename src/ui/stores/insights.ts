/**
 * The insights as the popup and the options page see them: a zustand store bound to the storage item (kept
 * current by watching it). Clearing goes to the background, the only writer of the counts.
 */
import { createStore } from 'zustand/vanilla';
import { EMPTY_INSIGHTS, insightsItem, type Insights } from '../../insights';
import { sendToBackground } from '../../messages';

export interface InsightsState {
  loaded: boolean;
  insights: Insights;
}

export type InsightsStore = ReturnType<typeof createInsightsStore>;

export function createInsightsStore(signal?: AbortSignal) {
  const store = createStore<InsightsState>(() => ({ loaded: false, insights: EMPTY_INSIGHTS }));
  void insightsItem.getValue().then((insights) => store.setState({ loaded: true, insights }));
  const unwatch = insightsItem.watch((insights) =>
    store.setState({ loaded: true, insights: insights ?? EMPTY_INSIGHTS }),
  );
  signal?.addEventListener('abort', unwatch);
  return {
    store,
    actions: {
      clear: () => sendToBackground({ kind: 'clear-insights' }),
    },
  };
}
