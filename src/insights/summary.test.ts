import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDelta,
  EMPTY_INSIGHTS,
  habits,
  insightsCsv,
  lastDays,
  ruleOutcomes,
  todayCounts,
  type Insights,
  type InsightsDelta,
} from '.';

const TODAY = '2025-06-15';
const record = (deltas: InsightsDelta[]): Insights => deltas.reduce((i, d) => addDelta(i, d, TODAY), EMPTY_INSIGHTS);

describe('insights summaries', () => {
  it('gives every day of a range, oldest first, zeros where nothing was counted', () => {
    const insights = record([
      { day: TODAY, drafts: 2 },
      { day: addDays(TODAY, -2), drafts: 1 },
    ]);
    expect(lastDays(insights, TODAY, 3).map((p) => [p.day, p.counts.drafts])).toEqual([
      ['2025-06-13', 1],
      ['2025-06-14', 0],
      ['2025-06-15', 2],
    ]);
  });

  it('counts today for the popup', () => {
    const insights = record([
      {
        day: TODAY,
        drafts: 2,
        categories: { blame: 2, tone: 1 },
        applied: { 'core/just': 2 },
        ignored: { 'core/sorry-but': 1 },
        empathy: { score: 70 },
      },
      { day: TODAY, empathy: { score: 81 } },
    ]);
    expect(todayCounts(insights, TODAY)).toEqual({ drafts: 2, findings: 3, applied: 2, ignored: 1, empathy: 76 });
    expect(todayCounts(insights, addDays(TODAY, 1))).toEqual({
      drafts: 0,
      findings: 0,
      applied: 0,
      ignored: 0,
      empathy: null,
    });
  });

  it('orders rules by how often their suggestions were acted on', () => {
    const counts = record([{ day: TODAY, applied: { 'a/x': 1, 'a/y': 3 }, ignored: { 'a/x': 1, 'a/z': 4 } }]).days[
      TODAY
    ];
    expect(ruleOutcomes(counts)).toEqual([
      { rule: 'a/z', applied: 0, ignored: 4 },
      { rule: 'a/y', applied: 3, ignored: 0 },
      { rule: 'a/x', applied: 1, ignored: 1 },
    ]);
  });

  it('finds the habits improving most and those that recur most, per draft', () => {
    const before = addDays(TODAY, -20);
    const insights = record([
      // two weeks ago: 10 drafts, "just" in most of them, blame in some, "sorry but" twice
      {
        day: before,
        drafts: 10,
        findings: { 'core/just': 8, 'core/you-failed-to': 4, 'core/sorry-but': 2, 'core/unfortunately': 3 },
      },
      // the last two weeks: 10 drafts, "just" almost gone, blame halved, unfortunately as before, jargon new
      {
        day: TODAY,
        drafts: 10,
        findings: { 'core/just': 1, 'core/you-failed-to': 2, 'core/unfortunately': 3, 'jargon/sla': 5 },
      },
    ]);
    const h = habits(insights, TODAY);
    expect(h.improving.map((x) => [x.rule, x.before, x.recent])).toEqual([
      ['core/just', 0.8, 0.1],
      ['core/you-failed-to', 0.4, 0.2],
    ]); // "sorry but" had too few findings to call it a trend; unfortunately did not change
    expect(h.recurring.map((x) => [x.rule, x.count])).toEqual([
      ['jargon/sla', 5],
      ['core/unfortunately', 3],
      ['core/you-failed-to', 2],
    ]);
    expect(habits(EMPTY_INSIGHTS, TODAY)).toEqual({ improving: [], recurring: [], window: 14 });
  });

  it('exports one row per count, the rolled-up total first', () => {
    let insights = record([
      {
        day: TODAY,
        drafts: 1,
        categories: { blame: 1 },
        findings: { 'core/you-failed-to': 1 },
        applied: { 'core/you-failed-to': 1 },
        empathy: { score: 64 },
      },
    ]);
    insights = { ...insights, older: { ...insights.days[TODAY], from: '2024-01-01', to: '2024-06-14' } };
    expect(insightsCsv(insights).trim().split('\n')).toEqual([
      'day,measure,key,count',
      '2024-01-01..2024-06-14,drafts,,1',
      '2024-01-01..2024-06-14,empathy_sum,,64',
      '2024-01-01..2024-06-14,empathy_drafts,,1',
      '2024-01-01..2024-06-14,category,blame,1',
      '2024-01-01..2024-06-14,findings,core/you-failed-to,1',
      '2024-01-01..2024-06-14,applied,core/you-failed-to,1',
      '2025-06-15,drafts,,1',
      '2025-06-15,empathy_sum,,64',
      '2025-06-15,empathy_drafts,,1',
      '2025-06-15,category,blame,1',
      '2025-06-15,findings,core/you-failed-to,1',
      '2025-06-15,applied,core/you-failed-to,1',
    ]);
  });
});
