import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addDays,
  addDelta,
  checkDelta,
  clearInsights,
  dayKey,
  EMPTY_INSIGHTS,
  emptyDay,
  insightsItem,
  KEEP_DAYS,
  MAX_RULES_PER_DAY,
  OTHER_RULES,
  recordInsights,
  rollUp,
  rollUpInsights,
  type Insights,
} from '.';

const TODAY = '2025-06-15';
const NOW = new Date(2025, 5, 15, 12);

describe('insights counts', () => {
  it('adds a tab’s counts to its day', () => {
    let insights = addDelta(
      EMPTY_INSIGHTS,
      {
        day: TODAY,
        drafts: 1,
        categories: { blame: 2 },
        findings: { 'core/you-failed-to': 2 },
        empathy: { score: 60 },
      },
      TODAY,
    );
    insights = addDelta(
      insights,
      {
        day: TODAY,
        applied: { 'core/you-failed-to': 1 },
        ignored: { 'core/just': 1 },
        categories: { blame: 1, tone: 1 },
      },
      TODAY,
    );
    expect(insights.days[TODAY]).toEqual({
      drafts: 1,
      categories: { blame: 3, tone: 1 },
      findings: { 'core/you-failed-to': 2 },
      applied: { 'core/you-failed-to': 1 },
      ignored: { 'core/just': 1 },
      empathySum: 60,
      empathyCount: 1,
    });
  });

  it('replaces a draft’s empathy score when it changes, without counting the draft again', () => {
    let insights = addDelta(EMPTY_INSIGHTS, { day: TODAY, empathy: { score: 40 } }, TODAY);
    insights = addDelta(insights, { day: TODAY, empathy: { score: 80 } }, TODAY);
    insights = addDelta(insights, { day: TODAY, empathy: { score: 70, replaces: 40 } }, TODAY);
    expect(insights.days[TODAY]).toMatchObject({ empathySum: 150, empathyCount: 2 });
  });

  it(`keeps ${KEEP_DAYS} days and rolls older ones up into one total`, () => {
    let insights: Insights = EMPTY_INSIGHTS;
    for (const offset of [0, -1, -364, -365, -400]) {
      insights = addDelta(
        insights,
        { day: addDays(TODAY, offset), drafts: 1, findings: { 'core/just': 1 }, empathy: { score: 50 } },
        addDays(TODAY, offset),
      );
    }
    // each recorded as of its own day; as of today, the two oldest roll up…
    insights = rollUp(insights, TODAY);
    expect(Object.keys(insights.days).sort()).toEqual([addDays(TODAY, -364), addDays(TODAY, -1), TODAY]);
    expect(insights.older).toEqual({
      ...emptyDay(),
      drafts: 2,
      findings: { 'core/just': 2 },
      empathySum: 100,
      empathyCount: 2,
      from: addDays(TODAY, -400),
      to: addDays(TODAY, -365),
    });
    // …and a day ends: the oldest kept day joins them
    const tomorrow = rollUp(insights, addDays(TODAY, 1));
    expect(Object.keys(tomorrow.days)).toHaveLength(2);
    expect(tomorrow.older).toMatchObject({ drafts: 3, from: addDays(TODAY, -400), to: addDays(TODAY, -364) });
    expect(rollUp(tomorrow, addDays(TODAY, 1))).toBe(tomorrow); // nothing to move: the same object, no write
  });

  it('adds a late report for a day already rolled up to the total', () => {
    const insights = addDelta(EMPTY_INSIGHTS, { day: addDays(TODAY, -KEEP_DAYS), drafts: 1 }, TODAY);
    expect(insights.days).toEqual({});
    expect(insights.older).toMatchObject({
      drafts: 1,
      from: addDays(TODAY, -KEEP_DAYS),
      to: addDays(TODAY, -KEEP_DAYS),
    });
  });

  it(`keeps at most ${MAX_RULES_PER_DAY} rules apart per day; more are counted together`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_RULES_PER_DAY + 5 }, (_, i) => [`big/r${i}`, 1]));
    let insights = addDelta(
      EMPTY_INSIGHTS,
      { day: TODAY, findings: Object.fromEntries(Object.entries(many).slice(0, 300)) },
      TODAY,
    );
    insights = addDelta(insights, { day: TODAY, findings: Object.fromEntries(Object.entries(many).slice(300)) }, TODAY);
    const findings = insights.days[TODAY].findings;
    expect(Object.keys(findings)).toHaveLength(MAX_RULES_PER_DAY + 1);
    expect(findings[OTHER_RULES]).toBe(5);
    expect(Object.values(findings).reduce((a, b) => a + b, 0)).toBe(MAX_RULES_PER_DAY + 5);
  });

  it('refuses a report that does not check out', () => {
    expect(
      checkDelta(
        {
          day: TODAY,
          drafts: 1,
          categories: { blame: 1 },
          findings: { 'core/just': 2 },
          empathy: { score: 55, replaces: 50 },
        },
        TODAY,
      ),
    ).not.toBeNull();
    for (const bad of [
      null,
      { day: 'today' },
      { day: addDays(TODAY, 2) },
      { day: TODAY, drafts: -1 },
      { day: TODAY, drafts: 1.5 },
      { day: TODAY, categories: { rudeness: 1 } },
      { day: TODAY, findings: { 'the customer is wrong': 1 } },
      { day: TODAY, applied: ['core/just'] },
      { day: TODAY, empathy: { score: 101 } },
      { day: TODAY, text: 'Unfortunately you failed to attach the file.' },
    ]) {
      expect(checkDelta(bad, TODAY), JSON.stringify(bad)).toBeNull();
    }
  });

  it('names local days', () => {
    expect(dayKey(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('the insights store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records reports from many tabs at once without losing any', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => recordInsights({ day: TODAY, drafts: 1, applied: { 'core/just': 1 } }, NOW)),
    );
    expect(results.every(Boolean)).toBe(true);
    expect((await insightsItem.getValue()).days[TODAY]).toMatchObject({ drafts: 20, applied: { 'core/just': 20 } });
  });

  it('stores nothing of a refused report', async () => {
    expect(await recordInsights({ day: TODAY, drafts: 1, note: 'hello' }, NOW)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('rolls up on its own, and clears everything', async () => {
    await recordInsights({ day: addDays(TODAY, -KEEP_DAYS + 1), drafts: 2 }, NOW);
    await rollUpInsights(NOW);
    expect(Object.keys((await insightsItem.getValue()).days)).toHaveLength(1);
    await rollUpInsights(new Date(2025, 5, 16, 9));
    expect(await insightsItem.getValue()).toMatchObject({ days: {}, older: { drafts: 2 } });
    await clearInsights();
    expect(await insightsItem.getValue()).toEqual(EMPTY_INSIGHTS);
  });
});
