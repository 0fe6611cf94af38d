/**
 * Findings as every analyzer builds them (the full one, analyzer.ts, and the first pass, quick.ts): one shape,
 * one way to fill messages and suggestions, to place a cached sentence's findings, to order and filter them.
 */
import { fillMessage, keepCase, normalisePhrase, startsSentence } from './text';
import type { CompiledRule, Finding, RawMatch, Severity } from './types';
import { SEVERITIES } from './types';

/** Which findings a report keeps: at least `minSeverity`, and none whose words the agent chose to ignore. */
export function shownFilter(options: {
  minSeverity?: Severity;
  ignorePhrases?: Iterable<string>;
}): (f: Finding) => boolean {
  const minRank = SEVERITIES.indexOf(options.minSeverity ?? 'hint');
  const ignorePhrases = new Set([...(options.ignorePhrases ?? [])].map(normalisePhrase));
  return (f) =>
    SEVERITIES.indexOf(f.severity) >= minRank &&
    !(ignorePhrases.size && f.text && ignorePhrases.has(normalisePhrase(f.text)));
}

/** A complete finding for a match; offsets are relative to `text` (a sentence, or the whole draft). */
export function toFinding(rule: CompiledRule, text: string, m: RawMatch): Finding {
  const matched = text.slice(m.start, m.end);
  const values = { text: matched, ...m.data };
  const suggestions = m.suggestions ?? rule.suggest;
  const finding: Finding = {
    rule: rule.rule,
    category: rule.category,
    severity: rule.severity,
    start: m.start,
    end: m.end,
    text: matched,
    message: fillMessage(rule.message, values),
    suggestions: m.exact ? suggestions : suggestions.map((s) => keepCase(matched, s, startsSentence(text, m.start))),
  };
  if (rule.why) finding.why = fillMessage(rule.why, values);
  return finding;
}

/** A cached sentence finding moved to where its sentence now starts (a fresh object: reports never share). */
export function placed(f: Finding, offset: number): Finding {
  const out: Finding = {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    start: f.start + offset,
    end: f.end + offset,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions.slice(),
  };
  if (f.why !== undefined) out.why = f.why;
  return out;
}

/**
 * Orders findings by place and drops overlapping findings of the same rule (two patterns of one rule matching
 * the same words), keeping the one that starts first and, at the same start, the longer.
 */
export function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const lastEnd = new Map<string, number>();
  return findings.filter((f) => {
    const end = lastEnd.get(f.rule);
    if (end !== undefined && f.start < end) return false;
    lastEnd.set(f.rule, f.end);
    return true;
  });
}
