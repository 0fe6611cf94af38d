/**
 * The analyzer: compiled packs plus a cache of per-sentence results keyed by sentence text. Re-analysing a draft
 * after one keystroke re-runs sentence rules on the one sentence whose text changed; every other sentence's
 * findings are reused and shifted to where the sentence now starts. Draft rules (require, draft-wide metrics)
 * and scores are rebuilt from the cached sentence views, which costs microseconds.
 */
import { createSentimentScorer } from './afinn';
import { compilePacks } from './compile';
import { readCustomer } from './context';
import { detectElements } from './elements';
import { parseSentence, type NlpDoc } from './nlp';
import { scoreEmpathy, scoreTone } from './scores';
import { countSentenceSyllables, countWords, fillMessage, keepCase, splitSentences } from './text';
import type {
  CompiledRule,
  CustomerContext,
  CustomerReading,
  DraftInput,
  Finding,
  PackSpec,
  RawMatch,
  Report,
  SentenceInput,
  SentenceView,
  Severity,
} from './types';
import { SEVERITIES } from './types';

export interface AnalyzerOptions {
  /** Qualified rule ids ("core/just") the agent turned off. */
  disabledRules?: Iterable<string>;
  /** Findings below this severity are left out (default: all). */
  minSeverity?: Severity;
  /** How many distinct sentences to keep analysed (default 4,000). */
  cacheSize?: number;
}

export interface Analyzer {
  analyze(text: string, context?: CustomerContext): Report;
  readonly rules: readonly CompiledRule[];
  /** Work done so far: sentences run through the rules, and sentences served from the cache. */
  stats(): { analysed: number; reused: number; parsed: number };
}

interface SentenceResult {
  words: number;
  syllables: number;
  sentiment: number;
  secondPerson: number;
  elements: SentenceView['elements'];
  /** Per sentence rule (by index), its matches relative to the sentence. */
  matches: Array<[number, RawMatch]>;
}

const SECOND_PERSON = /\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b/gi;

export function createAnalyzer(packs: readonly PackSpec[], options: AnalyzerOptions = {}): Analyzer {
  const { rules, vocabulary } = compilePacks(packs, options.disabledRules);
  const sentenceRules = rules.filter((r) => r.sentence);
  const draftRules = rules.filter((r) => r.draft || r.checklist);
  const minRank = SEVERITIES.indexOf(options.minSeverity ?? 'hint');
  const scoreSentiment = createSentimentScorer(vocabulary);
  const cacheSize = options.cacheSize ?? 4000;
  const cache = new Map<string, SentenceResult>();
  let lastCustomer: { message: string; reading: CustomerReading } | undefined;
  const counts = { analysed: 0, reused: 0, parsed: 0 };

  function analyseSentence(text: string): SentenceResult {
    const hit = cache.get(text);
    if (hit) {
      counts.reused++;
      // refresh its place so the least recently used sentence is the one dropped
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    counts.analysed++;
    let sentiment: number | undefined;
    let doc: NlpDoc | undefined;
    const input: SentenceInput = {
      text,
      lower: text.toLowerCase(),
      sentiment: () => (sentiment ??= scoreSentiment(text)),
      doc: () => (doc ??= (counts.parsed++, parseSentence(text))),
    };
    const matches: Array<[number, RawMatch]> = [];
    sentenceRules.forEach((rule, i) => {
      for (const m of rule.sentence!(input)) matches.push([i, m]);
    });
    const result: SentenceResult = {
      words: countWords(text),
      syllables: countSentenceSyllables(text),
      sentiment: input.sentiment(),
      secondPerson: text.match(SECOND_PERSON)?.length ?? 0,
      elements: detectElements(text),
      matches,
    };
    cache.set(text, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return result;
  }

  function readCustomerCached(message: string | undefined): CustomerReading | undefined {
    if (!message?.trim()) return undefined;
    if (lastCustomer?.message !== message) lastCustomer = { message, reading: readCustomer(message) };
    return lastCustomer.reading;
  }

  function toFinding(rule: CompiledRule, text: string, offset: number, m: RawMatch): Finding {
    const start = offset + m.start;
    const end = offset + m.end;
    const matched = text.slice(start, end);
    const finding: Finding = {
      rule: rule.rule,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      text: matched,
      message: fillMessage(rule.message, { text: matched, ...m.data }),
      suggestions: m.exact ? (m.suggestions ?? rule.suggest) : (m.suggestions ?? rule.suggest).map((s) => keepCase(matched, s)),
    };
    if (rule.why) finding.why = fillMessage(rule.why, { text: matched, ...m.data });
    return finding;
  }

  function analyze(text: string, context: CustomerContext = {}): Report {
    const segments = splitSentences(text);
    const sentences: SentenceView[] = [];
    const findings: Finding[] = [];
    let words = 0;
    let secondPerson = 0;
    for (const segment of segments) {
      const result = analyseSentence(segment.text);
      words += result.words;
      secondPerson += result.secondPerson;
      sentences.push({ ...segment, words: result.words, syllables: result.syllables, sentiment: result.sentiment, elements: result.elements });
      for (const [i, m] of result.matches) findings.push(toFinding(sentenceRules[i], text, segment.start, m));
    }
    const customer = readCustomerCached(context.customerMessage);
    const draft: DraftInput = { text, sentences, customer, channel: context.channel };
    const checklist = [];
    for (const rule of draftRules) {
      for (const m of rule.draft?.(draft) ?? []) findings.push(toFinding(rule, text, 0, m));
      const item = rule.checklist?.(draft);
      if (item) checklist.push(item);
    }
    const kept = dedupe(findings).filter((f) => SEVERITIES.indexOf(f.severity) >= minRank);
    const scoreInput = { sentences, findings: kept, customer, words, secondPerson };
    const { empathy, signals } = scoreEmpathy(scoreInput);
    const report: Report = { findings: kept, scores: { tone: scoreTone(scoreInput), empathy, signals }, checklist, words };
    if (customer) report.customer = customer;
    return report;
  }

  return { analyze, rules, stats: () => ({ ...counts }) };
}

/**
 * Orders findings by place and drops overlapping findings of the same rule (two patterns of one rule matching
 * the same words), keeping the one that starts first and, at the same start, the longer.
 */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const lastEnd = new Map<string, number>();
  return findings.filter((f) => {
    const end = lastEnd.get(f.rule);
    if (end !== undefined && f.start < end) return false;
    lastEnd.set(f.rule, f.end);
    return true;
  });
}
