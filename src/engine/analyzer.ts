/**
 * The analyzer: compiled packs plus a cache of per-sentence results keyed by sentence text. Re-analysing a draft
 * after one keystroke re-runs sentence rules on the one sentence whose text changed; every other sentence's
 * findings are reused and shifted to where the sentence now starts. Draft rules (require, draft-wide metrics)
 * and scores are rebuilt from the cached sentence views, which costs microseconds.
 */
import { createSentimentScorer } from './afinn';
import { compilePacks, type CompiledRuleCache } from './compile';
import { readCustomer as readEnglishCustomer } from './context';
import { createCustomerReader } from './customer-reader';
import { detectElements as detectEnglishElements, locateElement } from './elements';
import { detectMechanisms, type Mechanism } from './empathy/mechanisms';
import { dedupe, placed, shownFilter, toFinding } from './findings';
import { checkReflection, interpretInContext, questionStatus } from './listening';
import { parseSentence, warmUp } from './nlp';
import { detectPoliteness as detectEnglishPoliteness } from './politeness';
import { prepareSentences } from './prepare';
import { scoreEmpathy, scoreTone, type ScoreInput } from './scores';
import { mechanismsFromElements, sentenceInput, sentenceView, type SentenceResult } from './sentence-result';
import { countSentenceSyllables, countWords, splitSentences } from './text';
import type { LanguageHooks } from './lang/hooks';
import { packLanguage } from './lang/pack-language';
import type {
  CompiledRule,
  CustomerContext,
  DraftInput,
  ElementPlace,
  Finding,
  PackSpec,
  Report,
  SentenceInput,
  SentenceView,
  Severity,
} from './types';
import { ELEMENTS } from './types';
import { createRuleWarmer, WARM_SAMPLES } from './warm-rules';

export interface AnalyzerOptions {
  /** Qualified rule ids ("core/just") the agent turned off. */
  disabledRules?: Iterable<string>;
  /** Findings below this severity are left out (default: all). */
  minSeverity?: Severity;
  /** Phrases the agent never wants flagged: a finding whose words are one of them is left out, whatever its rule, and weighs on no score. */
  ignorePhrases?: Iterable<string>;
  /** How many distinct sentences to keep analysed (default 4,000). */
  cacheSize?: number;
  /** Sees what each draft's scores are computed from: the fit script (npm run fit) reads the tone features here. */
  onScoreInput?: (input: ScoreInput) => void;
  /** Rules already compiled from these same pack objects (by a frame's first pass, quick.ts): reused, not compiled again. */
  compiled?: CompiledRuleCache;
  /** The language's own cues (elements, politeness, sentiment, customer reading); English when left out (see lang/). */
  language?: LanguageHooks;
}

export interface Analyzer {
  analyze(text: string, context?: CustomerContext): Report;
  readonly rules: readonly CompiledRule[];
  /** Work done so far: sentences run through the rules, and sentences served from the cache. */
  stats(): { analysed: number; reused: number; parsed: number };
  /**
   * Analyses the draft's sentences that are not cached yet, one at a time, while `more()` says there is time
   * left; true once every sentence is cached (analyze is then cheap). Lets a host split the first analysis of
   * a long draft over several idle periods instead of one long task.
   */
  prepare(text: string, more: () => boolean): boolean;
  /**
   * Every reply element the draft contains (greeting, acknowledgement, next step…) and the sentence where it is
   * first found, by the engine's cues and the require rules' own phrases, whatever the customer's emotion or the
   * channel: a practice goal asks for an element even where the checklist would not.
   */
  elements(text: string): ElementPlace[];
}

const SECOND_PERSON = /\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b/gi;

