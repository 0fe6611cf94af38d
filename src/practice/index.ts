export {
  filterScenarios,
  listScenarios,
  pickScenario,
  scenarioFacets,
  type Scenario,
  type ScenarioFacets,
  type ScenarioFilter,
} from './scenarios';
export {
  scenarioGoals,
  scoreAttempt,
  scoreReply,
  type AttemptResult,
  type Goal,
  type GoalResult,
  type ModelComparison,
  type ReplyScore,
} from './score';
export { runScenarioChecks, type ScenarioFailure } from './check';
