/**
 * The elements of a good reply (greeting, acknowledgement, next step…) as cue patterns, so that scores and the
 * checklist mean the same for every pack. `require` rules may add their own cues on top.
 */
import type { Element, SentenceView } from './types';

const CUES: Record<Element, RegExp> = {
  greeting:
    /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|(?:thank you|thanks) (?:so much )?for (?:reaching out|contacting|getting in touch|writing|your message|your email))\b/i,
  acknowledgement:
    /\b(?:i (?:completely |totally |really |fully |absolutely )?(?:understand|can (?:see|imagine|understand)|see (?:how|why|that)|hear you|reali[sz]e|know how|get (?:why|how|that))|that (?:sounds|must (?:be|have been)|is (?:really |so )?frustrating)|(?:sorry|sad|unhappy) to hear|i['’]m (?:so |really |truly |very )?sorry(?: that| for| about| to|[,.!]| you)|you['’]re (?:absolutely |completely )?right|(?:understandably|naturally) (?:frustrat|upset|annoy|concern)|(?:how|this is|that['’]s|that is) (?:really |so |very )?(?:frustrating|stressful|worrying|disappointing|confusing|annoying)|thank(?:s| you) for (?:your patience(?! and understanding)|bearing with|flagging|letting us know|explaining|raising)|i appreciate (?:your patience|you (?:taking|letting|explaining|flagging))|not the experience)/i,
  apology: /\b(?:sorry|apologi[sz]e|apologies|my (?:bad|mistake)|our (?:mistake|fault|error))\b/i,
  thanks: /\b(?:thank(?:s| you)|appreciate|grateful)\b/i,
  'next-step':
    /\b(?:i['’]ll|i will|we['’]ll|we will|i['’]ve|i have (?:gone|just|now|already)|we['’]ve|let me|i['’]m going to|i am going to|next steps?|here['’]s what|here is what|you(?: can| will| should|['’]ll) (?:now|then|also)?\s*(?:see|receive|get|find|try|click|go|log|expect|hear)|please (?:try|click|reply|go|open|check|log|follow|send|update|restart|let me know)|to fix this|follow these|i['’]m (?:escalating|refunding|sending|checking|looking|on it|taking)|i(?:['’]ve| have) (?:refunded|sent|escalated|fixed|updated|reset|applied|added|issued|credited|cancell?ed|processed|passed))\b/i,
  'time-frame':
    /\b(?:within (?:the )?(?:next )?(?:\d+|an?|one|two|three|few|24|48)\s*(?:minutes?|hours?|days?|business days?|working days?|weeks?)|in the next (?:\d+|few|hour|day|couple)|by (?:the )?(?:end of (?:the )?(?:day|week)|eod|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|\d)|\d+\s*(?:-\s*\d+\s*)?(?:minutes?|hours?|days?|business days?|working days?|weeks?)|today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|right away|straight away|immediately|within the hour)\b/i,
  closing:
    /^(?:(?:best|kind|warm|warmest|many thanks|thanks|thank you|cheers|regards|sincerely|all the best|take care|talk soon|speak soon|have a (?:great|good|lovely|nice|wonderful) (?:day|evening|weekend|week|one))\b|(?:best|kind|warm) (?:regards|wishes)\b)|\b(?:let me know if (?:there['’]s|you (?:have|need|run|want))|feel free to (?:reach|reply|get|contact|write)|(?:i['’]m|we['’]re) (?:always |here |happy |glad )*(?:here|happy|glad) to help|here if you need|don['’]t hesitate to|(?:have|enjoy) a (?:great|good|lovely|nice|wonderful) (?:day|evening|weekend|week))\b/i,
};

const QUESTION_TO_CUSTOMER = /\b(?:you|your)\b[^?]*\?["'”’)]*\s*$/i;

/** Which elements a single sentence contains. Sentences are short, and the result is cached with the sentence. */
export function detectElements(sentence: string): Set<Element> {
  const found = new Set<Element>();
  for (const element of Object.keys(CUES) as Element[]) {
    if (CUES[element].test(sentence)) found.add(element);
  }
  // A question put to the customer ("What time suits you?") hands them the next move.
  if (QUESTION_TO_CUSTOMER.test(sentence)) found.add('next-step');
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
export function locateElement(element: Element, text: string, sentences: readonly SentenceView[], extra?: RegExp): SentenceView | undefined {
  const positional = element === 'greeting' || element === 'closing';
  const candidates = element === 'greeting' ? sentences.slice(0, OPENING) : element === 'closing' ? sentences.slice(-ENDING) : sentences;
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
