/**
 * Reflection: does the reply pick up what the customer told — their words for the problem, the order number, the
 * product — or could it be sent to anyone? Matching words as the question check does (words.ts keys, synonyms
 * included), never understanding; the suggested opening says the customer's own clause back in the agent's voice,
 * so it adds no fact the customer did not give.
 */
import type { CustomerReading, ReflectionCheck, SentenceView } from '../types';
import { keysOf } from './answers';
import type { CustomerSpecifics } from './specifics';

/** Below this many words in the reply's body it is too early to say the reply picks nothing up. */
export const MIN_BODY_WORDS = 10;

/** Openings that say the customer's problem back, in the tone the reading calls for. */
export function reflectiveOpenings(specifics: CustomerSpecifics, reading: CustomerReading | undefined): string[] {
  const r = specifics.reflected;
  if (!r) return specifics.about ? [`Thanks for your message about ${specifics.about}.`] : [];
  switch (reading?.emotion) {
    case 'sad':
      return [`I'm so sorry to hear that ${r}.`];
    case 'angry':
    case 'frustrated':
      return [
        reading.intensity === 'strong' ? `I'm really sorry that ${r}.` : `I'm sorry that ${r}.`,
        `I understand that ${r}.`,
      ];
    case 'anxious':
      return [`I can imagine how worrying it is that ${r}.`, `I understand that ${r}.`];
    default:
      return [`Thanks for letting me know that ${r}.`, `I understand that ${r}.`];
  }
}

/**
 * An apology for the customer's problem, in their words: what a stock apology ("I'm sorry for any inconvenience")
 * becomes, whatever the reading, since the agent chose to apologise.
 */
export function reflectiveApology(
  specifics: CustomerSpecifics,
  reading: CustomerReading | undefined,
): string | undefined {
  const r = specifics.reflected;
  if (!r) return undefined;
  if (reading?.emotion === 'sad') return `I'm so sorry to hear that ${r}.`;
  return reading?.intensity === 'strong' ? `I'm really sorry that ${r}.` : `I'm sorry that ${r}.`;
}

/** A greeting or a sign-off line ("Hi Jo,", "Best, Ana") says nothing about the problem. */
const FRAME_WORDS = 4;
const bodyOf = (sentences: readonly SentenceView[]) =>
  sentences.filter((s) => !(s.words <= FRAME_WORDS && (s.elements.has('greeting') || s.elements.has('closing'))));

/** Openings that frame what follows as the customer's situation, said back. */
const RESTATING =
  /^(?:thanks for letting (?:me|us) know|i understand(?: that)?|i can see(?: that)?|i hear(?: that)?|it sounds like|so you['’]re saying|i see(?: that)?)\b/i;
const REACTING: ReadonlySet<string> = new Set(['validation', 'emotional-reaction']);

/**
 * Interpretation in this conversation: a sentence that reacts to or restates the customer's situation in their own
 * words ("I'm sorry your parcel arrived damaged") shows understanding, which no sentence shows on its own. Such
 * sentences gain the `interpretation` mechanism (in place), so the empathy score credits following the hint.
 */
export function interpretInContext(specifics: CustomerSpecifics, sentences: SentenceView[]): void {
  if (!specifics.keys.length) return;
  const keys = new Set(specifics.keys);
  sentences.forEach((s, i) => {
    if (s.empathy.includes('interpretation')) return;
    if (!s.empathy.some((m) => REACTING.has(m)) && !RESTATING.test(s.text)) return;
    if ([...keysOf(s.text)].some((k) => keys.has(k)))
      sentences[i] = { ...s, empathy: [...s.empathy, 'interpretation'] };
  });
}

/** Whether the reply takes up one of the customer's specifics; undefined while the body is too short to tell. */
export function picksUp(specifics: CustomerSpecifics, sentences: readonly SentenceView[]): boolean | undefined {
  if (!specifics.keys.length && !specifics.details.length) return undefined;
  const body = bodyOf(sentences);
  if (body.reduce((n, s) => n + s.words, 0) < MIN_BODY_WORDS) return undefined;
  const keys = new Set(specifics.keys);
  if (body.some((s) => [...keysOf(s.text)].some((k) => keys.has(k)))) return true;
  const reply = sentences.map((s) => s.text.toLowerCase()).join(' ');
  return specifics.details.some((d) => {
    const digits = d.replace(/\D/g, '');
    return digits.length >= 3
      ? reply.replace(/\D+/g, ' ').split(' ').includes(digits)
      : reply.includes(d.toLowerCase());
  });
}

/** What the analyzer reads once per customer message, for every draft. */
export interface ReflectionBasis {
  specifics: CustomerSpecifics;
  openings: string[];
  apology?: string;
}

export function reflectionBasis(specifics: CustomerSpecifics, reading: CustomerReading | undefined): ReflectionBasis {
  return {
    specifics,
    openings: reflectiveOpenings(specifics, reading),
    apology: reflectiveApology(specifics, reading),
  };
}

export function checkReflection(basis: ReflectionBasis, sentences: readonly SentenceView[]): ReflectionCheck {
  const { specifics, openings, apology } = basis;
  const check: ReflectionCheck = { picksUp: picksUp(specifics, sentences), quote: specifics.quote, openings };
  if (apology) check.apology = apology;
  return check;
}
