/**
 * The agent's self-coaching insights: counts only, never a word they wrote. One record per local day for the
 * last 365 days; older days are added up into `older`, so totals stay right while storage stays small.
 * Pure functions here; the storage item and its single writer are in ./store.
 */
import { CATEGORIES, type Category } from '../engine/types';

export interface DayCounts {
  /** Drafts coached: a field's text that reached DRAFT_MIN_WORDS words, once per draft. */
  drafts: number;
  /** Findings by category, counted per draft: each rule's most findings at once in the draft. */
  categories: Partial<Record<Category, number>>;
  /** Findings by rule (qualified id), counted the same way. */
  findings: Record<string, number>;
  /** Suggestions applied, by rule. */
  applied: Record<string, number>;
  /** Findings dismissed ("Ignore", "Ignore everywhere"), by rule. */
  ignored: Record<string, number>;
  /** The sum of the drafts' last empathy scores, and how many drafts it adds up. */
  empathySum: number;
  empathyCount: number;
}

export interface Insights {
  /** Local days, "YYYY-MM-DD", at most KEEP_DAYS of them. */
  days: Record<string, DayCounts>;
  /** Every older day added up, with the first and last day it covers; null until a day rolls up. */
  older: (DayCounts & { from: string; to: string }) | null;
}

/** What a tab reports to the background: counts to add to one day. */
export interface InsightsDelta {
  day: string;
  drafts?: number;
  categories?: Partial<Record<Category, number>>;
  findings?: Record<string, number>;
  applied?: Record<string, number>;
  ignored?: Record<string, number>;
  /** A draft's empathy score; `replaces` is the score this draft reported before (then the draft is not counted again). */
  empathy?: { score: number; replaces?: number };
}

/** Days kept one by one, today included. */
export const KEEP_DAYS = 365;
/** A draft counts once its text reaches this many words: a reply, not a stray word in a field. */
export const DRAFT_MIN_WORDS = 10;
/** Rules kept apart per day and per kind of count; more go under OTHER_RULES (a pack with thousands of rules cannot fill storage). */
export const MAX_RULES_PER_DAY = 400;
export const OTHER_RULES = '(other rules)';
/** The most a single report may add to one count: anything larger is not a tab's honest report. */
const MAX_DELTA = 1000;

export const EMPTY_INSIGHTS: Insights = { days: {}, older: null };

export function emptyDay(): DayCounts {
  return { drafts: 0, categories: {}, findings: {}, applied: {}, ignored: {}, empathySum: 0, empathyCount: 0 };
}

