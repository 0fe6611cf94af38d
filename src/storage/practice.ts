/** Practice progress in storage.local: scores and counts only, never the reply (see src/ui/practice/progress.ts). */
import { storage } from '#imports';
import type { GoalResult } from '../practice';

/** What progress needs of a scored attempt (an AttemptResult is one). */
export interface ScoredAttempt {
  scenario: string;
  score: number;
  goals: ReadonlyArray<Pick<GoalResult, 'key' | 'met' | 'checked'>>;
}

/** One submitted reply: when, which scenario, how it scored. */
export interface AttemptRecord {
  /** The scenario's key, "<packId>/<scenarioId>". */
  scenario: string;
  /** Epoch milliseconds. */
  at: number;
  /** 0 to 100. */
  score: number;
  /** Goals met, of the goals checked. */
  met: number;
  goals: number;
}

export interface ScenarioRecord {
  attempts: number;
  best: number;
  last: number;
  lastAt: number;
}

/** How often a goal was checked in a submitted reply, and how often the reply missed it. */
export interface GoalRecord {
  checked: number;
  missed: number;
}

export interface PracticeProgress {
  /** Oldest first; the newest MAX_ATTEMPTS only. */
  attempts: AttemptRecord[];
  /** By scenario key; the MAX_SCENARIOS practised most recently. */
  scenarios: Record<string, ScenarioRecord>;
  /** By goal key ("element:acknowledgement", "rule:core/just"); the MAX_GOALS missed most. */
  goals: Record<string, GoalRecord>;
}

// Limits keep the item small (well under storage.local's per-item quota) however long the agent practises.
export const MAX_ATTEMPTS = 200;
export const MAX_SCENARIOS = 500;
export const MAX_GOALS = 200;

export const EMPTY_PROGRESS: PracticeProgress = { attempts: [], scenarios: {}, goals: {} };

export const practiceItem = storage.defineItem<PracticeProgress>('local:practice', {
  fallback: EMPTY_PROGRESS,
  version: 1,
  // none yet: declaring the (empty) table makes the item record its version with the first write and refuse
  // to read a later version's data as its own
  migrations: {},
});
