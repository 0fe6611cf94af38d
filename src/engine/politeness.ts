/**
 * Politeness cues: what people notice when they judge a request polite or rude, as found by Danescu-Niculescu-
 * Mizil et al., "A computational approach to politeness" (ACL 2013): gratitude, apology, greetings, hedges,
 * indirect requests ("could you…", "would you mind…") and a "please" inside the sentence read as polite; direct
 * questions ("What is…?", "Why did you…?"), openings with "so"/"but", "you…" or a bare "Please…", and
 * factuality markers ("actually", "in fact") read as blunt.
 *
 * Each cue is a plain pattern (its word lists are in politeness-words.ts) with a label the agent sees ("+ thanks",
 * "− direct question opening") and the direction the paper found; its weight is learned (tone-weights.ts, written by `npm run fit`), and a weight that
 * would go against the cue's direction is held at 0. No data of the corpus ships. Cues are detected per sentence
 * (cached with the sentence) and counted once per draft, so a reply that thanks three times is no warmer than one
 * that thanks once. Empathy is never read as bluntness: "So sorry…", "I'm really sorry", "You must be fed up…" and
 * "What happened when you tried…?" show no blunt cue (see empathy/mechanisms.ts).
 */
import { ACKNOWLEDGING, asksAboutPerson, detectMechanisms, type Mechanism } from './empathy/mechanisms';
import { normaliseForCues, says } from './empathy/words';
import {
  APOLOGY,
  CHALLENGE,
  COMMAND_START,
  COUNTERFACTUAL,
  DEFERENCE,
  DIRECT_QUESTION,
  DIRECT_START,
  FACTUALITY,
  FIRST_PERSON,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON_START,
  GRATITUDE,
  GREETING,
  HEDGES,
  HELP,
  INDICATIVE,
  INDIRECT,
  NEGATIVE_QUESTION,
  NOT_A_CHALLENGE_WHY,
  OBLIGATION,
  PLEASE,
  PLEASE_START,
  REALLY,
  SECOND_PERSON,
  SECOND_PERSON_START,
  SOFT_QUESTION,
  SORRY_BUT,
  STACKED,
  TAG_QUESTION,
  WARM_REALLY,
  WELCOME,
  WHY,
} from './politeness-words';
import { TONE_WEIGHTS } from './tone-weights';

export interface PolitenessCue {
  id: string;
  /** What the agent reads beside the tone score, after "+ " or "− ". */
  label: string;
  /** Which way the cue moves the tone, as the paper found it: the fit keeps the learned weight on this side of 0. */
  direction: 1 | -1;
  /** Added to the tone before it is squashed into −1…1 (learned: tone-weights.ts). */
  weight: number;
  /** Only the draft's first sentence (after a greeting line) counts: openings set the tone of a request. */
  opening?: boolean;
  test(sentence: Sentence): boolean;
}

interface Sentence {
  text: string;
  lower: string;
  /** Lower-cased, with leading quotes, brackets, list markers and a leading name vocative ("Sam, …") removed. */
  start: string;
  question: boolean;
  /** Normalised for the cue word lists (typos mended, quotations removed). */
  normal: string;
  /** The sentence acknowledges a feeling (validation, reaction, interpretation, reassurance). */
  empathic: boolean;
  /** An open question about the person: never a challenge. */
  explores: boolean;
}

