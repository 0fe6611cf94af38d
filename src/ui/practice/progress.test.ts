import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createAnalyzer } from '../../engine';
import { BUILTIN_PACKS } from '../../packs';
import { listScenarios, scoreAttempt } from '../../practice';
import { DOUBLE_CHARGE, drillPack } from '../../practice/test-helpers';
import {
  addAttempt,
  clearProgress,
  EMPTY_PROGRESS,
  loadProgress,
  MAX_ATTEMPTS,
  MAX_GOALS,
  MAX_SCENARIOS,
  practiceItem,
  readProgress,
  recordAttempt,
  type ScoredAttempt,
} from './progress';

const goal = (key: string, met: boolean, checked = true) => ({ key, met, checked });
const attempt = (
  scenario: string,
  score: number,
  goals = [goal('element:greeting', true), goal('element:apology', false)],
): ScoredAttempt => ({ scenario, score, goals });

describe('addAttempt', () => {
  it('records the scenario, the score over time and each goal checked and missed', () => {
    let progress = addAttempt(EMPTY_PROGRESS, attempt('practice/outage', 40), 1000);
    progress = addAttempt(
      progress,
      attempt('practice/outage', 85, [
        goal('element:greeting', true),
        goal('element:apology', true),
        goal('rule:core/just', false, false),
      ]),
      2000,
    );
    progress = addAttempt(progress, attempt('practice/refund', 62.4), 3000);
    expect(progress.attempts).toEqual([
      { scenario: 'practice/outage', at: 1000, score: 40, met: 1, goals: 2 },
      { scenario: 'practice/outage', at: 2000, score: 85, met: 2, goals: 2 },
      { scenario: 'practice/refund', at: 3000, score: 62, met: 1, goals: 2 },
    ]);
    expect(progress.scenarios).toEqual({
      'practice/outage': { attempts: 2, best: 85, last: 85, lastAt: 2000 },
      'practice/refund': { attempts: 1, best: 62, last: 62, lastAt: 3000 },
    });
    // a goal whose rule the agent turned off was not checked, so it counts neither way
    expect(progress.goals).toEqual({
      'element:greeting': { checked: 3, missed: 0 },
      'element:apology': { checked: 3, missed: 2 },
    });
  });

  it('does not change the progress it was given', () => {
    const before = structuredClone(EMPTY_PROGRESS);
    addAttempt(EMPTY_PROGRESS, attempt('practice/outage', 40), 1000);
    expect(EMPTY_PROGRESS).toEqual(before);
  });

  it('keeps the newest attempts, the scenarios practised last and the goals missed most, within the limits', () => {
    let progress = EMPTY_PROGRESS;
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++)
      progress = addAttempt(progress, attempt(`p/s${i}`, i % 101, [goal(`rule:p/r${i}`, i % 2 === 0)]), i);
    expect(progress.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(progress.attempts[0].at).toBe(5);
    expect(progress.attempts.at(-1)!.at).toBe(MAX_ATTEMPTS + 4);
    expect(Object.keys(progress.goals)).toHaveLength(MAX_GOALS);
    // every goal missed (odd i) is kept; only goals met every time make way
    expect(Object.values(progress.goals).filter((g) => g.missed).length).toBe(Math.floor((MAX_ATTEMPTS + 5) / 2));

    const scenarios = Object.fromEntries(
      Array.from({ length: MAX_SCENARIOS }, (_, i) => [`p/s${i}`, { attempts: 1, best: 50, last: 50, lastAt: 10 + i }]),
    );
    const full = addAttempt({ ...EMPTY_PROGRESS, scenarios }, attempt('p/new', 70), 1_000_000);
    expect(Object.keys(full.scenarios)).toHaveLength(MAX_SCENARIOS);
    expect(full.scenarios['p/new']).toBeDefined();
    expect(full.scenarios['p/s0']).toBeUndefined(); // practised longest ago
    expect(full.scenarios['p/s1']).toBeDefined();
  });
});

