/**
 * Findings are computed on the text as it was; the agent may have typed since. Before drawing, findings are
 * moved to the current text: those after the edit shift by its length, those it touched are dropped until the
 * next analysis. The edit is found as the differing middle between a common prefix and suffix.
 */
import type { Finding } from '../engine';

export function remapFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  if (before === after) return findings.slice();
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: Finding[] = [];
  for (const f of findings) {
    // a finding that touches the edit (even typing right against it) waits for the next analysis
    if (f.end < prefix) out.push(f);
    else if (f.start > editEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}