/** The local day of a moment, "YYYY-MM-DD". */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a day key (calendar arithmetic, free of time zones and daylight saving). */
export function dayNumber(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function dayFromNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The day `offset` days from `day` (negative: before). */
export function addDays(day: string, offset: number): string {
  return dayFromNumber(dayNumber(day) + offset);
}

function addMap(into: Record<string, number>, from: Record<string, number> | undefined, cap = Infinity): void {
  for (const [key, n] of Object.entries(from ?? {})) {
    const target = key in into || Object.keys(into).length < cap ? key : OTHER_RULES;
    into[target] = (into[target] ?? 0) + n;
  }
}

/** `a` plus `b`, as a new record. */
export function sumDays(a: DayCounts, b: DayCounts): DayCounts {
  const out: DayCounts = {
    ...emptyDay(),
    drafts: a.drafts + b.drafts,
    empathySum: a.empathySum + b.empathySum,
    empathyCount: a.empathyCount + b.empathyCount,
  };
  for (const key of ['findings', 'applied', 'ignored'] as const) {
    addMap(out[key], a[key]);
    addMap(out[key], b[key]);
  }
  addMap(out.categories, a.categories);
  addMap(out.categories, b.categories);
  return out;
}

/** Moves the days older than KEEP_DAYS (counting back from `today`) into `older`. */
export function rollUp(insights: Insights, today: string): Insights {
  const oldest = dayNumber(today) - KEEP_DAYS + 1;
  const stale = Object.keys(insights.days)
    .filter((d) => dayNumber(d) < oldest)
    .sort();
  if (!stale.length) return insights;
  const days = { ...insights.days };
  let older = insights.older;
  for (const day of stale) {
    const counts = sumDays(older ?? emptyDay(), days[day]);
    older = {
      ...counts,
      from: older && older.from < day ? older.from : day,
      to: older && older.to > day ? older.to : day,
    };
    delete days[day];
  }
  return { days, older };
}

/** Adds a tab's counts (already checked) to the day they belong to, or to `older` if that day has rolled up. */
export function addDelta(insights: Insights, delta: InsightsDelta, today: string): Insights {
  const current = rollUp(insights, today);
  const rolled = dayNumber(delta.day) <= dayNumber(today) - KEEP_DAYS;
  const base = rolled
    ? (current.older ?? { ...emptyDay(), from: delta.day, to: delta.day })
    : (current.days[delta.day] ?? emptyDay());
  const next: DayCounts = {
    ...base,
    categories: { ...base.categories },
    findings: { ...base.findings },
    applied: { ...base.applied },
    ignored: { ...base.ignored },
    drafts: base.drafts + (delta.drafts ?? 0),
  };
  addMap(next.categories, delta.categories);
  addMap(next.findings, delta.findings, MAX_RULES_PER_DAY);
  addMap(next.applied, delta.applied, MAX_RULES_PER_DAY);
  addMap(next.ignored, delta.ignored, MAX_RULES_PER_DAY);
  if (delta.empathy) {
    const { score, replaces } = delta.empathy;
    if (replaces === undefined) {
      next.empathySum += score;
      next.empathyCount += 1;
    } else if (next.empathyCount > 0) next.empathySum = Math.max(0, next.empathySum + score - replaces);
  }
  if (rolled) {
    const older = next as DayCounts & { from: string; to: string };
    return {
      ...current,
      older: {
        ...older,
        from: older.from < delta.day ? older.from : delta.day,
        to: older.to > delta.day ? older.to : delta.day,
      },
    };
  }
  return { ...current, days: { ...current.days, [delta.day]: next } };
}

const RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * A delta from a message, checked field by field (a content script is the least trusted context): known keys
 * only, whole non-negative counts, rule ids, known categories, a day within the kept year or tomorrow (a clock
 * near midnight). Returns null for anything else; nothing of a refused delta is recorded.
 */
export function checkDelta(value: unknown, today: string): InsightsDelta | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const allowed = ['day', 'drafts', 'categories', 'findings', 'applied', 'ignored', 'empathy'];
  if (Object.keys(v).some((k) => !allowed.includes(k))) return null;
  if (
    typeof v.day !== 'string' ||
    !DAY_RE.test(v.day) ||
    !(dayNumber(v.day) <= dayNumber(today) + 1 && dayNumber(v.day) > dayNumber(today) - KEEP_DAYS - 31)
  )
    return null;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DELTA;
  const map = (m: unknown, key: (k: string) => boolean) =>
    m === undefined ||
    (typeof m === 'object' &&
      m !== null &&
      !Array.isArray(m) &&
      Object.keys(m).length <= MAX_RULES_PER_DAY &&
      Object.entries(m).every(([k, n]) => key(k) && count(n)));
  const isRule = (k: string) => k.length <= 200 && RULE_ID.test(k);
  if (v.drafts !== undefined && !count(v.drafts)) return null;
  if (!map(v.categories, (k) => (CATEGORIES as readonly string[]).includes(k))) return null;
  if (!map(v.findings, isRule) || !map(v.applied, isRule) || !map(v.ignored, isRule)) return null;
  if (v.empathy !== undefined) {
    const e = v.empathy as Record<string, unknown> | null;
    const score = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
    if (
      typeof e !== 'object' ||
      e === null ||
      !score(e.score) ||
      (e.replaces !== undefined && !score(e.replaces)) ||
      Object.keys(e).some((k) => k !== 'score' && k !== 'replaces')
    )
      return null;
  }
  return v as unknown as InsightsDelta;
}
