/**
 * A pack's scenarios tested like its rules' examples: each model reply must meet its own goals, and the engine
 * must read the customer's message as the emotion the trainer gave it (otherwise the inline coaching on the
 * practice page answers a different customer). Serves `empathy-coach test` and the built-in packs' tests.
 */
import { readAnyCustomer, type Analyzer, type PackSpec } from '../engine';
import { listScenarios } from './scenarios';
import { scoreReply } from './score';

export interface ScenarioFailure {
  /** Index of the scenario in pack.scenarios. */
  scenarioIndex: number;
  /** The scenario's id within the pack. */
  scenario: string;
  check: 'model' | 'emotion';
  /** For a model check: the goal the model reply misses. */
  goal?: { key: string; label: string };
  /** What went wrong: why the goal is missed, or how the message reads. */
  message: string;
}

/**
 * Runs the checks of every scenario in `pack`, with an analyzer made from the packs it is used with (so that
 * goals naming other packs' rules are checked). Each goal of a model reply is one case, and each emotion one.
 */
export function runScenarioChecks(
  analyzer: Analyzer,
  pack: PackSpec,
): { failures: ScenarioFailure[]; counts: { passed: number; failed: number } } {
  const failures: ScenarioFailure[] = [];
  let passed = 0;
  listScenarios([pack]).forEach((scenario, scenarioIndex) => {
    const fail = (failure: Omit<ScenarioFailure, 'scenarioIndex' | 'scenario'>) =>
      failures.push({ scenarioIndex, scenario: scenario.id, ...failure });
    if (scenario.emotion !== 'neutral') {
      // in the scenario's own language: a Spanish customer is read with the Spanish cues
      const reading = readAnyCustomer(scenario.customerMessage);
      if (scenario.emotion === 'urgent' ? reading.urgent : reading.emotions.includes(scenario.emotion)) passed++;
      else {
        const read = [
          ...(reading.emotions.length ? reading.emotions : ['neutral']),
          ...(reading.urgent ? ['urgent'] : []),
        ].join(', ');
        fail({
          check: 'emotion',
          message: `the customer's message reads as ${read}, not ${scenario.emotion}: let the feeling show in their words`,
        });
      }
    }
    if (scenario.model === undefined) return;
    for (const goal of scoreReply(analyzer, scenario, scenario.model).goals) {
      if (goal.met && goal.checked) passed++;
      else fail({ check: 'model', goal: { key: goal.key, label: goal.label }, message: goal.why });
    }
  });
  return { failures, counts: { passed, failed: failures.length } };
}
