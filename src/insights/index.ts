export * from './counts';
export { clearInsights, insightsItem, recordInsights, rollUpInsights } from './store';
export * from './summary';
export { createDraftRecorder, type CoachingEvent, type DraftRecorder, type DraftRecorderOptions } from './recorder';