/** The cues, in order of how strongly the paper found each cue (or its absence) mattered; `direction` is its sign. */
const CUE_SPECS: ReadonlyArray<Omit<PolitenessCue, 'direction'>> = [
  { id: 'gratitude', label: 'thanks', weight: 0.45, test: (s) => says(GRATITUDE, s.normal) },
  { id: 'deference', label: 'compliments first', weight: 0.35, test: (s) => DEFERENCE.test(s.start) },
  { id: 'greeting', label: 'greeting', weight: 0.25, test: (s) => GREETING.test(s.start) },
  { id: 'apology', label: 'apologises', weight: 0.25, test: (s) => says(APOLOGY, s.normal) && !SORRY_BUT.test(s.text) },
  { id: 'sympathy', label: 'acknowledges the feeling', weight: 0.3, test: (s) => s.empathic },
  {
    id: 'indirect',
    label: 'indirect request (“I was wondering”, “would you mind”)',
    weight: 0.3,
    test: (s) => INDIRECT.test(s.text),
  },
  {
    id: 'counterfactual',
    label: 'asks with “could you / would you”',
    weight: 0.25,
    test: (s) => COUNTERFACTUAL.test(s.text),
  },
  {
    id: 'please',
    label: '“please” inside the request',
    weight: 0.25,
    test: (s) => PLEASE.test(s.text) && !PLEASE_START.test(s.start),
  },
  { id: 'hedge', label: 'softened with a hedge', weight: 0.15, test: (s) => HEDGES.test(s.text) },
  { id: 'help', label: 'offers or asks for help', weight: 0.2, test: (s) => HELP.test(s.text) },
  { id: 'indicative', label: 'asks with “can you”', weight: 0.1, test: (s) => INDICATIVE.test(s.text) },
  { id: 'first-person-plural', label: 'says “we”', weight: 0.05, test: (s) => FIRST_PERSON_PLURAL.test(s.text) },
  { id: 'first-person-start', label: 'opens with “I”', weight: 0.05, test: (s) => FIRST_PERSON_START.test(s.start) },
  { id: 'first-person', label: 'speaks as “I”', weight: 0.05, test: (s) => FIRST_PERSON.test(s.normal) },
  { id: 'second-person', label: 'speaks to “you”', weight: 0.05, test: (s) => SECOND_PERSON.test(s.normal) },
  {
    id: 'please-start',
    label: 'opens with a bare “Please”',
    weight: -0.15,
    opening: true,
    test: (s) => PLEASE_START.test(s.start),
  },
  {
    id: 'second-person-start',
    label: 'opens with “you”',
    weight: -0.2,
    test: (s) => SECOND_PERSON_START.test(s.start) && !WELCOME.test(s.start) && !s.empathic,
  },
  {
    id: 'factuality',
    label: 'insists (“actually”, “in fact”)',
    weight: -0.25,
    test: (s) => FACTUALITY.test(s.text) || (REALLY.test(s.text) && !WARM_REALLY.test(s.text) && !s.empathic),
  },
  { id: 'obligation', label: 'tells the reader what they must do', weight: -0.3, test: (s) => OBLIGATION.test(s.text) },
  {
    id: 'why',
    label: 'asks “why”',
    weight: -0.25,
    test: (s) => s.question && WHY.test(s.text) && !NOT_A_CHALLENGE_WHY.test(s.text),
  },
  {
    id: 'rhetorical',
    label: 'rhetorical question (“Isn’t it…?”)',
    weight: -0.3,
    test: (s) => s.question && (NEGATIVE_QUESTION.test(s.start.replace(CONNECTIVE, '')) || TAG_QUESTION.test(s.text)),
  },
  { id: 'stacked-marks', label: 'stacked “??” or “?!”', weight: -0.4, test: (s) => STACKED.test(s.text) },
  {
    id: 'direct-question',
    label: 'direct question opening',
    weight: -0.3,
    test: (s) => s.question && !s.explores && isDirectQuestion(s.start),
  },
  {
    id: 'direct-start',
    label: 'opens with “so” / “but”',
    weight: -0.3,
    opening: true,
    test: (s) => DIRECT_START.test(s.start) && !s.empathic,
  },
  { id: 'command', label: 'gives an order', weight: -0.35, test: (s) => COMMAND_START.test(s.start) && !s.empathic },
  {
    id: 'challenge',
    label: 'challenges the reader (“did you even…”, “why would you…”)',
    weight: -0.45,
    test: (s) => CHALLENGE.test(s.text),
  },
];

// "So why…?", "Yes, but what…?": the question still opens with its wh-word once connectives are set aside.
const CONNECTIVE = /^(?:(?:so|and|but|then|ok|okay|well|now|yes|yeah|no|oh|hmm|also|anyway)\b[,\s]*)+/;

