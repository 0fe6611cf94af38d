export * from './counts';
export { clearInsights, insightsItem, recordInsights, rollUpInsights } from './store';
export * from './summary';
