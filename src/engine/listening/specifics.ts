/**
 * What the customer told, in their own words: the problem as they put it ("my parcel arrived damaged"), the
 * numbers and dates they gave (order #4412, $40, March 3) and the content words of their message. Read once per
 * customer message; reflection.ts checks a reply against it on every keystroke.
 */
import { parseSentence } from '../nlp';
import { splitSentences } from '../text';
import type { CustomerQuestion } from './questions';
import { isWeakKey, topicKeys } from './words';

export interface CustomerSpecifics {
  /** Topic keys (words.ts) of what the customer told, without common support words or feelings. */
  keys: string[];
  /** Order numbers, codes, amounts and dates, as the customer wrote them. */
  details: string[];
  /** The problem in the customer's words ("my parcel arrived damaged"), when one clause says it plainly. */
  problem?: string;
  /** The same clause in the agent's voice ("your parcel arrived damaged"). */
  reflected?: string;
  /** An identifier with what it names ("order #4412"), for an opening when no clause states the problem. */
  about?: string;
  /** A few of the customer's own words to quote to the agent: the problem, an identifier, or their first words. */
  quote: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DETAIL = new RegExp(
  [
    '#\\s?\\d{3,}',
    '\\b[A-Z]{1,5}-?\\d{3,}(?:-\\d+)*\\b',
    '\\b\\d{5,}\\b',
    '[$€£]\\s?\\d[\\d,.]*',
    '\\b\\d[\\d,.]*\\s?(?:dollars|euros|pounds|usd|eur|gbp)\\b',
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])`,
  ].join('|'),
  'gi',
);

/**
 * Keys a stock reply shares with any message: feelings and verdicts ("I understand this is frustrating"), and the
 * words every support exchange uses ("customer", "feedback", "the app", "your request").
 */
const ANY_REPLY = new RegExp(
  `^(?:${(
    'frustrat annoy angr upset disappoint worri anxious stress confus sad happi happy glad sorry apolog terribl ' +
    'awful horribl ridiculous unacceptabl appal disgust furious mad hate love great brilliant thank appreciat ' +
    'patienc wait hassl troubl inconvenienc experienc reach contact hear look seem feel sure thing someth anyon ' +
    'everyon nobod customer feedback request query concern expect treat specialist app$ website site product item ' +
    'system platform ticket case department info'
  )
    .split(' ')
    .join('|')})`,
);

/** Words of a list as one alternation, each a whole word. */
const anyWord = (list: string, flags = 'i') => new RegExp(`\\b(?:${list.trim().split(/\s+/).join('|')})\\b`, flags);

/** A clause that states something went wrong: a negation, a word for a fault, "still", "again". */
const PROBLEM_WORDS = anyWord(`
  not never nothing broken broke damaged smashed cracked torn leaks? leaked leaking faulty missing lost late delayed
  wrong twice double error fails? failed failing crash(?:es|ed|ing)? stuck locked frozen hacked overcharged charged
  billed billing declined stopped disappeared gone down still again keeps? died`);
/** Multi-word faults; "cancelled" only done to the customer ("my flight was cancelled", not "I cancelled"). */
const PROBLEM_PHRASES = /\b(?:no longer|passed away|(?:was|were|been|got) cancell?ed)\b|n['’]t\b/i;
const states = (clause: string) => PROBLEM_WORDS.test(clause) || PROBLEM_PHRASES.test(clause);
/** An elliptical ending ("i ordered 2 weeks ago and nothing") does not read as a clause said back. */
const DANGLING = /\band (?:still )?(?:nothing|no)$/i;
/** The company addressed ("your app", "you charged me"): reflected back it would put words in the agent's mouth. */
const ADDRESSES_COMPANY = /\b(?:you|your|yours|u|ur|you['’](?:re|ve|ll|d))\b/i;
/** Insults and verdicts the agent should not repeat. */
const VERDICT = anyWord(`
  damn hell crap shit\\w* fuck\\w* stupid idiot\\w* useless ridiculous pathetic joke garbage rubbish terrible awful
  worst horrible disgusting unacceptable incompetent scam`);
const LEAD =
  /^(?:(?:hi|hello|hey|well|so|ok|okay|honestly|unfortunately|sadly|also|and|but|um|ugh|look|basically|anyway|just so you know|fyi)\b[\s,!:;-]*)+/i;
/** Clause boundaries: a conjunction, a semicolon or dash, a comma or "and" before a new subject ("…, I've checked"). */
const CLAUSES =
  /,\s*(?:and|but|so)\s+|;\s*|\s+(?:but|so|because|and now|which means)\s+|\s+[-–—]\s+|,\s+(?:and\s+)?(?=(?:i|i['’]ve|i['’]m|i['’]d|it|it['’]s|the|this|there|they|we|my|our|she|he)\s)|\s+and\s+(?=(?:i|i['’]ve|i['’]m|i['’]d|it|it['’]s|they|we|my|our|she|he)\s)/i;
/** A frame around the problem that said back would read oddly: "The issue is that…", "I'm worried that…". */
const FRAME =
  /^(?:the (?:issue|problem|thing) is(?: that)?|i(?:['’]m| am) (?:really |so |very |quite |a bit |extremely )?(?:worried|concerned|scared|afraid|anxious|upset|frustrated|annoyed|angry|confused|sad|disappointed|shocked)(?: that| because)?|(?:i )?just wanted to (?:say|let you know)(?: that)?|i(?:['’]m| am) (?:writing|emailing|contacting you) (?:because|to say)(?: that)?|fyi)\s+/i;
/** Where a request starts inside a sentence that told something first. */
const ASKING =
  /\b(?:i (?:really |just |urgently )?(?:need|want|would like|['’]d like)|can you|could you|would you|please)\b/i;
/** Greeting and sign-off lines tell nothing about the problem. */
const GREETING_OR_SIGNOFF =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you|regards|best|cheers|sincerely)\b[^.!?]{0,30}[,.!]?$/i;

const MAX_WORDS = 16;
const MIN_WORDS = 3;

export function readSpecifics(message: string, questions: readonly CustomerQuestion[]): CustomerSpecifics {
  const sentences = splitSentences(message).filter((s) => !GREETING_OR_SIGNOFF.test(s.text.trim()));
  const keys = [
    ...new Set(sentences.flatMap((s) => topicKeys(s.text)).filter((k) => !isWeakKey(k) && !ANY_REPLY.test(k))),
  ];
  const found = [...message.matchAll(DETAIL)];
  const details = [...new Set(found.map((m) => m[0].trim()))];
  const about = found
    .map((m) => ({ noun: NAMED.exec(message.slice(Math.max(0, m.index - 30), m.index))?.[1], id: m[0].trim() }))
    .filter((d) => d.noun)
    .map((d) => `${d.noun!.toLowerCase()} ${d.id}`)[0];
  // what the customer told, without what they asked: "My mother passed away and I need to close her account."
  const told = sentences
    .map((s) => {
      const asked = questions.find((q) => q.start < s.end && s.start < q.end);
      if (!asked) return s.text;
      const before = s.text.slice(0, Math.max(0, asked.start - s.start));
      if (before || asked.kind !== 'request') return before;
      // a request quoted whole ("my mother passed away and I need to close her account") still tells before asking
      const at = s.text.search(ASKING);
      return at > 0 ? s.text.slice(0, at) : '';
    })
    .filter((text) => text.trim() && !/\?\s*$/.test(text));
  for (const text of told) {
    const problem = problemClause(text);
    if (problem) return { keys, details, problem, reflected: reflect(problem), about, quote: problem };
  }
  const first = (told[0] ?? sentences[0]?.text ?? '').trim();
  const words = first.split(/\s+/);
  return { keys, details, about, quote: about ?? (words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : first) };
}

/** The noun an identifier belongs to, just before it: "order #4412", "invoice INV-2231", "booking 88123". */
const NAMED =
  /\b(order|invoice|ticket|case|booking|reservation|account|reference|tracking number|card ending in|subscription|parcel|package)\s*(?:number|no\.?|num)?\s*(?:is\s*)?[:#]?\s*$/i;

/** The first clause of a sentence that states the problem plainly and can be said back, or undefined. */
function problemClause(sentence: string): string | undefined {
  // a piece with a comma is tried first without what follows it ("app keeps logging me out, super annoying")
  const pieces = sentence
    .split(CLAUSES)
    .flatMap((piece) => (piece.includes(',') ? [piece.split(',')[0], piece] : [piece]));
  for (const raw of pieces) {
    const clause = raw
      .replace(LEAD, '')
      .replace(FRAME, '')
      .replace(/[\s.!?…,;]+$/, '')
      .replace(/\s+(?:and|but|so|or)$/i, '')
      .trim();
    const words = clause.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !states(clause) || DANGLING.test(clause)) continue;
    if (ADDRESSES_COMPANY.test(clause) || VERDICT.test(clause) || /[?"“”()[\]{}<>]/.test(clause)) continue;
    if (isClause(clause)) return clause;
  }
  return undefined;
}

/**
 * Said back after "I'm sorry that…" the words must read as a clause: they open with its subject (a pronoun, a
 * determiner, a noun) and hold a verb. "no signal at all since tuesday" or "hasn't arrived" would not.
 */
function isClause(clause: string): boolean {
  const doc = parseSentence(clause);
  if (/^(?:still|not|never|just|also|really|again|even|already|now)\b/i.test(clause)) return false;
  return doc.has('#Verb') && doc.has('^(#Pronoun|#Determiner|#Possessive|#Noun|#Adjective|#Value|there)');
}

const SWAPS: Array<[RegExp, string]> = [
  [/\bI am\b/gi, 'you are'],
  [/\bI wasn['’]t\b/gi, 'you weren’t'],
  [/\bI was\b/gi, 'you were'],
  [/\bI['’]m\b/gi, 'you’re'],
  [/\bI['’](ve|d|ll)\b/gi, 'you’$1'],
  [/\bwe['’](re|ve|d|ll)\b/gi, 'you’$1'],
  [/\bI\b/gi, 'you'],
  [/\bwe\b/gi, 'you'],
  [/\bme\b/gi, 'you'],
  [/\bus\b/g, 'you'],
  [/\b(?:my|our)\b/gi, 'your'],
  [/\b(?:mine|ours)\b/gi, 'yours'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bourselves\b/gi, 'yourselves'],
];
/** The customer's clause in the agent's voice: "I was charged twice" → "you were charged twice". */
export function reflect(clause: string): string {
  let out = clause;
  // a shouted clause is said back calmly
  if ((out.match(/\b[A-Z]{3,}\b/g) ?? []).length >= 2) out = out.replace(/\b[A-Z]{2,}\b/g, (w) => w.toLowerCase());
  for (const [re, to] of SWAPS) out = out.replace(re, to);
  out = out.replace(/!+/g, '');
  // moved into the middle of the agent's sentence, the clause keeps a capital only on a name ("Robert", "Zendesk")
  const first = out.split(/\s/)[0];
  const keepCapital = /^[A-Z]{2,}\b|^I\b/.test(first) || parseSentence(first).has('#ProperNoun');
  if (!keepCapital) out = out[0].toLowerCase() + out.slice(1);
  // chat shorthand drops the article ("reset link never arrives"): said back in a full sentence it needs one
  return parseSentence(out).has('^#Singular') && !/^(?:you|it|there|this|that|nothing|someone)\b/i.test(out)
    ? `the ${out}`
    : out;
}
