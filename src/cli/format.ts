/** Text output in the linter form agents' tools already parse: `file:line:col  severity  rule  message`, then the line with a caret. */
import { noCoachingText, toneSignalText, type Finding, type Report } from '../engine';
import type { Paint } from './io';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in characters as the agent sees them) of a UTF-16 offset. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

export function formatFinding(path: string, text: string, f: Finding, p: Paint): string {
  const { line, column } = positionOf(text, f.start);
  const severity =
    f.severity === 'warning' ? p.red('warning') : f.severity === 'suggestion' ? p.yellow('suggestion') : p.cyan('hint');
  const pad = ' '.repeat('suggestion'.length - f.severity.length);
  const head = `${path}:${line}:${column}  ${severity}${pad}  ${p.dim(f.rule)}  ${f.message}`;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.start);
  if (lineEnd < 0) lineEnd = text.length;
  const source = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const lead = [...text.slice(lineStart, f.start)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const width = Math.max(1, [...text.slice(f.start, Math.min(f.end, lineEnd))].length);
  const lines = [head, `    ${source}`, `    ${lead}${p.red('^'.repeat(width))}`];
  if (f.suggestions.length)
    lines.push(`    ${p.green('→')} ${f.suggestions.map((s) => JSON.stringify(s.trim() || s)).join(p.dim(' | '))}`);
  return lines.join('\n');
}

export function formatSummary(report: Report, p: Paint): string {
  const count = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  const parts = [`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`];
  const bySeverity = (['warning', 'suggestion', 'hint'] as const)
    .filter((s) => count(s))
    .map((s) => `${count(s)} ${s}${count(s) === 1 ? '' : 's'}`);
  if (bySeverity.length) parts[0] += ` (${bySeverity.join(', ')})`;
  parts.push(`tone ${report.scores.tone.toFixed(2)}`, `empathy ${report.scores.empathy}/100`);
  if (report.customer) parts.push(`customer: ${report.customer.emotions.join(', ') || 'neutral'}`);
  if (report.language)
    parts.push(
      report.coached === false
        ? `language: ${report.language} (${noCoachingText(report.language)})`
        : `language: ${report.language}`,
    );
  const lines = [p.bold(parts.join(' · '))];
  if (report.checklist.length) {
    lines.push(
      report.checklist.map((c) => (c.present ? p.green(`✓ ${c.label}`) : p.yellow(`✗ ${c.label}`))).join('   '),
    );
  }
  if (report.scores.signals.length) {
    lines.push(
      p.dim(report.scores.signals.map((s) => `${s.delta > 0 ? '+' : '−'}${Math.abs(s.delta)} ${s.label}`).join(', ')),
    );
  }
  if (report.scores.toneSignals.length)
    lines.push(p.dim(`tone: ${report.scores.toneSignals.map(toneSignalText).join(', ')}`));
  return lines.join('\n');
}
