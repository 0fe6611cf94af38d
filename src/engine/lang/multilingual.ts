/**
 * Coaching by language. Packs are grouped by their `language` ("*" packs join every group); each language gets
 * its own analyzer, built the first time a draft in that language shows up, with the language's cues (modules.ts).
 * A draft is analysed by the analyzer of its main language; a line reliably in another language is coached by
 * that language's analyzer, or left alone when no pack covers it (a quoted Russian message in an English reply).
 * A draft in a language no pack covers gets no findings and neutral scores (tone 0, empathy 0: not scored).
 */
import type { Analyzer, AnalyzerOptions } from '../analyzer';
import { createAnalyzerSafely } from '../safe-analyzer';
import { readCustomer as readEnglishCustomer } from '../context';
import { countWords } from '../text';
import type { CompiledRule, CustomerContext, CustomerReading, Finding, PackSpec, Report } from '../types';
import { detectLanguage, mainLanguage, paragraphs, type Paragraph } from './detect';
import type { LanguageHooks } from './hooks';
import { languageHooks } from './modules';
import { packLanguage } from './pack-language';

export { packLanguage };

export interface MultilingualAnalyzer extends Analyzer {
  analyze(text: string, context?: CustomerContext): Report & { language: string; coached: boolean };
  /** Languages some pack coaches (two-letter codes), "*" packs aside. */
  readonly languages: readonly string[];
  /** The main language of a text, as the analyzer would decide it now. */
  languageOf(text: string): string;
}

// A language without cues of its own: pack rules only; nothing English runs.
const NO_CUES: LanguageHooks = {
  detectElements: () => new Set(),
  detectPoliteness: () => [],
  secondPerson: /(?!)/g,
  readCustomer: () => neutralReading(),
  warmSamples: [],
};

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function createMultilingualAnalyzer(
  packs: readonly PackSpec[],
  options: AnalyzerOptions = {},
): MultilingualAnalyzer {
  const rulePacks = packs.filter((p) => p.rules.length || p.vocabulary);
  const languages = [...new Set(rulePacks.map(packLanguage).filter((l) => l !== '*'))];
  const hasAnyLanguagePack = rulePacks.some((p) => packLanguage(p) === '*');
  const analyzers = new Map<string, Analyzer>();
  let lastLanguage: string | undefined;

  const packsFor = (language: string) => packs.filter((p) => [language, '*'].includes(packLanguage(p)));
  for (const language of languages) {
    // the customer's message is read with its language's sentiment words even before a reply in that language
    const hooks = languageHooks(language);
    if (language !== 'en' && hooks?.sentimentScorer)
      hooks.sentimentScorer(Object.assign({}, ...packsFor(language).map((p) => p.vocabulary ?? {})));
  }

  function analyzerFor(language: string): Analyzer | undefined {
    if (!languages.includes(language) && !hasAnyLanguagePack) return undefined;
    let analyzer = analyzers.get(language);
    if (!analyzer) {
      const hooks = languageHooks(language) ?? NO_CUES;
      // safely: a stored pack that no longer compiles is left out, and the others keep coaching
      analyzer = createAnalyzerSafely(packsFor(language), {
        ...options,
        language: { ...hooks, readCustomer: readAnyCustomer },
      });
      analyzers.set(language, analyzer);
    }
    return analyzer;
  }

  function fallback(text: string): string {
    if (lastLanguage) return lastLanguage;
    // a few words in another script are not English, whatever the detector could not decide
    if (NON_LATIN.test(text)) return detectLanguage(text.trim()).language || 'en';
    return 'en';
  }

  // the host asks `prepare` and then `analyze` for the same draft: its lines are read once
  let lastLines: { text: string; lines: Paragraph[] } | undefined;
  function linesOf(text: string): Paragraph[] {
    if (lastLines?.text !== text) lastLines = { text, lines: paragraphs(text) };
    return lastLines.lines;
  }

  function languageOf(text: string): string {
    return mainLanguage(linesOf(text), fallback(text));
  }

  // A keystroke in one line leaves the other languages' lines as they were: their findings are kept, not
  // analysed again over the whole (blanked) draft.
  const foreignFindings = new Map<string, { masked: string; context: CustomerContext; findings: Finding[] }>();
  function findingsIn(language: string, other: Analyzer, masked: string, context: CustomerContext): Finding[] {
    const last = foreignFindings.get(language);
    if (
      last?.masked !== masked ||
      last.context.customerMessage !== context.customerMessage ||
      last.context.channel !== context.channel
    )
      foreignFindings.set(language, { masked, context, findings: other.analyze(masked, context).findings });
    return foreignFindings.get(language)!.findings.map((f) => ({ ...f }));
  }

  function analyze(text: string, context: CustomerContext = {}) {
    const lines = linesOf(text);
    const main = mainLanguage(lines, fallback(text));
    if (text.trim()) lastLanguage = main;
    const foreign = lines.filter((l) => l.detection.reliable && l.detection.language && l.detection.language !== main);
    const analyzer = analyzerFor(main);
    const own = foreign.length ? maskLines(text, foreign) : text;
    const report: Report = analyzer ? analyzer.analyze(own, context) : silentReport(text, context);
    for (const language of new Set(foreign.map((l) => l.detection.language))) {
      const other = analyzerFor(language);
      if (!other) continue;
      const theirs = foreign.filter((l) => l.detection.language === language);
      const kept = lines.filter((l) => !theirs.includes(l));
      const inside = (f: Finding) => f.start < f.end && theirs.some((l) => f.start >= l.start && f.end <= l.end);
      report.findings.push(...findingsIn(language, other, maskLines(text, kept), context).filter(inside));
    }
    if (foreign.length) report.findings.sort((a, b) => a.start - b.start || b.end - a.end);
    keepFormalAddress(report.findings, languageHooks(main)?.formalPronouns);
    if (foreign.length) report.words = countWords(text);
    return Object.assign(report, { language: main, coached: analyzer !== undefined });
  }

  function silentReport(text: string, context: CustomerContext): Report {
    const report: Report = {
      findings: [],
      scores: { tone: 0, empathy: 0, signals: [], toneSignals: [] },
      checklist: [],
      words: countWords(text),
    };
    if (context.customerMessage?.trim()) report.customer = readAnyCustomer(context.customerMessage);
    return report;
  }

  return {
    analyze,
    languages,
    languageOf,
    prepare: (text, more) => analyzerFor(languageOf(text))?.prepare(text, more) ?? true,
    elements: (text) => analyzerFor(languageOf(text))?.elements(text) ?? [],
    get rules(): CompiledRule[] {
      const seen = new Map<string, CompiledRule>();
      for (const language of languages)
        for (const rule of analyzerFor(language)!.rules) if (!seen.has(rule.rule)) seen.set(rule.rule, rule);
      return [...seen.values()];
    },
    stats() {
      const total = { analysed: 0, reused: 0, parsed: 0 };
      for (const a of analyzers.values()) {
        const s = a.stats();
        total.analysed += s.analysed;
        total.reused += s.reused;
        total.parsed += s.parsed;
      }
      return total;
    },
  };
}

