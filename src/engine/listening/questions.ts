/**
 * What the customer asked or requested: direct questions ("will I get the delivery fee back?"), questions typed
 * without a question mark in chat, indirect ones ("I'd like to know when…", "I was wondering if…") and requests
 * ("can you…", "please…", "I need…", "I want…"). Rhetorical questions ("how many times do I have to ask?") and
 * bare pleas ("please help") ask for nothing a reply could answer, so they are left out.
 */
import { splitSentences } from '../text';
import { isWeakKey, topicKeys } from './words';

export type QuestionKind = 'yes-no' | 'wh' | 'request';
/** What a wh-question asks for, so that a reply's date, amount or place can answer it. */
export type Asks = 'time' | 'amount' | 'place' | 'reason' | 'manner' | 'thing';

export interface CustomerQuestion {
  /** The customer's words, as quoted back to the agent. */
  text: string;
  kind: QuestionKind;
  asks?: Asks;
  /** Offsets of the question in the customer's message. */
  start: number;
  end: number;
  /** Topic keys (words.ts) the answer must address; strong ones first. */
  topic: string[];
  /** How many leading topic keys are strong (not common support words such as "order"). */
  strong: number;
  /** The request's object is a pronoun ("please correct it"): what it is lies in an earlier sentence. */
  pronoun?: boolean;
  /** The question's own clause names nothing ("if it went through"): its topic is the sentence's, and one word of it is enough. */
  loose?: boolean;
}

/** Where the clause holding `index` starts: after the last comma, semicolon, "and now", "but" or "so" before it. */
function lastBoundary(text: string, index: number): number {
  let at = 0;
  for (const m of text.slice(0, index).matchAll(/[,;:]\s*|\s(?:and now|and|but|so|now)\s/gi))
    at = m.index! + m[0].length;
  return at;
}

const WH = /^(?:what|when|where|why|how|which|who|whom|whose)\b/i;
const AUX =
  /^(?:is|are|was|were|am|can|could|will|would|shall|should|do|does|did|has|have|had|may|might|must|isn['’]t|aren['’]t|won['’]t|can['’]t|doesn['’]t|didn['’]t)\b/i;
const INDIRECT_WH =
  /\b(?:know|tell me|wondering|wonder|wondered|explain|confirm|clarify|understand|sure|find out|idea|advise)\s+(?:(?:to )?me\s+)?(what|when|where|why|how|which|who|if|whether)\b/i;
const REQUEST =
  /\b(?:can|could|would|will)\s+(?:you|someone|somebody|one of you)\b|\bplease\b|\bi\s+(?:really\s+|just\s+|urgently\s+)?(?:need|want|would like|['’]d like|expect|require)\b|\b(?:let me know|tell me|is there (?:a|any) way|i['’]m looking for|i am looking for)\b/i;