// "Where do I start?", "How can we fix it?": asking how to do something yourself is asking for help.
const OWN_ACTION =
  /^(?:what|how|where|when|which|who)\b(?: \w+)? (?:do|can|should|could|would|shall|am|did|must|may) (?:i|we)\b/;

function isDirectQuestion(start: string): boolean {
  const question = start.replace(CONNECTIVE, '');
  return DIRECT_QUESTION.test(question) && !SOFT_QUESTION.test(question) && !OWN_ACTION.test(question);
}

/** Each cue with its learned weight (0 where the fit found none on the cue's side). */
export const POLITENESS_CUES: readonly PolitenessCue[] = CUE_SPECS.map((c) => {
  const direction = c.weight > 0 ? 1 : -1;
  const learned = TONE_WEIGHTS.weights[c.id] ?? 0;
  return { ...c, direction, weight: learned * direction > 0 ? learned : 0 };
});

const CUE_BY_ID = new Map(POLITENESS_CUES.map((c) => [c.id, c]));

// Leading quotes, brackets, bullets, and a name vocative ("Sam, could you…", "Hi John.") before the real opening.
const LEAD = /^[\s"'“‘([*•\-–—>]+/;
const VOCATIVE = /^(?:[A-Z][\w.'’-]*|@\S+)(?: [A-Z][\w.'’-]*)?,\s+(?=\S)/;
// Capitalised words that open a sentence with a comma but are not names ("Yes, but…", "Specifically, look…").
const NOT_A_NAME =
  /^(?:\w+ly|yes|yeah|yep|no|nope|ok|okay|well|so|thanks|sorry|also|however|anyway|now|still|sure|again|then|first|second|finally|besides|meanwhile|otherwise|instead|alright|right|oh|ah|hmm|um|please|sir|madam|guys|folks|everyone|all)\b/i;

function toSentence(text: string, mechanisms: readonly Mechanism[]): Sentence {
  let start = text.replace(LEAD, '');
  if (!GREETING.test(start) && !NOT_A_NAME.test(start)) start = start.replace(VOCATIVE, '');
  const question = /\?["'”’)\]]*\s*$/.test(text);
  const empathic = mechanisms.some((m) => ACKNOWLEDGING.has(m));
  return {
    text,
    lower: text.toLowerCase(),
    start: start.toLowerCase(),
    question,
    normal: normaliseForCues(text),
    empathic,
    explores: question && asksAboutPerson(text),
  };
}

/** The cues one sentence shows, by id. Pure and cheap; the analyzer caches the result with the sentence. */
export function detectPoliteness(text: string, mechanisms: readonly Mechanism[] = detectMechanisms(text)): string[] {
  const sentence = toSentence(text, mechanisms);
  return POLITENESS_CUES.filter((c) => c.test(sentence)).map((c) => c.id);
}

export interface PolitenessSignal {
  id: string;
  label: string;
  delta: number;
}

/**
 * The cues a draft shows, each once, in order of first appearance. `opening` cues count only in the first sentence
 * that is not a greeting line, where they set the tone of the request.
 */
export function draftCues(sentenceCues: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const opening = sentenceCues.findIndex((cues) => !(cues.length === 1 && cues[0] === 'greeting'));
  sentenceCues.forEach((cues, i) => {
    for (const id of cues) if (CUE_BY_ID.has(id) && !(CUE_BY_ID.get(id)!.opening && i !== opening)) seen.add(id);
  });
  return [...seen];
}

/** The draft's politeness signals from its sentences' cues, each cue once, with its learned weight. */
export function politenessSignals(sentenceCues: ReadonlyArray<readonly string[]>): PolitenessSignal[] {
  return draftCues(sentenceCues)
    .map((id) => CUE_BY_ID.get(id)!)
    .filter((cue) => cue.weight)
    .map((cue) => ({ id: cue.id, label: cue.label, delta: cue.weight }));
}
