/**
 * What the analyzer keeps of one sentence, and the small pure steps that turn rule matches into findings: a
 * sentence's input for the rules, its view for draft rules and scores, findings made, moved and de-duplicated.
 * Split from analyzer.ts so that file holds only the flow of one analysis.
 */
import type { Mechanism } from './empathy/mechanisms';
import { parseSentence, type NlpDoc } from './nlp';
import { countSentenceSyllables, countWords, fillMessage, keepCase, startsSentence } from './text';
import type { CompiledRule, Finding, RawMatch, SentenceInput, SentenceView } from './types';

export interface SentenceResult {
  words: number;
  syllables: number;
  sentiment: number;
  secondPerson: number;
  elements: SentenceView['elements'];
  politeness: SentenceView['politeness'];
  empathy: SentenceView['empathy'];
  /** Findings of the sentence rules, complete but with offsets relative to the sentence. */
  findings: Finding[];
}

/**
 * A sentence as the draft rules and the scores see it. Fields written out, not spread: this runs for every
 * sentence on every keystroke, and object spread costs two orders of magnitude more here (npm run bench).
 */
export function sentenceView(start: number, end: number, text: string, result: SentenceResult): SentenceView {
  return {
    start,
    end,
    text,
    words: result.words,
    syllables: result.syllables,
    sentiment: result.sentiment,
    elements: result.elements,
    politeness: result.politeness,
    empathy: result.empathy,
  };
}

/** What the rules see of a sentence; its sentiment, counts and parse are computed when a rule first asks, once. */
export function sentenceInput(
  text: string,
  scoreSentiment: (text: string) => number,
  onParse?: () => void,
): SentenceInput {
  let sentiment: number | undefined;
  let words: number | undefined;
  let syllables: number | undefined;
  let doc: NlpDoc | undefined;
  return {
    text,
    lower: text.toLowerCase(),
    sentiment: () => (sentiment ??= scoreSentiment(text)),
    words: () => (words ??= countWords(text)),
    syllables: () => (syllables ??= countSentenceSyllables(text)),
    doc: () => (doc ??= (onParse?.(), parseSentence(text))),
  };
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

/** Another language's acknowledgement and next step, as the empathy mechanisms the score reads. */
export function mechanismsFromElements(elements: ReadonlySet<string>): Mechanism[] {
  const found: Mechanism[] = [];
  if (elements.has('acknowledgement')) found.push('validation');
  if (elements.has('next-step')) found.push('ownership');
  return found;
}
