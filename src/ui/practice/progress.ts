/**
 * Practice progress, kept in storage.local only: which scenarios the agent practised, their scores over time,
 * and which goals they miss most. Counts and scores only: the reply itself is never stored, nor any words of it.
 * Declared once with a version, so a later shape migrates instead of losing the agent's history.
 */
import {
  EMPTY_PROGRESS,
  MAX_ATTEMPTS,
  MAX_GOALS,
  MAX_SCENARIOS,
  practiceItem,
  type AttemptRecord,
  type GoalRecord,
  type PracticeProgress,
  type ScenarioRecord,
  type ScoredAttempt,
} from '../../storage/practice';

export * from '../../storage/practice';

/** The record of an attempt: the scenario, the score and the goal counts; nothing of the reply's text. */
export function attemptRecord(result: ScoredAttempt, at: number): AttemptRecord {
  const checked = result.goals.filter((g) => g.checked);
  return {
    scenario: result.scenario,
    at,
    score: clampScore(result.score),
    met: checked.filter((g) => g.met).length,
    goals: checked.length,
  };
}

/** The progress after one more attempt, within the limits. Pure. */
export function addAttempt(progress: PracticeProgress, result: ScoredAttempt, at: number): PracticeProgress {
  const record = attemptRecord(result, at);
  const attempts = [...progress.attempts, record].slice(-MAX_ATTEMPTS);

  const previous = progress.scenarios[record.scenario];
  const scenarios = { ...progress.scenarios };
  delete scenarios[record.scenario];
  scenarios[record.scenario] = {
    attempts: (previous?.attempts ?? 0) + 1,
    best: Math.max(previous?.best ?? 0, record.score),
    last: record.score,
    lastAt: at,
  };

  const goals = { ...progress.goals };
  for (const goal of result.goals) {
    if (!goal.checked) continue;
    const counts = goals[goal.key] ?? { checked: 0, missed: 0 };
    goals[goal.key] = { checked: counts.checked + 1, missed: counts.missed + (goal.met ? 0 : 1) };
  }
  return { attempts, scenarios: keepRecent(scenarios), goals: keepMostMissed(goals) };
}

/** Reads whatever storage holds into a valid PracticeProgress: anything malformed is left out, limits applied. */
export function readProgress(raw: unknown): PracticeProgress {
  if (!isObject(raw)) return EMPTY_PROGRESS;
  const attempts = (Array.isArray(raw.attempts) ? raw.attempts : [])
    .filter(
      (a): a is AttemptRecord =>
        isObject(a) &&
        typeof a.scenario === 'string' &&
        isCount(a.at) &&
        isScore(a.score) &&
        isCount(a.met) &&
        isCount(a.goals) &&
        a.met <= a.goals,
    )
    .map(({ scenario, at, score, met, goals }) => ({ scenario, at, score, met, goals }))
    .slice(-MAX_ATTEMPTS);
  const scenarios: Record<string, ScenarioRecord> = {};
  for (const [key, s] of Object.entries(isObject(raw.scenarios) ? raw.scenarios : {})) {
    if (
      isObject(s) &&
      isCount(s.attempts) &&
      s.attempts > 0 &&
      isScore(s.best) &&
      isScore(s.last) &&
      isCount(s.lastAt)
    ) {
      scenarios[key] = { attempts: s.attempts, best: s.best, last: s.last, lastAt: s.lastAt };
    }
  }
  const goals: Record<string, GoalRecord> = {};
  for (const [key, g] of Object.entries(isObject(raw.goals) ? raw.goals : {})) {
    if (isObject(g) && isCount(g.checked) && isCount(g.missed) && g.missed <= g.checked)
      goals[key] = { checked: g.checked, missed: g.missed };
  }
  return { attempts, scenarios: keepRecent(scenarios), goals: keepMostMissed(goals) };
}

export async function loadProgress(): Promise<PracticeProgress> {
  return readProgress(await practiceItem.getValue());
}

/** Adds an attempt to the stored progress and returns the new progress. */
export async function recordAttempt(result: ScoredAttempt, at = Date.now()): Promise<PracticeProgress> {
  const next = addAttempt(await loadProgress(), result, at);
  await practiceItem.setValue(next);
  return next;
}

export async function clearProgress(): Promise<void> {
  await practiceItem.setValue(EMPTY_PROGRESS);
}

function keepRecent(scenarios: Record<string, ScenarioRecord>): Record<string, ScenarioRecord> {
  const entries = Object.entries(scenarios);
  if (entries.length <= MAX_SCENARIOS) return scenarios;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.lastAt - a.lastAt).slice(0, MAX_SCENARIOS));
}

function keepMostMissed(goals: Record<string, GoalRecord>): Record<string, GoalRecord> {
  const entries = Object.entries(goals);
  if (entries.length <= MAX_GOALS) return goals;
  return Object.fromEntries(
    entries.sort(([, a], [, b]) => b.missed - a.missed || b.checked - a.checked).slice(0, MAX_GOALS),
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const clampScore = (score: number) => Math.max(0, Math.min(100, Math.round(score)));
