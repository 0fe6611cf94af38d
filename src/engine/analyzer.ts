/**
 * The analyzer: compiled packs plus a cache of per-sentence results keyed by sentence text. Re-analysing a draft
 * after one keystroke re-runs sentence rules on the one sentence whose text changed; every other sentence's
 * findings are reused and shifted to where the sentence now starts. Draft rules (require, draft-wide metrics)
 * and scores are rebuilt from the cached sentence views, which costs microseconds.
 */
import { createSentimentScorer } from './afinn';
import { compilePacks, type CompiledRuleCache } from './compile';
import { readCustomer as readEnglishCustomer } from './context';
import { detectElements as detectEnglishElements, locateElement } from './elements';
import { detectMechanisms, type Mechanism } from './empathy/mechanisms';
import { extractQuestions, questionStatus, type CustomerQuestion } from './listening';
import { parseSentence, warmUp, type NlpDoc } from './nlp';
import { dedupe, placed, shownFilter, toFinding } from './findings';
import { detectPoliteness as detectEnglishPoliteness } from './politeness';
import { prepareSentences } from './prepare';
import { scoreEmpathy, scoreTone, type ScoreInput } from './scores';
import { countSentenceSyllables, countWords, splitSentences } from './text';
import type { LanguageHooks } from './lang/hooks';
import { packLanguage } from './lang/pack-language';
import type {
  CompiledRule,
  CustomerContext,
  CustomerReading,
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

interface SentenceResult {
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
  // The customer's message is read once per message, not per keystroke.
  let lastCustomer: { message: string; reading: CustomerReading; questions: CustomerQuestion[] } | undefined;
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
    const result = computeSentence(sentenceInput(text, scoreSentiment, () => counts.parsed++));
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
      words: countWords(text),
      syllables: countSentenceSyllables(text),
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

  function readCustomerCached(message: string | undefined): typeof lastCustomer {
    if (!message?.trim()) return undefined;
    if (lastCustomer?.message !== message)
      lastCustomer = {
        message,
        reading: readCustomer(message),
        questions: englishCues ? extractQuestions(message) : [],
      };
    return lastCustomer;
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
    const draft: DraftInput = {
      text,
      sentences,
      findings: [...findings],
      customer,
      channel: context.channel,
      questions,
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
    const { empathy, signals } = scoreEmpathy(scoreInput);
    const tone = lang?.scoreTone ? lang.scoreTone(scoreInput) : scoreTone(scoreInput);
    const report: Report = {
      findings: kept,
      scores: { tone: tone.tone, empathy, signals, toneSignals: tone.signals },
      checklist,
      words,
    };
    if (customer) report.customer = customer;
    if (questions) report.questions = questions;
    return report;
  }

  // V8 compiles a regular expression when it first runs, and again to machine code when it runs once more, and
  // does both once for one-byte strings and once for strings with other characters (a curly apostrophe): a
  // pack's phrase and glossary expressions, compiled by the first sentences, are a long task (measured: several
  // 100 ms in a busy page). `prepare` runs each rule twice on each kind of sample first, and the sentence's own
  // measures (elements, politeness, syllables, sentiment) last: one run is one step, so no step is long
  // (measured in Chromium: a few ms each; the first runs of a measure with many expressions, up to about 10).
  let warmSteps: Array<() => unknown> | undefined;
  let warmed = 0;
  function warmRules(more: () => boolean): boolean {
    if (!warmSteps) {
      if (!more()) return false;
      const samples = (lang?.warmSamples ?? WARM_SAMPLES).map((text) => sentenceInput(text, scoreSentiment));
      warmSteps = [];
      for (const sample of samples) {
        // the sample's parse, which a rule would otherwise do inside its own step
        warmSteps.push(() => sample.doc());
        for (const rule of sentenceRules)
          warmSteps.push(
            () => rule.sentence!(sample),
            () => rule.sentence!(sample),
          );
        // the sample's mechanisms once, as a sentence's own analysis does, not again inside each measure
        let mechanisms: Mechanism[] = [];
        const measures = [
          () => (mechanisms = mechanismsOf(sample.text)),
          () => detectElements(sample.text, mechanisms),
          () => detectPoliteness(sample.text, mechanisms),
          () => countWords(sample.text),
          () => countSentenceSyllables(sample.text),
          () => sample.sentiment(),
          () => sample.text.match(secondPersonRe),
        ];
        for (const measure of measures) warmSteps.push(measure, measure);
      }
    }
    for (; warmed < warmSteps.length; warmed++) {
      if (!more()) return false;
      warmSteps[warmed]();
    }
    return true;
  }

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

const WARM_SAMPLES = [
  'Hi Sam, thanks for your patience: unfortunately we are still looking into it, and I will update you today.',
  'You’re right, and I’m sorry — we’ll fix it; unfortunately it can’t be done today.',
];

/**
 * A sentence as the draft rules and the scores see it. Fields written out, not spread: this runs for every
 * sentence on every keystroke, and object spread costs two orders of magnitude more here (npm run bench).
 */
function sentenceView(start: number, end: number, text: string, result: SentenceResult): SentenceView {
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

/** What the rules see of a sentence; its sentiment and parse are computed when a rule first asks. */
function sentenceInput(text: string, scoreSentiment: (text: string) => number, onParse?: () => void): SentenceInput {
  let sentiment: number | undefined;
  let doc: NlpDoc | undefined;
  return {
    text,
    lower: text.toLowerCase(),
    sentiment: () => (sentiment ??= scoreSentiment(text)),
    doc: () => (doc ??= (onParse?.(), parseSentence(text))),
  };
}

function mechanismsFromElements(elements: ReadonlySet<string>): Mechanism[] {
  const found: Mechanism[] = [];
  if (elements.has('acknowledgement')) found.push('validation');
  if (elements.has('next-step')) found.push('ownership');
  return found;
}
