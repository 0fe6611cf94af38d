/**
 * Every figure `npm run eval` prints and the ratchet test guards, computed from one analyzer over three data
 * sets: the Stanford Politeness Corpus (agreement of the tone score with people), a corpus of good support replies
 * (clutter: what the coach flags on replies a trainer would not change) and a corpus of poor ones (recall: does
 * the coach flag what a trainer would).
 */
import { CATEGORIES, SEVERITIES, type Analyzer, type Category, type Report } from '../engine';
import type { PolitenessRequest } from './politeness-data';
import { binaryTask } from './politeness-data';
import type { Reply } from './replies';
import { accuracy, auc, bestThreshold, bootstrapInterval, spearman, type Labelled } from './stats';

export type Better = 'higher' | 'lower';

export interface Figure {
  /** Stable id, used by the ratchet file. */
  key: string;
  label: string;
  value: number;
  unit: '%' | 'ρ' | 'per 100 words' | 'count' | 'AUC';
  /** Which way is an improvement; figures without it are printed for context only. */
  better?: Better;
  /** Printed beside the value: a baseline or reference on the same data. */
  compare?: string;
  /** 90% bootstrap interval of the value (same unit). */
  interval?: [number, number];
}

export interface EvalData {
  politeness: readonly PolitenessRequest[];
  good: readonly Reply[];
  poor: readonly Reply[];
}

export interface EvalTools {
  analyzer: Analyzer;
  /** The `sentiment` package's AFINN comparative score (score per word), the baseline the issue names. */
  afinnComparative: (text: string) => number;
}

/** An AUC figure with its 90% bootstrap interval. */
export function aucFigure(key: string, label: string, items: Labelled[], compare?: string): Figure {
  return {
    key,
    label: `${label} (n=${items.length})`,
    value: auc(items),
    interval: bootstrapInterval(items, auc),
    unit: 'AUC',
    better: 'higher',
    compare,
  };
}

/** The paper's reported figures on the same binary task (Wikipedia, in-domain). */
export const PAPER = { svm: 0.8379, human: 0.8672 };

const SUGGESTION = SEVERITIES.indexOf('suggestion');
const atLeastSuggestion = (r: Report) => r.findings.filter((f) => SEVERITIES.indexOf(f.severity) >= SUGGESTION);

export interface PolitenessFigures {
  requests: number;
  calibration: number;
  test: number;
  tone: ClassifierFigures;
  afinn: ClassifierFigures;
}

export interface ClassifierFigures {
  threshold: number;
  /** Accuracy on the test half at the threshold chosen on the calibration half. */
  accuracy: number;
  accuracyInterval: [number, number];
  /** Accuracy on the test half at threshold 0. */
  accuracyAtZero: number;
  /** Accuracy on the calibration half at its own threshold (what tuning may look at). */
  calibrationAccuracy: number;
  /** Spearman's ρ with Normalized Score, all requests. */
  spearman: number;
}

export function politenessFigures(
  requests: readonly PolitenessRequest[],
  tone: (text: string) => number,
  afinn: (text: string) => number,
): PolitenessFigures {
  const task = binaryTask(requests);
  const toneOf = new Map<string, number>();
  const afinnOf = new Map<string, number>();
  for (const r of requests) {
    toneOf.set(r.id, tone(r.text));
    afinnOf.set(r.id, afinn(r.text));
  }
  const classify = (scoreOf: Map<string, number>): ClassifierFigures => {
    const label = (items: typeof task.test): Labelled[] =>
      items.map((x) => ({ score: scoreOf.get(x.id)!, positive: x.polite }));
    const calibration = label(task.calibration);
    const test = label(task.test);
    const threshold = bestThreshold(calibration);
    return {
      threshold,
      accuracy: accuracy(test, threshold),
      accuracyInterval: bootstrapInterval(test, (sample) => accuracy(sample, threshold)),
      accuracyAtZero: accuracy(test, 0),
      calibrationAccuracy: accuracy(calibration, threshold),
      spearman: spearman(
        requests.map((r) => scoreOf.get(r.id)!),
        requests.map((r) => r.score),
      ),
    };
  };
  return {
    requests: requests.length,
    calibration: task.calibration.length,
    test: task.test.length,
    tone: classify(toneOf),
    afinn: classify(afinnOf),
  };
}

export interface ReplyFigures {
  goodReplies: number;
  goodWords: number;
  /** Findings at suggestion level or above per 100 words of good replies. */
  clutter: number;
  hintsPer100: number;
  /** Good replies with no finding at suggestion level or above. */
  cleanGood: number;
  /** Good replies with a warning (a good reply must never raise one). */
  goodWarnings: number;
  poorReplies: number;
  recall: Record<Category, { flagged: number; caught: number }>;
  /** Caught / flagged over all (reply, category) pairs. */
  overallRecall: number;
  /** How well tone tells good replies from poor ones (AUC). */
  toneSeparation: number;
  toneSeparationInterval: [number, number];
  /** Per-reply details for the --verbose listing. */
  details: Array<{ reply: Reply; report: Report; missed: Category[] }>;
}