/** Questions that vent rather than ask. */
const RHETORICAL =
  /\b(?:how many (?:more )?times|how (?:is|was|can) (?:this|that|it) (?:not|still)|why (?:is|isn['’]t|can['’]t|doesn['’]t) (?:this|that|it) (?:not )?(?:even |still )?(?:a )?(?:basic|standard|possible|working)|what(?:['’]s| is) wrong with|are you (?:kidding|serious|joking)|who (?:cares|does that)|what(?:['’]s| is) the point|is (?:that|it) too much to ask|what kind of (?:company|service|business)|how (?:hard|difficult) (?:is|can) it|why (?:is|does) (?:it|this) (?:always|never)|seriously|how you treat|do you even|(?:is )?any(?:one|body) (?:there|around|home)|hello\?)/i;
/** Openings to drop from the quote: "Also,", "And", "Oh, and", "So". */
const LEAD =
  /^(?:(?:also|and|oh|so|but|plus|one more thing|another thing|lastly|finally|secondly|first|firstly|ps|p\.s\.|sorry(?: if| for)?[^,?]{0,40}?(?:question|asking|bother\w*)(?: but)?)[\s,:;-]+)+/i;
/** A greeting before the question on the same line: "Hi team, can you…", "hi how do i…". */
const GREETING =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b(?:\s+(?:there|team|all|guys|folks|support))?[,.!]?\s+(?:[A-Z][\w'-]*[,.!]\s+)?)/i;
/** A second question joined to the first by "and" ("where is it and when will I get my refund?"). */
const JOINED =
  /,?\s+(?:and|also|plus)\s+(?=(?:when|where|what|why|how|which|who|can|could|will|would|do|does|did|is|are|should|has|have)\s)/gi;

const ASKS: Array<[RegExp, Asks]> = [
  [/\b(?:when|what time|what date|how long|how soon|by when|which day|what day)\b/i, 'time'],
  [/\b(?:how much|how many|what(?:['’]s| is)? the (?:price|cost|fee|amount|total)|what does it cost)\b/i, 'amount'],
  [/\b(?:where)\b/i, 'place'],
  [/\b(?:why)\b/i, 'reason'],
  [/\b(?:how)\b/i, 'manner'],
];

/** The customer's questions and requests, in the order they wrote them. */
export function extractQuestions(message: string): CustomerQuestion[] {
  const out: CustomerQuestion[] = [];
  // A line wrapped mid-sentence (an email client's hard wrap) goes on: same length, so offsets stay.
  const unwrapped = message.replace(/([^\n])\r?\n(?=[ \t]*[a-z])/g, (m, c: string) => c + ' '.repeat(m.length - 1));
  for (const sentence of splitSentences(unwrapped)) {
    for (const part of splitJoined(sentence.text)) {
      const question = readQuestion(part.text, sentence.start + part.start);
      if (question) out.push(question);
    }
  }
  return out;
}

function splitJoined(text: string): Array<{ start: number; text: string }> {
  if (!text.includes('?') && !INDIRECT_WH.test(text)) return [{ start: 0, text }];
  const parts: Array<{ start: number; text: string }> = [];
  let last = 0;
  for (const m of text.matchAll(JOINED)) {
    parts.push({ start: last, text: text.slice(last, m.index) });
    last = m.index! + m[0].length;
  }
  parts.push({ start: last, text: text.slice(last) });
  return parts;
}

function readQuestion(raw: string, offset: number): CustomerQuestion | undefined {
  const lead = raw.match(LEAD)?.[0].length ?? 0;
  // a greeting before the question on the same line ("Hi team, can you…")
  const greeting = raw.slice(lead).match(GREETING)?.[0].length ?? 0;
  const text = raw.slice(lead + greeting).trim();
  if (!text || RHETORICAL.test(text)) return undefined;
  const asked = text.endsWith('?') || /\?/.test(text);
  const opening = WH.test(text) ? 'wh' : AUX.test(text) ? 'yes-no' : undefined;
  const indirect = text.match(INDIRECT_WH);
  let kind: QuestionKind | undefined;
  if (indirect) kind = /^(?:if|whether)$/i.test(indirect[1]) ? 'yes-no' : 'wh';
  else if (opening && (asked || text.split(/\s+/).length <= 25))
    kind =
      REQUEST.test(text) && opening === 'yes-no' && /^(?:can|could|would|will)\s+(?:you|someone)/i.test(text)
        ? 'request'
        : opening;
  else if (asked) kind = /\b(?:what|when|where|why|how|which|who)\b/i.test(text) ? 'wh' : 'yes-no';
  else if (REQUEST.test(text)) kind = 'request';
  if (!kind) return undefined;
  // "I want to complain" or "I need help" asks for nothing a reply can answer point by point
  if (kind === 'request' && /\b(?:complain|vent)\b/i.test(text)) return undefined;
  // an indirect question inside a longer sentence is its own clause: "…, and now I don't know if it went through"
  const clauseStart = indirect ? lastBoundary(text, indirect.index!) : 0;
  const clause = text.slice(clauseStart);
  let keys = topicKeys(clause);
  const loose = !keys.length;
  if (loose) keys = topicKeys(text);
  const strongKeys = keys.filter((k) => !isWeakKey(k));
  const topic = [...strongKeys, ...keys.filter(isWeakKey)];
  if (!topic.length) return undefined;
  const start = offset + lead + greeting + clauseStart;
  const question: CustomerQuestion = {
    text: quote(clause),
    kind,
    start,
    end: offset + raw.trimEnd().length,
    topic,
    strong: strongKeys.length,
  };
  if (loose) question.loose = true;
  if (kind === 'request' && /\b(?:it|this|that|them)\b/i.test(text)) question.pronoun = true;
  if (kind === 'wh')
    question.asks = ASKS.find(([re]) => re.test(indirect ? text.slice(indirect.index) : text))?.[1] ?? 'thing';
  return question;
}

/** The question as quoted in a message: a lower-case start (unless "I" or a name), at most about 100 characters. */
function quote(text: string): string {
  let q = text.replace(/\s+/g, ' ').trim();
  if (/^[A-Z][a-z]/.test(q) && !/^I\b/.test(q)) q = q[0].toLowerCase() + q.slice(1);
  if (q.length > 110) q = `${q.slice(0, 100).replace(/\s+\S*$/, '')}…`;
  return q;
}
