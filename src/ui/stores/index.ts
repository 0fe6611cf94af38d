export { createInsightsStore, type InsightsState, type InsightsStore } from './insights';
export { useStoreState } from './use-store';
