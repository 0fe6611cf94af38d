/**
 * Does the reply answer each of the customer's questions? A question is answered when a sentence of the reply (or
 * two neighbouring sentences) takes up what it is about: most of its topic keys, or one of them together with the
 * kind of answer the question wants — a date or a time frame for "when", an amount for "how much", a yes or a no
 * ("Yes, …", "you will", "we'll refund…") for a yes/no question. Matching words, not understanding: it errs
 * towards "answered" when the reply talks about the thing asked, so a false alarm stays rare.
 */
import type { CustomerQuestion } from './questions';
import { topicKeys } from './words';

export interface QuestionCheck {
  question: CustomerQuestion;
  answered: boolean;
  /** Offsets in the reply of the sentence that answers it. */
  answer?: { start: number; end: number };
}

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun';
const TIME = new RegExp(
  `\\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week|month)|next (?:week|month|${DAY})|(?:${DAY})|(?:${MONTH})\\s+\\d|\\d+(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})|` +
    `within|by (?:the end|end of|close of)|(?:\\d+|one|two|three|four|five|six|seven|ten|a few|a couple of)\\s+(?:business |working )?(?:minutes?|hours?|days?|weeks?|months?)|` +
    `\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)|\\d{1,2}:\\d\\d|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}|(?:right )?now|immediately|shortly|as soon as|already)\\b`,
  'i',
);
const AMOUNT =
  /[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent|dollars?|euros?|pounds?|usd|eur|gbp)\b|\b(?:free|no (?:extra )?(?:charge|cost|fee)|nothing|full amount|in full)\b/i;
const PLACE =
  /\b(?:in|under|on|at|from|via|through)\s+(?:the|your|our|this|a)\b|https?:\/\/|\bwww\.|\b(?:settings|menu|page|tab|link|dashboard|portal|app|courier|carrier|warehouse|depot|driver)\b|\b(?:left|delivered) (?:at|in|with|on|by)\b/i;
const REASON = /\b(?:because|since|due to|as a result|the reason|caused by|that(?:['’]s| is) why)\b/i;
const MANNER =
  /\b(?:go to|click|tap|open|select|choose|follow|steps?|you can|you(?:['’]ll| will) need to|simply|first|then|here(?:['’]s| is) how)\b/i;
/** A reply sentence that says yes or no. */
const YES_NO =
  /^(?:yes|yep|no|nope|absolutely|of course|certainly|definitely|sure|good news|not yet|unfortunately|sadly|i['’]m afraid|happy to|glad to|done|all set|sorted)\b|\b(?:you(?:['’]ll| will| won['’]t| can| can['’]t| do| don['’]t| are| aren['’]t| did| didn['’]t)|we(?:['’]ll| will| won['’]t| can| can['’]t| do| don['’]t| have| are| did| didn['’]t)|i(?:['’]ve| have|['’]ll| will)|it(?:['’]s| is| isn['’]t| will| won['’]t| does| doesn['’]t| has| did| didn['’]t| went| was| wasn['’]t)|there(?:['’]s| is| isn['’]t| are))\b/i;

/** The agent did or will do something: "I've removed…", "we'll send…". */
const DONE =
  /\b(?:i|we)(?:['’]ve| have|['’]ll| will| am| are)\s+(?:now\s+|just\s+|already\s+)?\w+(?:ed|t|n)\b|\b(?:i|we)(?:['’]ll| will)\s+\w+/i;

const FITS: Record<string, RegExp> = { time: TIME, amount: AMOUNT, place: PLACE, reason: REASON, manner: MANNER };

/** What the check needs of one reply sentence. */
export interface ReplySentence {
  start: number;
  end: number;
  text: string;
}

interface Window {
  start: number;
  end: number;
  text: string;
  keys: Set<string>;
}

/** Keys of reply sentences, kept by sentence text: a keystroke re-reads one sentence. */
const keyCache = new Map<string, Set<string>>();
export function keysOf(text: string): Set<string> {
  let keys = keyCache.get(text);
  if (!keys) {
    keys = new Set(topicKeys(text));
    keyCache.set(text, keys);
    if (keyCache.size > 2000) keyCache.delete(keyCache.keys().next().value!);
  }
  return keys;
}

export function checkAnswers(
  questions: readonly CustomerQuestion[],
  sentences: readonly ReplySentence[],
): QuestionCheck[] {
  if (!questions.length) return [];
  const single: Window[] = sentences.map((s) => ({ start: s.start, end: s.end, text: s.text, keys: keysOf(s.text) }));
  const windows = [...single];
  for (let i = 0; i + 1 < single.length; i++) {
    windows.push({
      start: single[i].start,
      end: single[i + 1].end,
      text: `${single[i].text} ${single[i + 1].text}`,
      keys: new Set([...single[i].keys, ...single[i + 1].keys]),
    });
  }
  return questions.map((question) => {
    // words this question shares with another of the customer's ("refund the charge?" / "the late fee back?")
    // do not show which of the two a sentence answers: one of its own words must be there too
    const others = new Set(questions.filter((q) => q !== question).flatMap((q) => q.topic.slice(0, q.strong)));
    const own = question.topic.slice(0, question.strong).filter((k) => !others.has(k));
    const found = windows.find(
      (w) => (!own.length || own.length === question.strong || own.some((k) => w.keys.has(k))) && answers(question, w),
    );
    return found
      ? { question, answered: true, answer: { start: found.start, end: found.end } }
      : { question, answered: false };
  });
}

function answers(question: CustomerQuestion, window: Window): boolean {
  const strong = question.topic.slice(0, question.strong);
  const keys = strong.length ? strong : question.topic;
  const matched = keys.filter((k) => window.keys.has(k)).length;
  // numbers the customer quoted (an amount, an order number) answer only when the reply repeats them
  const named = keys.filter((k) => !/^\d+$/.test(k) || window.keys.has(k)).length || 1;
  const fits =
    question.kind === 'wh'
      ? (FITS[question.asks ?? '']?.test(window.text) ?? true)
      : YES_NO.test(window.text) || question.kind === 'request';
  // "where is my order?" names nothing but the order: an answer of the kind asked for is the answer
  if (!strong.length && question.kind === 'wh' && question.asks !== 'thing' && fits) return true;
  // "please correct it": a request naming nothing but the act is met by an act of the agent's
  if (question.kind === 'request' && strong.length <= 1 && question.pronoun && DONE.test(window.text)) return true;
  if (!matched) return false;
  if (question.loose) return true;
  // a request is met by a sentence that takes up what was asked for ("I need the dress…" → "I'll send a new dress…")
  if (question.kind === 'request' && matched >= Math.min(2, Math.ceil(keys.length / 3))) return true;
  // numbers the customer gave (an order number, a date) answered back count double
  const numbers = keys.filter((k) => /^\d+$/.test(k) && window.keys.has(k)).length;
  const coverage = (matched + numbers) / named;
  // "when" and "how much" want a date or an amount, however well the sentence covers the topic
  if (question.asks === 'time' || question.asks === 'amount') return fits;
  if (coverage >= 0.6 || matched >= 3) return true;
  // an order number or amount the customer quoted, repeated in an answer of the right kind
  if (fits && keys.some((k) => k.length >= 3 && /^\d+$/.test(k) && window.keys.has(k))) return true;
  return fits && (matched >= 2 || named <= 2);
}
