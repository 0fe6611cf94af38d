import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../engine';
import { createDraftRecorder, type InsightsDelta } from '.';

const finding = (rule: string, category: Finding['category'] = 'tone'): Finding => ({
  rule,
  category,
  severity: 'suggestion',
  start: 0,
  end: 1,
  text: 'x',
  message: '',
  suggestions: [],
});
const report = (words: number, empathy: number, ...findings: Finding[]): Report => ({
  findings,
  scores: { tone: 0, empathy, signals: [], toneSignals: [] },
  checklist: [],
  words,
});

function setup() {
  const sent: InsightsDelta[] = [];
  let clock = new Date(2025, 5, 15, 10);
  const timers: Array<() => void> = [];
  const recorder = createDraftRecorder({
    send: (d) => sent.push(structuredClone(d)),
    now: () => clock,
    setTimer: (cb) => timers.push(cb),
    clearTimer: () => timers.splice(0),
  });
  const tick = () => timers.splice(0).forEach((t) => t());
  return { recorder, sent, tick, setClock: (d: Date) => (clock = d) };
}

describe('the draft recorder', () => {
  it('counts a draft once it reaches ten words, each rule’s most findings at once, and its latest score', () => {
    const { recorder, sent, tick } = setup();
    const field = {};
    recorder.report(field, report(3, 20, finding('core/just')));
    tick();
    expect(sent).toEqual([]); // a few words are not a draft yet
    recorder.report(
      field,
      report(12, 40, finding('core/just'), finding('core/just'), finding('core/you-failed-to', 'blame')),
    );
    recorder.report(field, report(14, 55, finding('core/just'))); // one "just" fixed: the draft still had two
    tick();
    expect(sent).toEqual([
      {
        day: '2025-06-15',
        drafts: 1,
        findings: { 'core/just': 2, 'core/you-failed-to': 1 },
        categories: { tone: 2, blame: 1 },
        empathy: { score: 55 },
      },
    ]);
    recorder.report(field, report(20, 72));
    recorder.report(field, report(22, 72, finding('core/just'), finding('core/just'), finding('core/just')));
    tick();
    expect(sent[1]).toEqual({
      day: '2025-06-15',
      findings: { 'core/just': 1 },
      categories: { tone: 1 },
      empathy: { score: 72, replaces: 55 },
    });
  });

  it('starts a new draft when the field is emptied or another field is coached', () => {
    const { recorder, sent, tick } = setup();
    const a = {};
    const b = {};
    recorder.report(a, report(10, 50));
    recorder.report(a, report(0, 0)); // sent: the helpdesk cleared the composer
    recorder.report(a, report(11, 60));
    recorder.report(b, report(15, 70));
    recorder.report(b, report(16, 70));
    tick();
    const total = (key: 'drafts') => sent.reduce((n, d) => n + (d[key] ?? 0), 0);
    expect(total('drafts')).toBe(3);
    expect(sent.filter((d) => d.empathy).map((d) => d.empathy)).toEqual([{ score: 50 }, { score: 60 }, { score: 70 }]);
  });

  it('forgets the findings of words deleted before they made a draft', () => {
    const { recorder, sent, tick } = setup();
    const field = {};
    recorder.report(field, report(4, 10, finding('core/just'), finding('core/just'), finding('core/just')));
    recorder.report(field, report(0, 0));
    recorder.report(field, report(12, 60, finding('core/just')));
    tick();
    expect(sent).toEqual([
      { day: '2025-06-15', drafts: 1, findings: { 'core/just': 1 }, categories: { tone: 1 }, empathy: { score: 60 } },
    ]);
  });

  it('counts applied and dismissed suggestions by rule, not what was shown', () => {
    const { recorder, sent, tick } = setup();
    recorder.event({ kind: 'shown', rule: 'core/just' });
    recorder.event({ kind: 'applied', rule: 'core/just' });
    recorder.event({ kind: 'applied', rule: 'core/just' });
    recorder.event({ kind: 'ignored', rule: 'core/unfortunately' });
    tick();
    expect(sent).toEqual([{ day: '2025-06-15', applied: { 'core/just': 2 }, ignored: { 'core/unfortunately': 1 } }]);
    recorder.flush();
    expect(sent).toHaveLength(1); // nothing new, nothing sent
  });

  it('corrects a score on the day the draft was counted, even after midnight', () => {
    const { recorder, sent, tick, setClock } = setup();
    const field = {};
    recorder.report(field, report(10, 50));
    tick();
    setClock(new Date(2025, 5, 16, 0, 5));
    recorder.report(field, report(12, 65));
    recorder.event({ kind: 'applied', rule: 'core/just' });
    tick();
    expect(sent.slice(1)).toEqual([
      { day: '2025-06-16', applied: { 'core/just': 1 } },
      { day: '2025-06-15', empathy: { score: 65, replaces: 50 } },
    ]);
  });

  it('never sends a word of the draft', () => {
    const { recorder, sent, tick } = setup();
    const secret = {
      ...finding('core/just'),
      text: 'SECRET-WORDS',
      message: 'SECRET-MESSAGE',
      suggestions: ['SECRET-SUGGESTION'],
    };
    recorder.report({}, report(30, 50, secret));
    tick();
    expect(JSON.stringify(sent)).not.toMatch(/SECRET/);
  });
});
