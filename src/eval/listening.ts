/**
 * The listening figures of `npm run eval`, on tests/corpus/listening/pairs.jsonl: customer/reply pairs whose
 * customer questions are marked by hand, and which of them the reply leaves unanswered. Question extraction and
 * the unanswered-question finding are each measured by precision and recall.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../engine';

export const LISTENING_CORPUS = 'tests/corpus/listening/pairs.jsonl';

export interface ListeningPair {
  id: string;
  context: string;
  reply: string;
  /** The customer's questions, each as words of the message. */
  questions: string[];
  /** Those the reply leaves unanswered. */
  unanswered: string[];
}

/** One JSON object a line; a line that does not parse is named by file and line. */
function readJsonl<T>(root: string, name: string): T[] {
  return readFileSync(path.join(root, name), 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${name}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

/** Written blind to the reflection check; the first was looked at while building it, the held-out one never. */
export const REFLECTION_CORPORA = {
  seen: 'tests/corpus/listening/reflection.jsonl',
  heldOut: 'tests/corpus/listening/reflection-heldout.jsonl',
} as const;

export interface ReflectionPair {
  id: string;
  context: string;
  reply: string;
  /** The reply could go to any customer: it picks up nothing they told. */
  generic: boolean;
}

export function loadReflectionPairs(root: string, file: string): ReflectionPair[] {
  return readJsonl<ReflectionPair>(root, file).map((pair, i) => {
    if (typeof pair.generic !== 'boolean') throw new Error(`${file}:${i + 1}: "generic" must be true or false`);
    return pair;
  });
}

/** A stock reply is caught when the report says it picks nothing up; a reply too short to judge is not caught. */
export function evaluateReflection(
  pairs: readonly ReflectionPair[],
  analyze: (pair: ReflectionPair) => Report,
): { tp: number; fp: number; fn: number; tn: number; undecided: number } {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0, undecided: 0 };
  for (const pair of pairs) {
    const reflection = analyze(pair).reflection;
    if (!reflection) c.undecided++;
    const flagged = reflection?.picksUp === false;
    if (pair.generic) c[flagged ? 'tp' : 'fn']++;
    else c[flagged ? 'fp' : 'tn']++;
  }
  return c;
}

export function loadListeningPairs(root: string): ListeningPair[] {
  return readJsonl<ListeningPair>(root, LISTENING_CORPUS).map((pair, i) => {
    for (const q of [...pair.questions, ...pair.unanswered]) {
      if (!pair.context.includes(q)) throw new Error(`${LISTENING_CORPUS}:${i + 1}: "${q}" is not in the context`);
    }
    return pair;
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

export interface ListeningResult {
  extraction: Counts;
  unanswered: Counts;
  /** Pairs: a pair with an unanswered question flagged at least once; a pair without one never. */
  pairs: Counts & { tn: number };
  misses: string[];
}

/** Where a marked question sits in the message. */
const spanOf = (context: string, q: string) => ({ start: context.indexOf(q), end: context.indexOf(q) + q.length });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function evaluateListening(
  pairs: readonly ListeningPair[],
  analyze: (pair: ListeningPair) => Report,
): ListeningResult {
  const extraction: Counts = { tp: 0, fp: 0, fn: 0 };
  const unanswered: Counts = { tp: 0, fp: 0, fn: 0 };
  const pairCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: string[] = [];
  for (const pair of pairs) {
    const report = analyze(pair);
    const found = report.questions ?? [];
    const marked = pair.questions.map((q) => ({ q, span: spanOf(pair.context, q), open: pair.unanswered.includes(q) }));
    const matchedMarked = new Set<string>();
    for (const f of found) {
      const m = marked.find((x) => overlaps(x.span, f));
      if (!m) {
        extraction.fp++;
        misses.push(`${pair.id}: extracted “${f.text}”, not marked`);
        continue;
      }
      matchedMarked.add(m.q);
      if (!f.answered && m.open) unanswered.tp++;
      else if (!f.answered) {
        unanswered.fp++;
        misses.push(`${pair.id}: “${f.text}” flagged, but the reply answers it`);
      } else if (m.open) {
        unanswered.fn++;
        misses.push(`${pair.id}: “${f.text}” read as answered`);
      }
    }
    extraction.tp += matchedMarked.size;
    for (const m of marked) {
      if (matchedMarked.has(m.q)) continue;
      extraction.fn++;
      misses.push(`${pair.id}: missed the question “${m.q}”`);
      if (m.open) unanswered.fn++;
    }
    const flagged = report.findings.some((f) => f.rule.endsWith('/unanswered-question'));
    if (pair.unanswered.length) pairCounts[flagged ? 'tp' : 'fn']++;
    else pairCounts[flagged ? 'fp' : 'tn']++;
  }
  return { extraction, unanswered, pairs: pairCounts, misses };
}