describe('readProgress', () => {
  it('leaves out whatever is malformed and keeps the rest', () => {
    const raw = {
      attempts: [
        { scenario: 'p/a', at: 1, score: 50, met: 1, goals: 2 },
        { scenario: 'p/b', at: 2, score: 150, met: 1, goals: 2 },
        { scenario: 'p/c', at: 3, score: 50, met: 3, goals: 2 },
        { scenario: 'p/d', at: 4, score: 50, met: 1, goals: 2, text: 'a reply that should never be here' },
        'junk',
      ],
      scenarios: { 'p/a': { attempts: 1, best: 50, last: 50, lastAt: 1 }, 'p/b': { attempts: 'many' } },
      goals: { 'element:greeting': { checked: 2, missed: 1 }, 'element:apology': { checked: 1, missed: 4 } },
    };
    expect(readProgress(raw)).toEqual({
      attempts: [
        { scenario: 'p/a', at: 1, score: 50, met: 1, goals: 2 },
        { scenario: 'p/d', at: 4, score: 50, met: 1, goals: 2 },
      ],
      scenarios: { 'p/a': { attempts: 1, best: 50, last: 50, lastAt: 1 } },
      goals: { 'element:greeting': { checked: 2, missed: 1 } },
    });
    expect(readProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(readProgress([1, 2])).toEqual(EMPTY_PROGRESS);
    expect(
      readProgress({
        attempts: Array.from({ length: MAX_ATTEMPTS + 1 }, (_, i) => ({
          scenario: 'p/a',
          at: i,
          score: 1,
          met: 0,
          goals: 0,
        })),
      }).attempts,
    ).toHaveLength(MAX_ATTEMPTS);
  });
});

describe('the stored progress', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored as local:practice, version 1, from the first write', async () => {
    expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
    await practiceItem.migrate(); // as each page does when it defines the item
    await recordAttempt(attempt('practice/outage', 40), 1000);
    expect(await fakeBrowser.storage.local.get(['practice', 'practice$'])).toEqual({
      practice: {
        attempts: [{ scenario: 'practice/outage', at: 1000, score: 40, met: 1, goals: 2 }],
        scenarios: { 'practice/outage': { attempts: 1, best: 40, last: 40, lastAt: 1000 } },
        goals: expect.any(Object),
      },
      practice$: { v: 1 },
    });
  });

  it('refuses to take a later version’s progress for its own', async () => {
    await fakeBrowser.storage.local.set({ practice: { attempts: [], history: {} }, practice$: { v: 2 } });
    await expect(practiceItem.migrate()).rejects.toThrow(/downgrade/i);
  });

  it('adds attempts to what is stored, and clears it', async () => {
    await recordAttempt(attempt('practice/outage', 40), 1000);
    await recordAttempt(attempt('practice/outage', 90), 2000);
    const progress = await loadProgress();
    expect(progress.attempts.map((a) => a.score)).toEqual([40, 90]);
    expect(progress.scenarios['practice/outage']).toEqual({ attempts: 2, best: 90, last: 90, lastAt: 2000 });
    await clearProgress();
    expect(await loadProgress()).toEqual(EMPTY_PROGRESS);
  });

  it('never stores the reply, nor any word of it', async () => {
    const pack = drillPack();
    const [scenario] = listScenarios([pack]);
    const reply = 'Hi Priya, I am so sorry about the zebracorn refund. Unfortunately you failed to wait.';
    const result = scoreAttempt(createAnalyzer([...BUILTIN_PACKS, pack]), scenario, reply);
    expect(result.text).toBe(reply);
    await recordAttempt(result, 1000);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain('drill/double-charge');
    for (const word of ['zebracorn', 'Priya', 'failed to wait', DOUBLE_CHARGE.model!.slice(0, 20)])
      expect(stored).not.toContain(word);
  });
});
