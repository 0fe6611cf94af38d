/**
 * The content script's side of the insights: turns the coach's reports and events into counts and sends them
 * to the background now and then. Nothing of the text is kept, not even in memory: a draft is a field, a word
 * count, the most findings of each rule seen at once, and its latest empathy score.
 *
 * A draft is one field's text from the moment the field is coached until the field is emptied (the helpdesk
 * cleared it after sending) or another field is coached; it counts once, when it reaches DRAFT_MIN_WORDS
 * words. Its findings count each rule's most findings at once (a long sentence that keeps growing is one
 * finding, not one per keystroke); its empathy score is its latest, replacing the one sent before.
 */
import type { Category, Report } from '../engine/types';
import { dayKey, DRAFT_MIN_WORDS, type InsightsDelta } from './counts';

export interface CoachingEvent {
  kind: 'applied' | 'ignored' | 'shown';
  rule: string;
}

export interface DraftRecorder {
  /** A new report for a field. */
  report(field: object, report: Report): void;
  /** A coaching event (counts only). */
  event(event: CoachingEvent): void;
  /** Sends what is pending now (the page is being hidden or closed). */
  flush(): void;
}

export interface DraftRecorderOptions {
  send(delta: InsightsDelta): void;
  /** How long counts wait to be sent together. */
  flushMs?: number;
  now?(): Date;
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

interface Draft {
  field: object;
  counted: boolean;
  /** Per rule: its category, the most findings seen at once, and how many of those were sent already. */
  rules: Map<string, { category: Category; most: number; sent: number }>;
  score: number | null;
  sent: { score: number; day: string } | null;
}

export function createDraftRecorder(options: DraftRecorderOptions): DraftRecorder {
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const flushMs = options.flushMs ?? 3000;
  let draft: Draft | null = null;
  let pending = { drafts: 0, applied: {} as Record<string, number>, ignored: {} as Record<string, number> };
  let timer: unknown = null;

  const newDraft = (field: object): Draft => ({ field, counted: false, rules: new Map(), score: null, sent: null });

  function schedule() {
    if (timer === null) timer = setTimer(flush, flushMs);
  }

  function flush() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const day = dayKey(now());
    const delta: InsightsDelta = { day };
    if (pending.drafts) delta.drafts = pending.drafts;
    if (Object.keys(pending.applied).length) delta.applied = pending.applied;
    if (Object.keys(pending.ignored).length) delta.ignored = pending.ignored;
    pending = { drafts: 0, applied: {}, ignored: {} };
    let earlierScore: InsightsDelta | null = null;
    if (draft?.counted) {
      for (const [rule, r] of draft.rules) {
        if (r.most <= r.sent) continue;
        (delta.findings ??= {})[rule] = r.most - r.sent;
        (delta.categories ??= {})[r.category] = (delta.categories[r.category] ?? 0) + r.most - r.sent;
        r.sent = r.most;
      }
      if (draft.score !== null && draft.score !== draft.sent?.score) {
        const empathy = draft.sent ? { score: draft.score, replaces: draft.sent.score } : { score: draft.score };
        // a draft's score belongs to the day it was first counted, even when it changes after midnight
        if (draft.sent && draft.sent.day !== day) earlierScore = { day: draft.sent.day, empathy };
        else delta.empathy = empathy;
        draft.sent = { score: draft.score, day: draft.sent?.day ?? day };
      }
    }
    if (Object.keys(delta).length > 1) options.send(delta);
    if (earlierScore) options.send(earlierScore);
  }

  function endDraft() {
    flush();
    draft = null;
  }

  return {
    report(field, report) {
      if (draft && draft.field !== field) endDraft();
      // an emptied field starts over: a draft that counted is done (sent, most likely); one that didn't never was
      if (draft && report.words === 0) {
        if (draft.counted) endDraft();
        else draft.rules.clear();
      }
      draft ??= newDraft(field);
      const seen = new Map<string, number>();
      for (const f of report.findings) seen.set(f.rule, (seen.get(f.rule) ?? 0) + 1);
      for (const f of report.findings) {
        const r = draft.rules.get(f.rule);
        const n = seen.get(f.rule)!;
        if (!r) draft.rules.set(f.rule, { category: f.category, most: n, sent: 0 });
        else if (n > r.most) r.most = n;
      }
      if (report.words >= DRAFT_MIN_WORDS) {
        if (!draft.counted) {
          draft.counted = true;
          pending.drafts += 1;
        }
        draft.score = report.scores.empathy;
      }
      if (draft.counted) schedule();
    },
    event({ kind, rule }) {
      if (kind === 'shown') return;
      const into = kind === 'applied' ? pending.applied : pending.ignored;
      into[rule] = (into[rule] ?? 0) + 1;
      schedule();
    },
    flush,
  };
}
