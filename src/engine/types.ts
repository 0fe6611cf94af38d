/** The shapes every part of Empathy Coach shares: findings, reports, packs and compiled rules. */

export * from './vocabulary';
import type { Category, Element, Emotion, Intensity, Severity } from './vocabulary';

export interface Finding {
  /** "<packId>/<ruleId>", e.g. "core/unfortunately". */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed plain text. start === end marks an insertion point (a missing element). */
  start: number;
  end: number;
  text: string;
  message: string;
  why?: string;
  /** Replacements for text[start, end), in the agent's capitalisation. */
  suggestions: string[];
}

export interface CustomerContext {
  /** The customer's latest message, used to classify their emotion. */
  customerMessage?: string;
  channel?: 'email' | 'chat';
}

export interface CustomerReading {
  /** The strongest emotion, or 'neutral'. */
  emotion: Emotion;
  /** Every emotion whose cues crossed the bar, strongest first (never contains 'neutral' unless alone). */
  emotions: Emotion[];
  /** Cue phrases that led to the reading, for explanations. */
  cues: string[];
  sentiment: number;
  /** How strongly the main emotion shows ('mild' for a neutral message). Always set by readCustomer. */
  intensity?: Intensity;
  /** The customer needs it fast (ASAP, a deadline, production down): its own flag, beside the emotions. */
  urgent?: boolean;
}

export interface Signal {
  label: string;
  delta: number;
}

export interface ChecklistItem {
  rule: string;
  element: Element;
  label: string;
  present: boolean;
}

export interface Report {
  findings: Finding[];
  scores: {
    /** −1 (harsh) to 1 (warm). */
    tone: number;
    /** 0 to 100. */
    empathy: number;
    /** What made the empathy score: "+15 acknowledges and validates the feeling". */
    signals: Signal[];
    /** What made the tone, strongest first: "+0.45 thanks", "−0.3 direct question opening" (deltas before tanh). */
    toneSignals: Signal[];
  };
  checklist: ChecklistItem[];
  customer?: CustomerReading;
  /** The customer's questions and requests, each answered by the reply or not (when a customer message was given). */
  questions?: QuestionStatus[];
  /**
   * Whether the reply picks up something the customer told (their words for the problem, a number they gave), with
   * a few of their words; absent without a customer message, or while the reply is too short to tell.
   */
  reflection?: { picksUp: boolean; quote: string };
  words: number;
  /** The draft's language (ISO 639-1), when analysed by language (lang/multilingual.ts). */
  language?: string;
  /** False when no pack coaches the draft's language: no findings, neutral scores. */
  coached?: boolean;
  /**
   * A first pass (quick.ts): only the English rules that need no parse, while the full engine loads. Its scores
   * and checklist are empty placeholders, never shown nor counted; the full analysis replaces it.
   */
  provisional?: boolean;
}

/** One question or request of the customer, and whether the reply answers it. */
export interface QuestionStatus {
  /** The customer's words, as quoted to the agent ("will I get the delivery fee back?"). */
  text: string;
  kind: 'yes-no' | 'wh' | 'request';
  /** Offsets of the question in the customer's message. */
  start: number;
  end: number;
  answered: boolean;
  /** Offsets in the reply of the sentence that answers it. */
  answer?: { start: number; end: number };
}

/* ---------- Packs as written by trainers (after schema validation) ---------- */

export type ExampleSpec =
  string | { text: string; flags?: string | string[]; customer?: string; channel?: 'email' | 'chat' };
export type AllowSpec = string | { text: string; customer?: string; channel?: 'email' | 'chat' };

export interface RuleSpecBase {
  id: string;
  kind: string;
  category: Category;
  severity: Severity;
  message: string;
  why?: string;
  suggest?: string[];
  examples: ExampleSpec[];
  allows: AllowSpec[];
  /** Only when the customer's latest message shows one of these emotions, or on this channel. */
  when?: RuleWhen;
  [field: string]: unknown;
}

export interface RuleWhen {
  emotion?: Emotion[];
  channel?: 'email' | 'chat';
}

export interface PackSpec {
  $schema?: string;
  id: string;
  name: string;
  version: string;
  language: string;
  description?: string;
  /** Rules of earlier packs ("core/just") that this pack turns off. */
  disable?: string[];
  /** AFINN vocabulary overrides: word → score from −5 to 5. */
  vocabulary?: Record<string, number>;
  /** Always a list once loaded: a pack file may leave it out when it carries scenarios. */
  rules: RuleSpecBase[];
  /** Role-play scenarios for practice mode. */
  scenarios?: ScenarioSpec[];
}

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** One message of a scenario's thread, oldest first. */
export interface ThreadMessage {
  author: 'customer' | 'agent';
  text: string;
}

