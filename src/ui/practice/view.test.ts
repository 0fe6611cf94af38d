import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine';
import { BUILTIN_PACKS, BUILTIN_RULE_PACKS } from '../../packs/builtin';
import { listScenarios } from '../../practice';
import { DOUBLE_CHARGE, drillPack } from '../../practice/test-helpers';
import { addAttempt, EMPTY_PROGRESS } from './progress';
import {
  fallbackGoalLabel,
  goalLabels,
  MOST_MISSED,
  practicePacks,
  progressSummary,
  RECENT,
  scenarioFromHash,
  scenarioHash,
  situationLabel,
  surpriseScenario,
} from './view';

const team = drillPack(
  [DOUBLE_CHARGE, { ...DOUBLE_CHARGE, id: 'outage', title: 'Down for hours', situation: 'outage', difficulty: 'hard' }],
  'team',
);

describe('practicePacks', () => {
  it('puts the built-in scenarios back beside the packs in force, built-in first, without repeating a pack', () => {
    const packs = practicePacks([...BUILTIN_RULE_PACKS, team]);
    expect(packs.map((p) => p.id)).toEqual([...BUILTIN_PACKS.map((p) => p.id), 'team']);
    const scenarios = listScenarios(packs);
    expect(scenarios.filter((s) => s.pack.id === 'practice').length).toBeGreaterThanOrEqual(20);
    expect(scenarios.filter((s) => s.pack.id === 'team').map((s) => s.key)).toEqual([
      'team/double-charge',
      'team/outage',
    ]);
  });
});

describe('labels', () => {
  it('labels situations and goals, also goals no scenario in force names any more', () => {
    expect(situationLabel('billing-error')).toBe('Billing error');
    expect(situationLabel('happy_customer')).toBe('Happy customer');
    const labels = goalLabels(createAnalyzer([...BUILTIN_PACKS, team]), listScenarios([team]));
    expect(labels.get('element:acknowledgement')).toBe('Acknowledges the customer');
    expect(labels.get('rule:core/you-failed-to')).toBe('Avoids “you failed to”');
    expect(fallbackGoalLabel('element:time-frame')).toBe('Time frame');
    expect(fallbackGoalLabel('rule:gone/our-policy')).toBe('Avoids “our policy”');
  });
});

describe('progressSummary', () => {
  const scenarios = listScenarios([team]);
  const goals = (met: Record<string, boolean>) =>
    Object.entries(met).map(([key, m]) => ({ key, met: m, checked: true }));

  it('says nothing before the first reply', () => {
    expect(progressSummary(EMPTY_PROGRESS, scenarios, new Map())).toEqual({
      done: 0,
      total: 2,
      attempts: 0,
      recentAverage: null,
      best: null,
      recent: [],
      mostMissed: [],
    });
  });

  it('counts scenarios done, averages recent scores, and ranks the goals missed most', () => {
    let progress = addAttempt(
      EMPTY_PROGRESS,
      {
        scenario: 'team/outage',
        score: 30,
        goals: goals({ 'element:apology': false, 'element:greeting': false, 'element:closing': true }),
      },
      1,
    );
    progress = addAttempt(
      progress,
      {
        scenario: 'team/outage',
        score: 61,
        goals: goals({ 'element:apology': false, 'element:greeting': true, 'element:closing': true }),
      },
      2,
    );
    progress = addAttempt(
      progress,
      { scenario: 'gone/old', score: 90, goals: goals({ 'rule:gone/our-policy': false }) },
      3,
    );
    const summary = progressSummary(progress, scenarios, new Map([['element:apology', 'Apology']]));
    expect(summary).toMatchObject({ done: 1, total: 2, attempts: 3, recentAverage: 60, best: 90 });
    expect(summary.recent.map((a) => `${a.title} ${a.score}`)).toEqual([
      'Down for hours 30',
      'Down for hours 61',
      'gone/old 90',
    ]);
    // most missed first; at equal counts, the larger share missed first
    expect(summary.mostMissed.map((g) => `${g.label} ${g.missed}/${g.checked}`)).toEqual([
      'Apology 2/2',
      'Avoids “our policy” 1/1',
      'Greeting 1/2',
    ]);
  });

  it('shows the last RECENT scores and the MOST_MISSED goals', () => {
    let progress = EMPTY_PROGRESS;
    for (let i = 0; i < RECENT + 3; i++)
      progress = addAttempt(
        progress,
        { scenario: 'team/outage', score: i, goals: goals({ [`rule:x/r${i}`]: false }) },
        i,
      );
    const summary = progressSummary(progress, scenarios, new Map());
    expect(summary.recent.map((a) => a.score)).toEqual(Array.from({ length: RECENT }, (_, i) => i + 3));
    expect(summary.mostMissed).toHaveLength(MOST_MISSED);
    expect(summary.best).toBe(RECENT + 2);
  });
});

describe('surpriseScenario', () => {
  const scenarios = listScenarios([
    drillPack([DOUBLE_CHARGE, { ...DOUBLE_CHARGE, id: 'b' }, { ...DOUBLE_CHARGE, id: 'c', difficulty: 'hard' }]),
  ]);
  const done = addAttempt(EMPTY_PROGRESS, { scenario: 'drill/double-charge', score: 50, goals: [] }, 1);

  it('prefers a scenario not done yet and not on screen', () => {
    for (const r of [0, 0.5, 0.99])
      expect(surpriseScenario(scenarios, {}, done, 'drill/b', () => r)?.key).toBe('drill/c');
  });

  it('keeps to the filter, repeats rather than return nothing, and ignores a filter nothing matches', () => {
    expect(surpriseScenario(scenarios, { difficulty: 'hard' }, done, 'drill/c', () => 0)?.key).toBe('drill/c');
    expect(surpriseScenario(scenarios, { situation: 'no-such' }, done, undefined, () => 0)?.key).toBe('drill/b');
    expect(surpriseScenario([], {}, done, undefined)).toBeUndefined();
  });
});

describe('scenarioHash', () => {
  it('round-trips a scenario key through the page address', () => {
    expect(scenarioHash('practice/double-charge')).toBe('#scenario=practice%2Fdouble-charge');
    expect(scenarioFromHash(scenarioHash('team x/ünïcode'))).toBe('team x/ünïcode');
    expect(scenarioFromHash('#scenario=practice/outage')).toBe('practice/outage');
    expect(scenarioFromHash('')).toBeUndefined();
    expect(scenarioFromHash('#scenario=%E0%A4%A')).toBeUndefined();
  });
});
