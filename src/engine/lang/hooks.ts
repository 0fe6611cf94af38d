/**
 * What the analyzer asks of a language: the per-sentence cues (reply elements, politeness), the sentiment
 * scorer, "you" words, the tone and the reading of the customer's message. English is the analyzer's default
 * (elements.ts, politeness.ts, afinn.ts, context.ts); every other language supplies its own here, so no English
 * cue ever runs on another language's text.
 */
import type { Mechanism } from '../empathy/mechanisms';
import type { ScoreInput } from '../scores';
import type { SignalLabels } from '../signal-labels';
import type { CustomerReading, Element, Signal } from '../types';

export interface LanguageHooks {
  /** English's own cues, extended (the empathy mechanisms and the customer's questions are English word lists). */
  english?: boolean;
  /** `mechanisms`: the sentence's empathy mechanisms, found for English only. */
  detectElements?(sentence: string, mechanisms?: readonly Mechanism[]): Set<Element>;
  /** Politeness cue ids the sentence shows; ids of this language only (English's tone table ignores them). */
  detectPoliteness?(sentence: string): string[];
  /** A sentiment scorer built on the packs' vocabulary (a language's packs carry its sentiment words). */
  sentimentScorer?(vocabulary: Readonly<Record<string, number>>): (text: string) => number;
  /** Words that address the reader ("tú", "vous", "Sie"…), a global regex. */
  secondPerson?: RegExp;
  scoreTone?(input: ScoreInput): { tone: number; signals: Signal[] };
  readCustomer?(message: string): CustomerReading;
  /**
   * Pronouns of formal address written with a capital wherever they stand (German "Sie", "Ihnen"): a suggestion
   * that replaces words opening with one keeps its capital, which the engine's case rule would lower mid-sentence.
   */
  formalPronouns?: readonly string[];
  /** The score signals' names in the language; English for any left out. */
  labels?: SignalLabels;
  /** Sentences in the language that warm up the rules' expressions (see the analyzer's `prepare`). */
  warmSamples?: readonly string[];
}