/** The customer's message read in its own language; a language without cues reads as neutral. */
export function readAnyCustomer(message: string): CustomerReading {
  const language = mainLanguage(paragraphs(message), 'en');
  if (language === 'en') return readEnglishCustomer(message);
  return languageHooks(language)?.readCustomer?.(message) ?? neutralReading();
}

function neutralReading(): CustomerReading {
  return { emotion: 'neutral', emotions: [], cues: [], sentiment: 0 };
}

/** "Sie müssen" mid-sentence → "Sie können", not "sie können": formal pronouns keep their capital. */
function keepFormalAddress(findings: Finding[], pronouns: readonly string[] | undefined): void {
  if (!pronouns?.length) return;
  for (const f of findings) {
    const first = /^\p{L}+/u.exec(f.text)?.[0];
    if (!first || !pronouns.includes(first)) continue;
    f.suggestions = f.suggestions.map((s) =>
      pronouns.includes(s.slice(0, first.length).replace(/^\p{Ll}/u, (c) => c.toUpperCase())) && /^\p{Ll}/u.test(s)
        ? s[0].toUpperCase() + s.slice(1)
        : s,
    );
  }
}

/** The text with these lines blanked out (spaces, same length): offsets stay, and no sentence is left there. */
function maskLines(text: string, lines: readonly Paragraph[]): string {
  let out = '';
  let at = 0;
  for (const line of [...lines].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, line.start) + ' '.repeat(line.end - line.start);
    at = line.end;
  }
  return out + text.slice(at);
}
