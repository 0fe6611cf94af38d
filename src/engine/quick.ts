/**
 * The first pass of a frame that just started coaching: the rules whose kind needs neither compromise's parse
 * nor a sentiment lexicon (phrase, swap, pattern, metric), run over the draft's English lines while the full
 * engine (compromise, the language detector, the scores) loads and compiles. Its findings are the full analyzer's
 * for those rules, built by the same code (findings.ts); its report is `provisional`: no scores, no checklist.
 *
 * Without the language detector, a line counts as English by its share of common English words (a short line takes
 * the draft's answer), so a Spanish reply is not coached with English rules for the second the full engine takes.
 */
import type { Analyzer, AnalyzerOptions } from './analyzer';
import { compileRules, type CompiledRuleCache } from './compile-rules';
import { dedupe, placed, shownFilter, toFinding } from './findings';
import type { RuleKind } from './kinds/kind';
import { metric } from './kinds/metric';
import { pattern } from './kinds/pattern';
import { phrase } from './kinds/phrase';
import { swap } from './kinds/swap';
import { packLanguage } from './lang/pack-language';
import { prepareSentences } from './prepare';
import { sentenceInput } from './sentence-result';
import { countWords, splitSentences } from './text';
import type { CompiledRule, Finding, PackSpec, Report } from './types';

/** The kinds a first pass runs: each reads the sentence's text only. */
export const QUICK_KINDS: Readonly<Record<string, RuleKind>> = Object.fromEntries(
  ([phrase, swap, pattern, metric] as RuleKind[]).map((k) => [k.kind, k]),
);

// Frequent English words that are not also frequent words of the other languages we coach ("a", "in", "no", "so",
// "on", "me" are left out: Spanish, Portuguese, German and French use them too).
const ENGLISH_WORDS = new Set(
  (
    'the and you your to of is it we i for that this with will be can have are not please thanks thank our my was ' +
    "if at or sorry hi hello would what there they just let know any all get has been from but you’re you're i’m " +
    "i'm we’ll we'll it’s it's don’t don't can’t can't"
  ).split(' '),
);
const CACHE_SIZE = 2000;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** A line of this many words or more answers for itself; shorter ones ("Hola Ana,", "Thanks!") take the draft's. */
const LINE_WORDS = 4;
/** English prose is about a third these words; another language's a few percent at most (names, loanwords). */
const ENGLISH_SHARE = 0.15;

function englishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().match(WORD) ?? [];
  const english = words.reduce((n, w) => n + (ENGLISH_WORDS.has(w) ? 1 : 0), 0);
  return { words: words.length, share: words.length ? english / words.length : 0 };
}

/** Whether each line of `text` (split at line breaks, as sentences are) reads as English. */
export function englishLines(text: string): Array<{ start: number; end: number; english: boolean }> {
  const draft = englishShare(text).share >= ENGLISH_SHARE;
  const lines: Array<{ start: number; end: number; english: boolean }> = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = englishShare(m[0]);
    const english = line.words >= LINE_WORDS ? line.share >= ENGLISH_SHARE : draft;
    lines.push({ start: m.index, end: m.index + m[0].length, english });
  }
  return lines;
}

/**
 * A kind whose rules compile when first run, or when `pending` says so: the first pass compiles its rules in the
 * host's slices (prepare), not in one long task. A rule that does not compile finds nothing here (the full
 * analyzer reports it and leaves its pack out); one that does is handed to the full analyzer through `cache`.
 */
function lazily(kind: RuleKind, readiness: Map<CompiledRule, () => unknown>, cache?: CompiledRuleCache): RuleKind {
  return {
    ...kind,
    compile(spec, base) {
      let real: CompiledRule | null | undefined;
      const ready = () => {
        if (real !== undefined) return real;
        try {
          real = kind.compile(spec, base);
          cache?.set(spec, { rule: base.rule, compiled: real });
        } catch {
          real = null;
        }
        return real;
      };
      const rule: CompiledRule = { ...base, sentence: (input) => ready()?.sentence?.(input) ?? [] };
      readiness.set(rule, ready);
      return rule;
    },
  };
}

export function createQuickAnalyzer(packs: readonly PackSpec[], options: AnalyzerOptions = {}): Analyzer {
  const own = packs.filter((p) => ['en', '*'].includes(packLanguage(p)));
  const readiness = new Map<CompiledRule, () => unknown>();
  // metric rules are cheap to compile, and some are draft rules (no sentence check): compiled at once
  const kinds = { ...QUICK_KINDS };
  for (const kind of [phrase, swap, pattern]) kinds[kind.kind] = lazily(kind, readiness, options.compiled);
  const { rules } = compileRules(own, options.disabledRules ?? [], kinds, {
    cache: options.compiled,
    keep: false,
    partial: true,
  });
  const sentenceRules = rules.filter((r) => r.sentence && !r.appliesTo);
  // only the rules in force (not one a later pack replaced or the agent turned off)
  const pending = sentenceRules.flatMap((r) => readiness.get(r) ?? []);
  let compiled = 0;
  const shown = shownFilter(options);
  const cache = new Map<string, Finding[]>();
  const counts = { analysed: 0, reused: 0, parsed: 0 };

  function sentenceFindings(text: string): Finding[] {
    const hit = cache.get(text);
    if (hit) {
      counts.reused++;
      return hit;
    }
    counts.analysed++;
    // its rules ask for neither a sentiment nor a parse
    const input = sentenceInput(
      text,
      () => 0,
      () => {
        throw new Error('Empathy Coach: a first-pass rule asked for a parse');
      },
    );
    const findings: Finding[] = [];
    for (const rule of sentenceRules) for (const m of rule.sentence!(input)) findings.push(toFinding(rule, text, m));
    // the first pass serves the few seconds before the full engine: a small cache is enough
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, findings);
    return findings;
  }

  // the draft's English sentences, found once for all the slices that prepare it and the analysis that follows
  let last: { text: string; sentences: Array<{ start: number; text: string }> } | undefined;
  function englishSentences(text: string) {
    if (last?.text === text) return last.sentences;
    const lines = englishLines(text);
    const sentences: Array<{ start: number; text: string }> = [];
    let line = 0;
    for (const { start, text: sentence } of splitSentences(text)) {
      while (line < lines.length - 1 && lines[line].end <= start) line++;
      if (lines[line]?.english) sentences.push({ start, text: sentence });
    }
    last = { text, sentences };
    return sentences;
  }

  function prepare(text: string, more: () => boolean): boolean {
    for (; compiled < pending.length; compiled++) {
      if (!more()) return false;
      pending[compiled]();
    }
    return prepareSentences(englishSentences(text), cache, CACHE_SIZE, more, sentenceFindings);
  }

  function analyze(text: string): Report {
    const findings: Finding[] = [];
    for (const { start, text: sentence } of englishSentences(text))
      for (const f of sentenceFindings(sentence)) findings.push(placed(f, start));
    return {
      findings: dedupe(findings).filter(shown),
      scores: { tone: 0, empathy: 0, signals: [], toneSignals: [] },
      checklist: [],
      words: countWords(text),
      provisional: true,
    };
  }

  return {
    analyze,
    rules: sentenceRules,
    stats: () => ({ ...counts }),
    prepare,
    elements: () => [],
  };
}
