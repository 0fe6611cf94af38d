export { startPracticeCoaching } from './coaching';
export { PracticePage } from './PracticePage';
export {
  addAttempt,
  clearProgress,
  EMPTY_PROGRESS,
  loadProgress,
  practiceItem,
  readProgress,
  recordAttempt,
  type PracticeProgress,
} from './progress';
export { createPracticeStore, type PracticeActions, type PracticeState, type PracticeStore } from './store';
export { practicePageUrl } from './url';
export { practicePacks, progressSummary, scenarioFromHash, scenarioHash, surpriseScenario } from './view';
