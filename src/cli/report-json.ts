/** One checked reply in the JSON contract of `check --format json` (a `files[]` entry), shared by `--pairs`. */
import type { Report } from '../engine';

export function reportJson(path: string, report: Report) {
  return {
    path,
    language: report.language,
    findings: report.findings,
    scores: { tone: report.scores.tone, empathy: report.scores.empathy },
    signals: report.scores.signals,
    toneSignals: report.scores.toneSignals,
    checklist: report.checklist,
    ...(report.customer ? { customer: report.customer } : {}),
    ...(report.questions ? { questions: report.questions } : {}),
    ...(report.reflection ? { reflection: report.reflection } : {}),
    words: report.words,
  };
}
