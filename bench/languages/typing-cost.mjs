/**
 * What language detection costs a keystroke (issue 16): the multilingual analyzer (per-line detection, cached
 * by the line's text) against the English-only analyzer, each warm, on the same 1,000-word drafts and the same
 * one-letter edits: an English draft, a Spanish one and a mixed one (two English replies, then a Spanish one).
 *
 * Honesty rules this file keeps:
 * - Both analyzers get every edited text, in an order that alternates per keystroke, so drift in the machine's
 *   speed falls on both alike.
 * - The detector's own runs are counted (cache misses of detect.ts), and a run fails unless each keystroke ran
 *   it at most once: the one line that changed, never the whole draft.
 * - The Spanish draft is made of the Spanish corpus replies (tests/corpus/es), real replies rather than a
 *   generator's, cut at 1,000 words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, createRandom, generateCorpus } from '../corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEYSTROKES = 301;
const WARMUP_KEYSTROKES = 30;
const WORDS = 1000;
const SEED = 161_616;

/** The Spanish corpus's replies (front matter off), shuffled by a fixed seed, up to `words` words. */
function spanishDraft(words, random) {
  const replies = ['good', 'poor'].flatMap((kind) => {
    const dir = path.join(ROOT, 'tests/corpus/es', kind);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) =>
        readFileSync(path.join(dir, f), 'utf8')
          .replace(/^---\n[\s\S]*?\n---\n/, '')
          .trim(),
      );
  });
  for (let i = replies.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [replies[i], replies[j]] = [replies[j], replies[i]];
  }
  return takeWords(replies, words);
}

/** Whole replies until the next would pass `words`, separated as the English corpus separates its replies. */
function takeWords(replies, words) {
  const kept = [];
  let total = 0;
  for (const reply of replies) {
    const n = countWords(reply);
    if (total + n > words) break;
    kept.push(reply);
    total += n;
  }
  return kept.join('\n\n---\n\n');
}

export function languageDrafts() {
  const english = generateCorpus(WORDS, SEED);
  const spanish = spanishDraft(WORDS, createRandom(SEED));
  const en = english.split('\n\n---\n\n');
  const es = spanish.split('\n\n---\n\n');
  const mixed = [];
  for (let i = 0; mixed.length < en.length + es.length; i++) {
    if (en[2 * i]) mixed.push(en[2 * i]);
    if (en[2 * i + 1]) mixed.push(en[2 * i + 1]);
    if (es[i]) mixed.push(es[i]);
    if (!en[2 * i] && !es[i]) break;
  }
  return { English: english, Spanish: spanish, mixed: takeWords(mixed, WORDS) };
}

const median = (sorted) => sorted[sorted.length >> 1];
const p95 = (sorted) => sorted[Math.floor(sorted.length * 0.95)];

/** One-letter edits at random letters; per keystroke each analyzer analyses the edited draft. */
function typeInto(draft, analyzers, detectorRunCount) {
  const random = createRandom(draft.length);
  let text = draft;
  for (const { analyzer } of analyzers) {
    analyzer.prepare?.(text, () => true);
    analyzer.analyze(text);
  }
  const times = analyzers.map(() => []);
  let mostRuns = 0;
  let totalRuns = 0;
  // the first keystrokes compile the code a keystroke runs (the detector's included): untimed
  for (let k = -WARMUP_KEYSTROKES; k < KEYSTROKES; k++) {
    const letters = [...text.matchAll(/\p{L}/gu)];
    const at = letters[Math.floor(random() * letters.length)].index;
    const lower = text[at].toLowerCase();
    let letter = lower;
    while (letter === lower) letter = String.fromCharCode(97 + Math.floor(random() * 26));
    text = `${text.slice(0, at)}${letter}${text.slice(at + 1)}`;
    const order = k % 2 ? [...analyzers.keys()].reverse() : [...analyzers.keys()];
    for (const i of order) {
      const runsBefore = detectorRunCount();
      const t0 = performance.now();
      // what the content script does per keystroke: ask whether the draft is ready, then analyse it
      analyzers[i].analyzer.prepare?.(text, () => true);
      analyzers[i].analyzer.analyze(text);
      const elapsed = performance.now() - t0;
      if (k < 0) continue;
      times[i].push(elapsed);
      const runs = detectorRunCount() - runsBefore;
      totalRuns += runs;
      mostRuns = Math.max(mostRuns, runs);
    }
  }
  return {
    words: countWords(draft),
    lines: draft.split('\n').filter((l) => l.trim()).length,
    results: analyzers.map(({ name }, i) => {
      const sorted = times[i].sort((a, b) => a - b);
      return { name, median: median(sorted), p95: p95(sorted) };
    }),
    detectorRunsPerKeystroke: totalRuns / KEYSTROKES,
    mostDetectorRuns: mostRuns,
  };
}

export function benchLanguageTyping({ createAnalyzer, createMultilingualAnalyzer, detectorRunCount, BUILTIN_PACKS }) {
  const out = [];
  for (const [name, draft] of Object.entries(languageDrafts())) {
    const analyzers = [
      { name: 'English only', analyzer: createAnalyzer(BUILTIN_PACKS.filter((p) => (p.language ?? 'en') === 'en')) },
      { name: 'with detection', analyzer: createMultilingualAnalyzer(BUILTIN_PACKS) },
    ];
    const measured = typeInto(draft, analyzers, detectorRunCount);
    if (measured.mostDetectorRuns > 1)
      throw new Error(`${name} draft: one keystroke ran the detector ${measured.mostDetectorRuns} times`);
    out.push({ draft: name, language: analyzers[1].analyzer.languageOf(draft), ...measured });
  }
  return out;
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function printLanguageTyping(rows) {
  console.log(
    `\nLanguages: per-keystroke cost with language detection (one-letter edit, warm analyzer, median / p95 of ${KEYSTROKES}, ms)`,
  );
  for (const r of rows) {
    const [english, detected] = r.results;
    console.log(
      `  ${`${r.draft} draft (${r.words} words, ${r.lines} lines, read as ${r.language})`.padEnd(52)}` +
        `English only ${fmt(english.median).padStart(5)} / ${fmt(english.p95).padStart(5)}   ` +
        `with detection ${fmt(detected.median).padStart(5)} / ${fmt(detected.p95).padStart(5)}   ` +
        `detector runs a keystroke ${r.detectorRunsPerKeystroke.toFixed(2)}`,
    );
  }
}

/** Detection must not make a keystroke on an English draft costlier than 1 ms more than English only. */
export function languageTypingTargets(rows) {
  const english = rows.find((r) => r.draft === 'English');
  const extra = english.results[1].median - english.results[0].median;
  return [
    `${extra < 1 ? 'PASS' : 'FAIL'} detection adds under 1 ms a keystroke on an English draft (${fmt(extra)} ms)`,
    `${rows.every((r) => r.mostDetectorRuns <= 1) ? 'PASS' : 'FAIL'} the detector runs at most once a keystroke (the changed line)`,
  ];
}