export function replyFigures(analyzer: Analyzer, good: readonly Reply[], poor: readonly Reply[]): ReplyFigures {
  const analyse = (r: Reply) => analyzer.analyze(r.text, { customerMessage: r.customer, channel: r.channel });
  const details: ReplyFigures['details'] = [];
  let words = 0;
  let loud = 0;
  let hints = 0;
  let clean = 0;
  let warnings = 0;
  const toneItems: Labelled[] = [];
  for (const reply of good) {
    const report = analyse(reply);
    const shown = atLeastSuggestion(report);
    words += report.words;
    loud += shown.length;
    hints += report.findings.length - shown.length;
    if (!shown.length) clean++;
    if (report.findings.some((f) => f.severity === 'warning')) warnings++;
    toneItems.push({ score: report.scores.tone, positive: true });
    details.push({ reply, report, missed: [] });
  }
  const recall = Object.fromEntries(CATEGORIES.map((c) => [c, { flagged: 0, caught: 0 }])) as ReplyFigures['recall'];
  for (const reply of poor) {
    const report = analyse(reply);
    const seen = new Set(report.findings.map((f) => f.category));
    const missed: Category[] = [];
    for (const c of reply.flags) {
      recall[c].flagged++;
      if (seen.has(c)) recall[c].caught++;
      else missed.push(c);
    }
    toneItems.push({ score: report.scores.tone, positive: false });
    details.push({ reply, report, missed });
  }
  const flagged = CATEGORIES.reduce((n, c) => n + recall[c].flagged, 0);
  const caught = CATEGORIES.reduce((n, c) => n + recall[c].caught, 0);
  return {
    goodReplies: good.length,
    goodWords: words,
    clutter: words ? (loud / words) * 100 : 0,
    hintsPer100: words ? (hints / words) * 100 : 0,
    cleanGood: clean,
    goodWarnings: warnings,
    poorReplies: poor.length,
    recall,
    overallRecall: flagged ? caught / flagged : 0,
    toneSeparation: auc(toneItems),
    toneSeparationInterval: bootstrapInterval(toneItems, auc),
    details,
  };
}

export interface Evaluation {
  politeness: PolitenessFigures;
  replies: ReplyFigures;
  figures: Figure[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function evaluate(data: EvalData, tools: EvalTools): Evaluation {
  const politeness = politenessFigures(
    data.politeness,
    (t) => tools.analyzer.analyze(t).scores.tone,
    tools.afinnComparative,
  );
  const replies = replyFigures(tools.analyzer, data.good, data.poor);
  const { tone, afinn } = politeness;
  const figures: Figure[] = [
    {
      key: 'politeness.accuracy',
      label: `Politeness, polite vs impolite quartiles: accuracy (test half, n=${politeness.test})`,
      value: tone.accuracy,
      interval: tone.accuracyInterval,
      unit: '%',
      better: 'higher',
      compare: `AFINN ${pct(afinn.accuracy)} · SVM (paper) ${pct(PAPER.svm)} · humans (paper) ${pct(PAPER.human)}`,
    },
    {
      key: 'politeness.accuracyAtZero',
      label: 'Politeness: same, at threshold 0',
      value: tone.accuracyAtZero,
      unit: '%',
      better: 'higher',
      compare: `AFINN ${pct(afinn.accuracyAtZero)}`,
    },
    {
      key: 'politeness.spearman',
      label: `Politeness: Spearman ρ of tone with Normalized Score (all ${politeness.requests})`,
      value: tone.spearman,
      unit: 'ρ',
      better: 'higher',
      compare: `AFINN ${afinn.spearman.toFixed(3)}`,
    },
    {
      key: 'good.clutter',
      label: `Good replies (${replies.goodReplies}, ${replies.goodWords} words): findings ≥ suggestion per 100 words`,
      value: replies.clutter,
      unit: 'per 100 words',
      better: 'lower',
      compare: `hints ${replies.hintsPer100.toFixed(2)} per 100 words`,
    },
    {
      key: 'good.clean',
      label: 'Good replies with no finding ≥ suggestion',
      value: replies.goodReplies ? replies.cleanGood / replies.goodReplies : 0,
      unit: '%',
      better: 'higher',
    },
    {
      key: 'good.warnings',
      label: 'Good replies with a warning',
      value: replies.goodWarnings,
      unit: 'count',
      better: 'lower',
    },
  ];
  for (const c of CATEGORIES) {
    const { flagged, caught } = replies.recall[c];
    if (!flagged) continue;
    figures.push({
      key: `poor.recall.${c}`,
      label: `Poor replies: recall, ${c} (${caught}/${flagged})`,
      value: caught / flagged,
      unit: '%',
      better: 'higher',
    });
  }
  figures.push(
    {
      key: 'poor.recall',
      label: `Poor replies (${replies.poorReplies}): recall, all categories`,
      value: replies.overallRecall,
      unit: '%',
      better: 'higher',
    },
    {
      key: 'replies.toneSeparation',
      label: 'Tone ranks good replies above poor ones (AUC; across domains: never fitted on)',
      value: replies.toneSeparation,
      interval: replies.toneSeparationInterval,
      unit: 'AUC',
      better: 'higher',
    },
  );
  return { politeness, replies, figures };
}
