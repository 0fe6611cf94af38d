/**
 * What the practice page shows, computed without the DOM: the packs it practises with, labels, the progress
 * summary, and "surprise me". Pure, so the tests read it directly.
 */
import type { Analyzer, Difficulty, PackSpec } from '../../engine';
import { ELEMENT_LABELS, type Element } from '../../engine';
import { BUILTIN_PACKS, BUILTIN_RULE_PACKS } from '../../packs/builtin';
import { pickScenario, scenarioGoals, type Scenario } from '../../practice';
import type { PracticeProgress } from './progress';

/**
 * The built-in packs with the practice scenarios, then the agent's and the managed packs in force. The packs in
 * force (getActivePacks) start with the built-in rule packs but leave the scenarios out, as tabs have no use
 * for them; they go back in here, after the rule packs, in the same order the CLI uses.
 */
export function practicePacks(active: readonly PackSpec[]): PackSpec[] {
  const builtin = new Set<PackSpec>(BUILTIN_RULE_PACKS);
  return [...BUILTIN_PACKS, ...active.filter((pack) => !builtin.has(pack))];
}

export interface PracticeFilter {
  pack?: string;
  situation?: string;
  difficulty?: Difficulty;
}

/** "billing-error" → "Billing error". */
export function situationLabel(situation: string): string {
  const words = situation.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Labels of every goal the scenarios name, by goal key, as the analyzer labels them. */
export function goalLabels(analyzer: Analyzer, scenarios: readonly Scenario[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const scenario of scenarios)
    for (const goal of scenarioGoals(analyzer, scenario)) labels.set(goal.key, goal.label);
  return labels;
}

/** A label for a goal key the scenarios in force no longer name (a pack removed since). */
export function fallbackGoalLabel(key: string): string {
  const [kind, id = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'element' && id in ELEMENT_LABELS) return ELEMENT_LABELS[id as Element];
  return `Avoids “${id.slice(id.indexOf('/') + 1).replace(/-/g, ' ')}”`;
}

export interface ProgressSummary {
  /** Scenarios among those offered with at least one scored reply. */
  done: number;
  total: number;
  attempts: number;
  /** Mean of the last RECENT scores, rounded; null before the first. */
  recentAverage: number | null;
  best: number | null;
  /** The last RECENT attempts, oldest first, with the scenario's title when it is still offered. */
  recent: Array<{ scenario: string; title: string; score: number; at: number }>;
  /** Goals missed at least once, most missed first (then by share missed), at most MOST_MISSED. */
  mostMissed: Array<{ key: string; label: string; missed: number; checked: number }>;
}

export const RECENT = 20;
export const MOST_MISSED = 5;

export function progressSummary(
  progress: PracticeProgress,
  scenarios: readonly Scenario[],
  labels: ReadonlyMap<string, string>,
): ProgressSummary {
  const titles = new Map(scenarios.map((s) => [s.key, s.title]));
  const recent = progress.attempts
    .slice(-RECENT)
    .map((a) => ({ scenario: a.scenario, title: titles.get(a.scenario) ?? a.scenario, score: a.score, at: a.at }));
  const scores = progress.attempts.map((a) => a.score);
  const mostMissed = Object.entries(progress.goals)
    .filter(([, g]) => g.missed > 0)
    .sort(
      ([ka, a], [kb, b]) => b.missed - a.missed || b.missed / b.checked - a.missed / a.checked || ka.localeCompare(kb),
    )
    .slice(0, MOST_MISSED)
    .map(([key, g]) => ({
      key,
      label: labels.get(key) ?? fallbackGoalLabel(key),
      missed: g.missed,
      checked: g.checked,
    }));
  return {
    done: scenarios.filter((s) => progress.scenarios[s.key]).length,
    total: scenarios.length,
    attempts: Object.values(progress.scenarios).reduce((n, s) => n + s.attempts, 0),
    recentAverage: recent.length ? Math.round(recent.reduce((n, a) => n + a.score, 0) / recent.length) : null,
    best: scores.length ? Math.max(...scores) : null,
    recent,
    mostMissed,
  };
}

/**
 * "Surprise me": a scenario matching the filter, preferring one the agent has not practised yet and never the one
 * on screen while another matches.
 */
export function surpriseScenario(
  scenarios: readonly Scenario[],
  filter: PracticeFilter,
  progress: PracticeProgress,
  current: string | undefined,
  random: () => number = Math.random,
): Scenario | undefined {
  const done = Object.keys(progress.scenarios);
  return (
    pickScenario(scenarios, { ...filter, avoid: current ? [...done, current] : done }, random) ??
    // nothing matches the filter: surprise from everything
    pickScenario(scenarios, { avoid: current ? [...done, current] : done }, random)
  );
}

/** The location hash that opens a scenario ("#scenario=practice/double-charge"), and back. */
export function scenarioHash(key: string): string {
  return `#scenario=${encodeURIComponent(key)}`;
}

export function scenarioFromHash(hash: string): string | undefined {
  const match = /^#?scenario=(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
