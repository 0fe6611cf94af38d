/**
 * The elements of a good reply (greeting, acknowledgement, next step…) as cue patterns, so that scores and the
 * checklist mean the same for every pack. `require` rules may add their own cues on top.
 */
import { ACKNOWLEDGING, detectMechanisms, type Mechanism } from './empathy/mechanisms';
import { SLOTS } from './empathy/lexicon';
import { normaliseForCues, openingList, phraseList, says } from './empathy/words';
import type { Element, SentenceView } from './types';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNITS = [
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'business days',
  'business day',
  'working days',
  'working day',
  'week',
  'weeks',
];
const SLOTS_HERE = {
  ...SLOTS,
  unit: UNITS,
  few: ['{number}', 'a', 'an', 'one', 'two', 'three', 'few', 'couple of', 'a few', 'a couple of'],
  when: [
    'end of the day',
    'end of day',
    'end of the week',
    'end of week',
    'eod',
    'tomorrow',
    'tonight',
    'today',
    'noon',
    ...DAYS,
  ],
  nice: ['great', 'good', 'lovely', 'nice', 'wonderful'],
  span: ['day', 'evening', 'weekend', 'week', 'one'],
  instruction: [
    'try',
    'click',
    'reply',
    'go',
    'open',
    'check',
    'log',
    'follow',
    'send',
    'update',
    'restart',
    'let me know',
  ],
  receive: ['see', 'receive', 'get', 'find', 'try', 'click', 'go', 'log', 'expect', 'hear'],
};

const GREETING = openingList(
  [
    'hi',
    'hello',
    'hey',
    'hiya',
    'dear',
    'greetings',
    'good morning',
    'good afternoon',
    'good evening',
    'good day',
    'thank you for {reaching}',
    'thanks for {reaching}',
    'thank you so much for {reaching}',
    'thanks so much for {reaching}',
  ],
  { reaching: ['reaching out', 'contacting', 'getting in touch', 'writing', 'your message', 'your email'] },
);
const APOLOGY = phraseList([
  'sorry',
  'apologise',
  'apologize',
  'apologised',
  'apologized',
  'apologies',
  'my bad',
  'my mistake',
  'our mistake',
  'our fault',
  'our error',
]);
const THANKS = phraseList([
  'thanks',
  'thank you',
  'thank you so much',
  'many thanks',
  'appreciate',
  'appreciated',
  'grateful',
]);
const NEXT_STEP = phraseList(
  [
    "i'll",
    'i will',
    "we'll",
    'we will',
    "i've",
    'i have gone',
    'i have just',
    'i have now',
    'i have already',
    "we've",
    'let me',
    "i'm going to",
    'i am going to',
    'next step',
    'next steps',
    "here's what",
    'here is what',
    'you can {receive}',
    'you will {receive}',
    'you should {receive}',
    "you'll {receive}",
    'you can now {receive}',
    'you can then {receive}',
    'you can also {receive}',
    "you'll now {receive}",
    "you'll then {receive}",
    "you'll also {receive}",
    'you will now {receive}',
    'please {instruction}',
    'to fix this',
    'follow these',
    "i'm escalating",
    "i'm refunding",
    "i'm sending",
    "i'm checking",
    "i'm looking",
    "i'm on it",
    "i'm taking",
    'i have refunded',
    'i have sent',
    'i have escalated',
    'i have fixed',
    'i have updated',
    'i have reset',
    'i have applied',
    'i have added',
    'i have issued',
    'i have credited',
    'i have cancelled',
    'i have canceled',
    'i have processed',
    'i have passed',
  ],
  SLOTS_HERE,
);
const TIME_FRAME = phraseList(
  [
    'within {few} {unit}',
    'within the next {few} {unit}',
    'within {number}',
    'in the next {few} {unit}',
    'in the next hour',
    'in the next day',
    'by {when}',
    'by the {when}',
    '{number} {unit}',
    'today',
    'tomorrow',
    'tonight',
    'this morning',
    'this afternoon',
    'this evening',
    'this week',
    'right away',
    'straight away',
    'immediately',
    'within the hour',
  ],
  SLOTS_HERE,
);
const CLOSING_LINE = openingList(
  [
    'best',
    'kind regards',
    'warm regards',
    'best regards',
    'warmest',
    'warm wishes',
    'best wishes',
    'kind',
    'warm',
    'many thanks',
    'thanks',
    'thank you',
    'cheers',
    'regards',
    'sincerely',
    'all the best',
    'take care',
    'talk soon',
    'speak soon',
    'have a {nice} {span}',
  ],
  SLOTS_HERE,
);
const CLOSING = phraseList(
  [
    "let me know if there's",
    'let me know if you have',
    'let me know if you need',
    'let me know if you run',
    'let me know if you want',
    'feel free to reach',
    'feel free to reply',
    'feel free to get',
    'feel free to contact',
    'feel free to write',
    "i'm here to help",
    "we're here to help",
    "i'm happy to help",
    "we're happy to help",
    "i'm glad to help",
    "we're glad to help",
    "i'm always happy to help",
    "we're always happy to help",
    "i'm always here to help",
    "we're always here to help",
    'here if you need',
    "don't hesitate to",
    'have a {nice} {span}',
    'enjoy a {nice} {span}',
    'enjoy your {span}',
  ],
  SLOTS_HERE,
);

