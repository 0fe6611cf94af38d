/** The insights counts in storage.local (counts only, never words; see src/insights for what they hold). */
import { storage } from '#imports';
import { EMPTY_INSIGHTS, type Insights } from '../insights/counts';

export const insightsItem = storage.defineItem<Insights>('local:insights', {
  fallback: EMPTY_INSIGHTS,
  version: 1,
});
