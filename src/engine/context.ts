/**
 * Reads the customer's latest message: which emotions it shows, from cue phrases and AFINN sentiment.
 * Deliberately explainable (each reading lists its cues) rather than clever: it drives coaching such as
 * "the customer is frustrated and your reply never acknowledges it", where a wrong guess costs a nudge, not harm.
 */
import { createSentimentScorer } from './afinn';
import type { CustomerReading, Emotion } from './types';

interface Cue {
  re: RegExp;
  weight: number;
}

// straight or curly apostrophe, as agents and editors type them
const Q = "['’]";

const cue = (weight: number, ...sources: string[]): Cue => ({
  re: new RegExp(`\\b(?:${sources.join('|')})\\b`, 'i'),
  weight,
});

const CUES: Record<Exclude<Emotion, 'neutral'>, Cue[]> = {
  frustrated: [
    cue(2, `still (?:not|isn${Q}?t|doesn${Q}?t|won${Q}?t|can${Q}?t|haven${Q}?t|hasn${Q}?t|no)`, `(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time`, `yet again`, `once again`, `again and again`, `keeps? (?:happening|failing|crashing|breaking)`, `(?:i|we) keep asking`),
    cue(2, `frustrat\\w*`, `fed up`, `upset`, `complain(?:t|ts|ing)?`, `(?:so|really|very|extremely) disappointed`, `ruined`, `gutted`, `let down`, `sick of`, `tired of`, `annoy\\w*`, `no one (?:has|is|seems)`, `nobody (?:has|is|seems)`, `been waiting`, `waiting (?:for|since)`, `how many times`, `every time`, `not (?:good enough|acceptable)`),
    cue(1, `again`, `still`, `weeks?`, `days`, `already (?:tried|told|explained|sent|asked)`, `disappoint\\w*`, `doesn${Q}?t work`, `not working`, `broken`),
  ],
  angry: [
    cue(3, `unacceptable`, `ridiculous`, `outrageous`, `disgusting`, `furious`, `livid`, `scam`, `rip-?off`, `worst`, `pathetic`, `incompetent`, `useless`, `joke`, `wtf`, `damn`, `hell`, `shit\\w*`, `f\\*+k\\w*`, `fuck\\w*`, `crap`),
    cue(2, `angry`, `cancel my (?:account|subscription|order)`, `lawyer`, `legal action`, `chargeback`, `report you`, `never (?:again|buying|using)`, `terrible`, `awful`, `horrible`, `appalling`),
  ],
  confused: [
    cue(2, `(?:don${Q}?t|do not|doesn${Q}?t|didn${Q}?t) (?:understand|get (?:it|how|why|what)|know (?:how|what|where|why))`, `confus\\w*`, `not sure (?:how|what|where|why|if)`, `no idea (?:how|what|where|why)`, `lost`, `makes no sense`, `what does .{1,30} mean`, `how do i`, `where do i`, `where (?:is|can i find)`, `what am i supposed to`, `am i doing (?:something|it) wrong`),
    cue(1, `how (?:can|should|would) i`, `what (?:is|are) (?:the|a)`, `can you explain`, `explain`, `unclear`, `which one`),
  ],
  anxious: [
    cue(2, `worried`, `worry(?:ing)?`, `anxious`, `nervous`, `scared`, `afraid`, `panick\\w*`, `stress\\w*`, `concerned`, `is my (?:data|account|money|card)`, `can${Q}?t afford`, `devastated`, `heartbroken`, `desperate`, `stranded`, `hacked`, `stolen`, `fraud\\w*`, `lose (?:my|all|the)`, `lost (?:all|my)`),
    cue(1, `hope (?:you|this|it)`, `what (?:if|happens)`, `is it safe`, `safe`, `secure`),
  ],
  urgent: [
    cue(3, `asap`, `urgent(?:ly)?`, `emergency`, `immediately`, `right now`, `right away`),
    cue(2, `as soon as possible`, `today`, `tonight`, `by tomorrow`, `deadline`, `time[- ]sensitive`, `critical`, `can${Q}?t wait`, `need (?:this|it) (?:now|fixed|done|today|back)`, `losing (?:money|customers|sales|business)`, `down for`, `production is down`, `site is down`, `in an hour`, `before (?:monday|tomorrow|friday)`),
  ],
  happy: [
    cue(2, `thank you so much`, `thanks so much`, `love (?:it|this|the|your)`, `amazing`, `awesome`, `fantastic`, `brilliant`, `great job`, `well done`, `delighted`, `so happy`, `really happy`, `impressed`, `you guys rock`, `perfect`, `excellent`, `wonderful`),
    cue(1, `thanks`, `thank you`, `great`, `appreciate`, `happy`, `glad`, `nice`),
  ],
};

const scoreSentiment = createSentimentScorer();

/** Classifies the customer's message. An empty or missing message reads as neutral. */
export function readCustomer(message: string | undefined): CustomerReading {
  const text = (message ?? '').trim();
  if (!text) return { emotion: 'neutral', emotions: [], cues: [], sentiment: 0 };
  const sentiment = scoreSentiment(text);
  const scores = new Map<Emotion, number>();
  const cues: string[] = [];
  for (const [emotion, list] of Object.entries(CUES) as Array<[Exclude<Emotion, 'neutral'>, Cue[]]>) {
    let score = 0;
    for (const { re, weight } of list) {
      const m = text.match(re);
      if (m) {
        score += weight;
        cues.push(m[0].toLowerCase());
      }
    }
    if (score) scores.set(emotion, score);
  }
  const add = (emotion: Emotion, amount: number) => scores.set(emotion, (scores.get(emotion) ?? 0) + amount);

  // Shouting and stacked punctuation are anger; strongly negative wording is at least frustration.
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !/^(?:FAQ|API|URL|PDF|CSV|USA|UK|EU|ASAP|SMS|SSO|VPN|ID|PIN|OK)$/.test(w));
  if (shouted.length >= 2) {
    add('angry', 2);
    cues.push('capitals');
  }
  if (/[!?]{3,}|!!/.test(text)) {
    add('angry', 1);
    cues.push('!!');
  }
  if (sentiment <= -5) add('angry', 1);
  if (sentiment <= -2) add('frustrated', 1);
  if (sentiment >= 4 && !scores.has('angry') && !scores.has('frustrated')) add('happy', 1);
  // Gratitude inside a complaint ("thanks for nothing") is not happiness.
  if ((scores.get('angry') ?? 0) + (scores.get('frustrated') ?? 0) >= 2) scores.delete('happy');

  const emotions = [...scores.entries()]
    .filter(([, score]) => score >= 2)
    .sort((a, b) => b[1] - a[1])
    .map(([emotion]) => emotion);
  return { emotion: emotions[0] ?? 'neutral', emotions, cues: [...new Set(cues)], sentiment };
}