const QUESTION_TO_CUSTOMER = /\b(?:you|your)\b[^?]*\?["')]*\s*$/;

/**
 * Which elements a single sentence contains, from its empathy mechanisms (acknowledgement is any of validation,
 * emotional reaction, interpretation or reassurance) and the word lists above. Sentences are short, and the result
 * is cached with the sentence.
 */
export function detectElements(
  sentence: string,
  mechanisms: readonly Mechanism[] = detectMechanisms(sentence),
): Set<Element> {
  const s = normaliseForCues(sentence);
  const found = new Set<Element>();
  if (GREETING.test(s)) found.add('greeting');
  if (mechanisms.some((m) => ACKNOWLEDGING.has(m))) found.add('acknowledgement');
  if (says(APOLOGY, s)) found.add('apology');
  if (says(THANKS, s)) found.add('thanks');
  // A question put to the customer ("What time suits you?") hands them the next move.
  if (says(NEXT_STEP, s) || QUESTION_TO_CUSTOMER.test(s)) found.add('next-step');
  if (says(TIME_FRAME, s)) found.add('time-frame');
  if (CLOSING_LINE.test(s) || says(CLOSING, s)) found.add('closing');
  return found;
}

export const ELEMENT_LABELS: Record<Element, string> = {
  greeting: 'Greeting',
  acknowledgement: 'Acknowledges the customer',
  apology: 'Apology',
  thanks: 'Thanks the customer',
  'next-step': 'Clear next step',
  'time-frame': 'Time frame',
  closing: 'Closing',
};

// Where each element belongs: greetings open, closings close, the rest may be anywhere.
const OPENING = 2;
const ENDING = 3;

/**
 * The first sentence of the draft that carries the element, by the engine's cues or by `extra` (a require rule's
 * own phrases, a global regex). A greeting counts only in the opening sentences and a closing only in the last ones.
 */
export function locateElement(
  element: Element,
  text: string,
  sentences: readonly SentenceView[],
  extra?: RegExp,
): SentenceView | undefined {
  const positional = element === 'greeting' || element === 'closing';
  const candidates =
    element === 'greeting' ? sentences.slice(0, OPENING) : element === 'closing' ? sentences.slice(-ENDING) : sentences;
  const found = candidates.find((s) => s.elements.has(element));
  if (found || !extra) return found;
  if (positional) return candidates.find((s) => ((extra.lastIndex = 0), extra.test(s.text)));
  // anywhere in the draft, even across a sentence break: the sentence where the phrase starts
  extra.lastIndex = 0;
  const m = extra.exec(text);
  return m ? (sentences.find((s) => m.index < s.end) ?? sentences[sentences.length - 1]) : undefined;
}

/** How many sentences at the end of a draft may hold its sign-off. */
export const CLOSING_SENTENCES = ENDING;