export function createAnalyzer(packs: readonly PackSpec[], options: AnalyzerOptions = {}): Analyzer {
  // without a language's hooks the analyzer is English's: another language's packs are for their own analyzer
  const own = options.language ? packs : packs.filter((p) => ['en', '*'].includes(packLanguage(p)));
  const { rules, vocabulary } = compilePacks(own, options.disabledRules, options.compiled);
  const sentenceRules = rules.filter((r) => r.sentence);
  const draftRules = rules.filter((r) => r.draft || r.checklist);
  const gatedSentenceRules = sentenceRules.filter((r) => r.appliesTo);
  const shown = shownFilter(options);
  const lang = options.language;
  const scoreSentiment = lang?.sentimentScorer ? lang.sentimentScorer(vocabulary) : createSentimentScorer(vocabulary);
  // the empathy mechanisms are English word lists: another language's sentences show none, and its own cues
  // (lang/) find its elements and politeness
  const englishCues = !lang?.detectElements || lang.english === true;
  const mechanismsOf = (text: string): Mechanism[] => (englishCues ? detectMechanisms(text) : []);
  const detectElements = (text: string, empathy: Mechanism[]) =>
    lang?.detectElements ? lang.detectElements(text, empathy) : detectEnglishElements(text, empathy);
  const detectPoliteness = (text: string, empathy: Mechanism[]) =>
    lang?.detectPoliteness ? lang.detectPoliteness(text) : detectEnglishPoliteness(text, empathy);
  const readCustomer = lang?.readCustomer ?? readEnglishCustomer;
  const secondPersonRe = lang?.secondPerson ?? SECOND_PERSON;
  const cacheSize = options.cacheSize ?? 4000;
  const cache = new Map<string, SentenceResult>();
  // the customer's message is read once per message, not per keystroke (customer-reader.ts)
  const readCustomerCached = createCustomerReader(readCustomer, englishCues);
  const counts = { analysed: 0, reused: 0, parsed: 0 };
  const parseCounted = (text: string) => (counts.parsed++, parseSentence(text));

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
    const result = computeSentence(sentenceInput(text, scoreSentiment, parseCounted));
    cache.set(text, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return result;
  }

  function computeSentence(input: SentenceInput): SentenceResult {
    const { text } = input;
    const findings: Finding[] = [];
    for (const rule of sentenceRules) {
      for (const m of rule.sentence!(input)) findings.push(toFinding(rule, text, m));
    }
    const mechanisms = mechanismsOf(text);
    const elements = detectElements(text, mechanisms);
    return {
      words: input.words(),
      syllables: input.syllables(),
      sentiment: input.sentiment(),
      secondPerson: text.match(secondPersonRe)?.length ?? 0,
      elements,
      politeness: detectPoliteness(text, mechanisms),
      // another language's cues find the reply's elements; its acknowledgement and next step are the mechanisms
      // the empathy score reads (validation, ownership)
      empathy: englishCues ? mechanisms : mechanismsFromElements(elements),
      findings,
    };
  }

  function analyze(text: string, context: CustomerContext = {}): Report {
    const segments = splitSentences(text);
    const sentences: SentenceView[] = [];
    const findings: Finding[] = [];
    const read = readCustomerCached(context.customerMessage);
    const customer = read?.reading;
    const conversation = { customer, channel: context.channel };
    // Sentence findings are cached whatever the conversation; a rule's `when` is applied here, per draft.
    const off = new Set(gatedSentenceRules.filter((r) => !r.appliesTo!(conversation)).map((r) => r.rule));
    let words = 0;
    let secondPerson = 0;
    for (const { start, end, text: sentence } of segments) {
      const result = analyseSentence(sentence);
      words += result.words;
      secondPerson += result.secondPerson;
      sentences.push(sentenceView(start, end, sentence, result));
      for (const f of result.findings) if (!off.size || !off.has(f.rule)) findings.push(placed(f, start));
    }
    const questions = read?.questions.length ? questionStatus(read.questions, sentences) : undefined;
    if (read?.reflection) interpretInContext(read.reflection.specifics, sentences);
    const draft: DraftInput = {
      text,
      sentences,
      findings: [...findings],
      customer,
      channel: context.channel,
      questions,
      reflection: read?.reflection && checkReflection(read.reflection, sentences),
    };
    const checklist = [];
    for (const rule of draftRules) {
      if (rule.appliesTo && !rule.appliesTo(conversation)) continue;
      for (const m of rule.draft?.(draft) ?? []) findings.push(toFinding(rule, text, m));
      const item = rule.checklist?.(draft);
      if (item) checklist.push(item);
    }
    const kept = dedupe(findings).filter(shown);
    const scoreInput = { sentences, findings: kept, customer, words, secondPerson };
    options.onScoreInput?.(scoreInput);
    const { empathy, signals } = scoreEmpathy(scoreInput, lang?.labels);
    const tone = lang?.scoreTone ? lang.scoreTone(scoreInput) : scoreTone(scoreInput);
    const report: Report = {
      findings: kept,
      scores: { tone: tone.tone, empathy, signals, toneSignals: tone.signals },
      checklist,
      words,
    };
    if (customer) report.customer = customer;
    if (questions) report.questions = questions;
    const reflection = draft.reflection;
    if (reflection?.picksUp !== undefined) report.reflection = { picksUp: reflection.picksUp, quote: reflection.quote };
    return report;
  }

  // each rule and measure run twice on samples, a step at a time (warm-rules.ts)
  const warmRules = createRuleWarmer(
    () => (lang?.warmSamples ?? WARM_SAMPLES).map((text) => sentenceInput(text, scoreSentiment, parseSentence)),
    sentenceRules,
    (sample: SentenceInput) => {
      // the sample's mechanisms once, as a sentence's own analysis does, not again inside each measure
      let mechanisms: Mechanism[] = [];
      return [
        () => (mechanisms = mechanismsOf(sample.text)),
        () => detectElements(sample.text, mechanisms),
        () => detectPoliteness(sample.text, mechanisms),
        () => countWords(sample.text),
        () => countSentenceSyllables(sample.text),
        () => sample.sentiment(),
        () => sample.text.match(secondPersonRe),
      ];
    },
  );

  // the draft being prepared, split once for all its slices
  let preparing: { text: string; segments: ReturnType<typeof splitSentences> } | undefined;
  function prepare(text: string, more: () => boolean): boolean {
    if (!warmUp(more) || !warmRules(more)) return false;
    if (preparing?.text !== text) preparing = { text, segments: splitSentences(text) };
    return prepareSentences(preparing.segments, cache, cacheSize, more, analyseSentence);
  }

  function elements(text: string): ElementPlace[] {
    const sentences: SentenceView[] = [];
    for (const { start, end, text: sentence } of splitSentences(text)) {
      const result = analyseSentence(sentence);
      sentences.push(sentenceView(start, end, sentence, result));
    }
    const draft: DraftInput = { text, sentences, findings: [] };
    const places: ElementPlace[] = [];
    for (const element of ELEMENTS) {
      let found = locateElement(element, text, sentences);
      for (const rule of draftRules) {
        if (found) break;
        if (rule.element === element) found = rule.locate?.(draft);
      }
      if (found) places.push({ element, start: found.start, end: found.end });
    }
    return places;
  }

  return { analyze, prepare, elements, rules, stats: () => ({ ...counts }) };
}
