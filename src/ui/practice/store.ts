/**
 * The practice page's state: a zustand store over the packs in force (kept current by watching them), the
 * stored progress, and the scenario on screen with its last scored attempt. The reply's text lives in the page's
 * editor and, once scored, in memory only: nothing here writes it anywhere.
 */
import { createStore } from 'zustand/vanilla';
import { getActivePacks, watchActivePacks, type ActivePacks } from '../../storage';
import { createMultilingualAnalyzer, type Analyzer } from '../../engine';
import {
  listScenarios,
  scenarioFacets,
  scoreAttempt,
  type AttemptResult,
  type Scenario,
  type ScenarioFacets,
} from '../../practice';
import { disableRule } from '../../settings';
import {
  clearProgress,
  EMPTY_PROGRESS,
  loadProgress,
  practiceItem,
  readProgress,
  recordAttempt,
  type PracticeProgress,
} from './progress';
import { goalLabels, practicePacks, surpriseScenario, type PracticeFilter } from './view';

export interface PracticeState {
  loaded: boolean;
  /** Why the page could not load its packs or progress. */
  problem: string | null;
  scenarios: Scenario[];
  facets: ScenarioFacets;
  /** The analyzer of the packs in force (the same rules and turned-off rules as inline coaching). */
  analyzer: Analyzer | null;
  labels: Map<string, string>;
  filter: PracticeFilter;
  current: Scenario | null;
  /** The last scored attempt at the current scenario. */
  result: AttemptResult | null;
  progress: PracticeProgress;
}

export interface PracticeActions {
  setFilter(change: PracticeFilter): void;
  /** Opens a scenario by key; false when no such scenario is offered. */
  choose(key: string): boolean;
  /** Opens a scenario at random within the filter ("surprise me"), preferring one not practised yet. */
  surprise(): Scenario | undefined;
  /** Scores the reply against the current scenario and records the score (never the text). */
  submit(reply: string): Promise<AttemptResult | null>;
  clearProgress(): Promise<void>;
  /** For the editor's coaching card: "Turn off this rule" turns it off everywhere, as on any page. */
  disableRule(rule: string): void;
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;

export interface PracticeStoreOptions {
  signal?: AbortSignal;
  random?: () => number;
  now?: () => number;
}

export function createPracticeStore({ signal, random = Math.random, now = Date.now }: PracticeStoreOptions = {}) {
  const store = createStore<PracticeState>(() => ({
    loaded: false,
    problem: null,
    scenarios: [],
    facets: { packs: [], situations: [], difficulties: [] },
    analyzer: null,
    labels: new Map(),
    filter: {},
    current: null,
    result: null,
    progress: EMPTY_PROGRESS,
  }));

  const usePacks = (active: ActivePacks) => {
    const packs = practicePacks(active.packs);
    const analyzer = createMultilingualAnalyzer(packs, { disabledRules: active.disabledRules });
    const scenarios = listScenarios(packs);
    const { current, result } = store.getState();
    // the scenario on screen stays, in its new version; its score was made with the old rules
    const still = current ? (scenarios.find((s) => s.key === current.key) ?? null) : null;
    store.setState({
      analyzer,
      scenarios,
      facets: scenarioFacets(scenarios),
      labels: goalLabels(analyzer, scenarios),
      current: still,
      result: still && result ? scoreAttempt(analyzer, still, result.text) : null,
    });
  };

  let stopWatching: (() => void) | undefined;
  const ready = (async () => {
    try {
      const [active, progress] = await Promise.all([getActivePacks(), loadProgress()]);
      usePacks(active);
      store.setState({ loaded: true, progress });
      stopWatching = watchActivePacks(usePacks, active.key);
    } catch (error) {
      store.setState({ loaded: true, problem: `Could not load the practice scenarios: ${String(error)}` });
    }
  })();
  // progress recorded in another tab shows here too
  const unwatchProgress = practiceItem.watch((value) => store.setState({ progress: readProgress(value) }));
  signal?.addEventListener('abort', () => {
    stopWatching?.();
    unwatchProgress();
  });

  const open = (scenario: Scenario) => store.setState({ current: scenario, result: null });

  const actions: PracticeActions = {
    setFilter(change) {
      store.setState({ filter: { ...store.getState().filter, ...change } });
    },
    choose(key) {
      const scenario = store.getState().scenarios.find((s) => s.key === key);
      if (scenario) open(scenario);
      return Boolean(scenario);
    },
    surprise() {
      const { scenarios, filter, progress, current } = store.getState();
      const scenario = surpriseScenario(scenarios, filter, progress, current?.key, random);
      if (scenario) open(scenario);
      return scenario;
    },
    async submit(reply) {
      const { analyzer, current } = store.getState();
      if (!analyzer || !current) return null;
      const result = scoreAttempt(analyzer, current, reply);
      store.setState({ result });
      // a blank reply is shown its goals, but is no attempt
      if (result.report.words > 0) store.setState({ progress: await recordAttempt(result, now()) });
      return result;
    },
    async clearProgress() {
      await clearProgress();
      store.setState({ progress: EMPTY_PROGRESS });
    },
    disableRule: (rule) => void disableRule(rule),
  };
  return { store, actions, ready };
}
