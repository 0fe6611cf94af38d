/** The draft being written in the popup's tab, as its content script last coached it (the tab answers; nothing is stored). */
import { customerFeeling, noCoachingText, type Report } from '../../engine';
import type { Message } from '../../messages';

export interface DraftSummary {
  empathy: number;
  tone: 'warm' | 'neutral' | 'harsh';
  findings: number;
  /** The customer's feeling as read from their message, when the site shows it and it isn't neutral. */
  emotion: string | null;
  /** "No coaching for Russian yet" when no pack coaches the draft's language. */
  uncovered: string | null;
}

export function summariseReport(report: Report): DraftSummary {
  const t = report.scores.tone;
  return {
    empathy: report.scores.empathy,
    tone: t > 0.2 ? 'warm' : t < -0.2 ? 'harsh' : 'neutral',
    findings: report.findings.length,
    emotion: customerFeeling(report.customer),
    uncovered: report.coached === false ? noCoachingText(report.language ?? '') : null,
  };
}

/** Null when no field is coached in the tab (or the tab has no content script). */
export async function readDraft(tabId: number): Promise<DraftSummary | null> {
  const message: Message = { kind: 'get-report' };
  const report = (await browser.tabs.sendMessage(tabId, message).catch(() => null)) as Report | null | undefined;
  return report && typeof report === 'object' && report.scores ? summariseReport(report) : null;
}
