/**
 * What the popup and the options page show of the insights, as plain functions of the stored counts: series
 * per day for the charts, outcomes per rule, the habits improving most and recurring most, and the exports.
 */
import { CATEGORIES, type Category } from '../engine/types';
import { addDays, dayNumber, emptyDay, sumDays, type DayCounts, type Insights } from './counts';

export interface DayPoint {
  day: string;
  counts: DayCounts;
}

/** The last `length` days up to `today`, oldest first, a day without counts as zeros. */
export function lastDays(insights: Insights, today: string, length: number): DayPoint[] {
  return Array.from({ length }, (_, i) => {
    const day = addDays(today, i - length + 1);
    return { day, counts: insights.days[day] ?? emptyDay() };
  });
}

export function totalOf(points: DayPoint[]): DayCounts {
  return points.reduce((sum, p) => sumDays(sum, p.counts), emptyDay());
}

/** Everything ever counted: the kept days and the rolled-up total. */
export function allTime(insights: Insights): DayCounts {
  return Object.values(insights.days).reduce(sumDays, insights.older ?? emptyDay());
}

export const sumOf = (map: Record<string, number>) => Object.values(map).reduce((a, b) => a + b, 0);

export function averageEmpathy(counts: DayCounts): number | null {
  return counts.empathyCount ? Math.round(counts.empathySum / counts.empathyCount) : null;
}

export interface TodayCounts {
  drafts: number;
  findings: number;
  applied: number;
  ignored: number;
  empathy: number | null;
}

export function todayCounts(insights: Insights, today: string): TodayCounts {
  const d = insights.days[today] ?? emptyDay();
  return {
    drafts: d.drafts,
    findings: sumOf(d.categories),
    applied: sumOf(d.applied),
    ignored: sumOf(d.ignored),
    empathy: averageEmpathy(d),
  };
}

export interface RuleOutcome {
  rule: string;
  applied: number;
  ignored: number;
}

/** Suggestions applied and dismissed per rule, most acted on first. */
export function ruleOutcomes(counts: DayCounts, limit = 10): RuleOutcome[] {
  const rules = new Set([...Object.keys(counts.applied), ...Object.keys(counts.ignored)]);
  return [...rules]
    .map((rule) => ({ rule, applied: counts.applied[rule] ?? 0, ignored: counts.ignored[rule] ?? 0 }))
    .sort((a, b) => b.applied + b.ignored - (a.applied + a.ignored) || a.rule.localeCompare(b.rule))
    .slice(0, limit);
}

export function categoriesOf(counts: DayCounts): Array<{ category: Category; count: number }> {
  return CATEGORIES.map((category) => ({ category, count: counts.categories[category] ?? 0 }));
}

export interface Habit {
  rule: string;
  /** Findings per coached draft, in the earlier and the recent window. */
  before: number;
  recent: number;
  /** Findings in the window the list is about (recent for recurring, both for improving). */
  count: number;
}

export interface Habits {
  improving: Habit[];
  recurring: Habit[];
  /** The windows compared, in days: the recent one ends today, the earlier one ends where it starts. */
  window: number;
}

/** Findings of a rule the earlier window must have had for a drop to mean something. */
const MIN_BEFORE = 3;

/**
 * The three habits improving most: the rules whose findings per draft fell most from the earlier window to the
 * recent one (with at least MIN_BEFORE findings before). The three that recur most: the most findings per
 * draft in the recent window.
 */
export function habits(insights: Insights, today: string, window = 14, top = 3): Habits {
  const recent = totalOf(lastDays(insights, today, window));
  const before = totalOf(lastDays(insights, addDays(today, -window), window));
  const rate = (counts: DayCounts, rule: string) => (counts.drafts ? (counts.findings[rule] ?? 0) / counts.drafts : 0);
  const rules = new Set([...Object.keys(recent.findings), ...Object.keys(before.findings)]);
  const all = [...rules].map((rule) => ({
    rule,
    before: rate(before, rule),
    recent: rate(recent, rule),
    count: (before.findings[rule] ?? 0) + (recent.findings[rule] ?? 0),
  }));
  const improving = all
    .filter((h) => (before.findings[h.rule] ?? 0) >= MIN_BEFORE && recent.drafts > 0 && h.recent < h.before)
    .sort((a, b) => b.before - b.recent - (a.before - a.recent) || a.rule.localeCompare(b.rule))
    .slice(0, top);
  const recurring = all
    .filter((h) => (recent.findings[h.rule] ?? 0) > 0)
    .map((h) => ({ ...h, count: recent.findings[h.rule] ?? 0 }))
    .sort((a, b) => b.recent - a.recent || b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, top);
  return { improving, recurring, window };
}

/** The counts as JSON, for a trainer: the same shape as stored, with what it is. */
export function insightsJson(insights: Insights, now: Date): string {
  return `${JSON.stringify({ format: 'empathy-coach-insights', version: 1, exportedAt: now.toISOString(), ...insights }, null, 2)}\n`;
}

/**
 * The counts as CSV, one row per count: `day,measure,key,count`. The rolled-up total's rows carry its range as
 * "FROM..TO" in the day column. Measures: drafts, empathy_sum, empathy_drafts, category, findings, applied, ignored.
 */
export function insightsCsv(insights: Insights): string {
  const rows: string[] = ['day,measure,key,count'];
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const emit = (day: string, c: DayCounts) => {
    rows.push(`${day},drafts,,${c.drafts}`);
    if (c.empathyCount) rows.push(`${day},empathy_sum,,${c.empathySum}`, `${day},empathy_drafts,,${c.empathyCount}`);
    for (const [k, n] of Object.entries(c.categories)) rows.push(`${day},category,${cell(k)},${n}`);
    for (const measure of ['findings', 'applied', 'ignored'] as const) {
      for (const [k, n] of Object.entries(c[measure]).sort(([a], [b]) => a.localeCompare(b)))
        rows.push(`${day},${measure},${cell(k)},${n}`);
    }
  };
  if (insights.older) emit(`${insights.older.from}..${insights.older.to}`, insights.older);
  for (const day of Object.keys(insights.days).sort((a, b) => dayNumber(a) - dayNumber(b)))
    emit(day, insights.days[day]);
  return `${rows.join('\n')}\n`;
}