/** A practice scenario as a trainer writes it: the customer's side, and what a good reply does. */
export interface ScenarioSpec {
  /** Unique within the pack; "<packId>/<id>" everywhere else. */
  id: string;
  title: string;
  /** A tag such as "billing-error" or "outage", for picking scenarios by situation. */
  situation: string;
  difficulty: Difficulty;
  channel: 'email' | 'chat';
  /** How the customer feels, as the trainer means it. */
  emotion: Emotion;
  /** The customer's name. */
  customer?: string;
  /** The customer's message the reply answers; a scenario has either this or a thread. */
  message?: string;
  /** A short conversation ending with the customer's message the reply answers. */
  thread?: ThreadMessage[];
  goals: {
    /** Elements the reply must contain. */
    elements?: Element[];
    /** Rules the reply must not draw ("core/unfortunately", or an id of this pack's own rules). */
    rules?: string[];
  };
  /** A model reply that meets every goal. */
  model?: string;
  /** The trainer's notes. */
  notes?: string;
}

/* ---------- Compiled rules (what the analyzer runs) ---------- */

/** A match inside one sentence, offsets relative to the sentence start. */
export interface RawMatch {
  start: number;
  end: number;
  suggestions?: string[];
  /** The suggestions are exact (a change of case, an insertion): the agent's capitalisation is not applied. */
  exact?: boolean;
  /** Values for the message's placeholders beyond {text}. */
  data?: Record<string, string | number>;
}

export interface SentenceInput {
  text: string;
  /** Lower-cased text, shared by every rule. */
  lower: string;
  /** The sentence's AFINN score (with pack vocabulary), computed once. */
  sentiment(): number;
  /** Words in the sentence (countWords), counted once however many metric rules ask. */
  words(): number;
  /** Syllables in the sentence (countSentenceSyllables), counted once. */
  syllables(): number;
  /** compromise document for the sentence, parsed at most once and only when a rule needs it. */
  doc(): import('./nlp').NlpDoc;
}

export interface DraftInput {
  text: string;
  sentences: readonly SentenceView[];
  /** The sentence rules' findings, placed in the draft (for draft rules that weigh them, e.g. jargon in a question). */
  findings: readonly Finding[];
  customer?: CustomerReading;
  channel?: 'email' | 'chat';
  /** The customer's questions checked against this draft (when a customer message was given). */
  questions?: readonly QuestionStatus[];
  /** Whether the draft picks up what the customer told (when a customer message was given). */
  reflection?: ReflectionCheck;
}

/** Reflection (engine/listening/reflection.ts): does the reply take up the customer's own specifics? */
export interface ReflectionCheck {
  /** Undefined while the reply's body is too short to tell, or when the customer told nothing specific. */
  picksUp: boolean | undefined;
  /** A few of the customer's own words, to quote in the hint. */
  quote: string;
  /** Openings that say the customer's problem back in the agent's voice, best first (may be empty). */
  openings: readonly string[];
  /** The same as an apology ("I'm sorry that your parcel arrived damaged."), to replace a stock one. */
  apology?: string;
}

/** What the analyzer knows about one sentence of the draft, cached by sentence text. */
export interface SentenceView {
  start: number;
  end: number;
  text: string;
  words: number;
  syllables: number;
  sentiment: number;
  elements: ReadonlySet<Element>;
  /** Politeness cue ids the sentence shows (see politeness.ts). */
  politeness: readonly string[];
  /** Empathy mechanisms the sentence shows (see empathy/mechanisms.ts): "validation", "exploration"… */
  empathy: readonly string[];
}

export interface CompiledRule {
  /** Qualified id, "<packId>/<ruleId>". */
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  why?: string;
  suggest: string[];
  /** Whether the rule applies to this conversation (its `when`); rules without one always do. */
  appliesTo?(conversation: Pick<DraftInput, 'customer' | 'channel'>): boolean;
  /** Sentence rules see one sentence at a time and are cached with it. */
  sentence?(input: SentenceInput): RawMatch[];
  /** Draft rules see the whole draft (cheaply, from cached sentence views). Offsets are absolute. */
  draft?(input: DraftInput): RawMatch[];
  /** Require rules also report a checklist entry. */
  checklist?(input: DraftInput): ChecklistItem | undefined;
  /** Require rules: the element they ask for… */
  element?: Element;
  /** …and the sentence that carries it (with the rule's own phrases), whatever the rule's `when` says. */
  locate?(input: DraftInput): SentenceView | undefined;
}

/** A reply element found in a draft, and the sentence that carries it. */
export interface ElementPlace {
  element: Element;
  start: number;
  end: number;
}

/** A problem in a pack: which file, where inside it, and what was expected. */
export interface PackIssue {
  file: string;
  /** JSON path inside the pack, e.g. "rules[3].phrases[0]". */
  path: string;
  line?: number;
  column?: number;
  message: string;
}
