/**
 * The written half of the customer reading: cue phrases of support messages that Reddit comments rarely carry
 * ("third time I ask", "is my card safe", "ASAP"), each with a weight. Every match is a cue the agent can read.
 */

export type CueEmotion = 'frustrated' | 'angry' | 'confused' | 'anxious' | 'sad' | 'happy' | 'urgent';

export interface Cue {
  re: RegExp;
  weight: number;
}

// straight or curly apostrophe, as customers and editors type them
const Q = "['’]";

const cue = (weight: number, ...sources: string[]): Cue => ({
  re: new RegExp(`\\b(?:${sources.join('|')})\\b`, 'i'),
  weight,
});

const KIN = `(?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|nan|child|baby|friend|dog|cat|pet)`;

export const CUES: Record<CueEmotion, Cue[]> = {
  frustrated: [
    cue(3, `how many (?:more )?times`, `been waiting (?:for )?(?:over |more than )?(?:\\w+ )?(?:days|weeks|months)`),
    cue(
      2,
      `still (?:not|isn${Q}?t|doesn${Q}?t|won${Q}?t|can${Q}?t|haven${Q}?t|hasn${Q}?t|no)`,
      `(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time`,
      `yet again`,
      `once again`,
      `again and again`,
      `keeps? (?:happening|failing|crashing|breaking)`,
      `(?:i|we) keep asking`,
    ),
    cue(
      2,
      `frustrat\\w*`,
      `fed up`,
      `upset`,
      `complain(?:t|ts|ing)?`,
      `(?:so|really|very|extremely) disappointed`,
      `ruined`,
      `gutted`,
      `let down`,
      `sick of`,
      `tired of`,
      `annoy\\w*`,
      `no one (?:has|is|seems)`,
      `nobody (?:has|is|seems)`,
      `been waiting`,
      `waiting (?:for|since)`,
      `how many times`,
      `every time`,
      `not (?:good enough|acceptable)`,
    ),
    cue(
      1,
      `again`,
      `still`,
      `weeks?`,
      `days`,
      `already (?:tried|told|explained|sent|asked)`,
      `disappoint\\w*`,
      `doesn${Q}?t work`,
      `not working`,
      `broken`,
    ),
  ],
  angry: [
    cue(
      3,
      `unacceptable`,
      `ridiculous`,
      `outrageous`,
      `disgusting`,
      `furious`,
      `livid`,
      `scam`,
      `rip-?off`,
      `worst`,
      `pathetic`,
      `incompetent`,
      `useless`,
      `joke`,
      `wtf`,
      `damn`,
      `hell`,
      `shit\\w*`,
      `f\\*+k\\w*`,
      `fuck\\w*`,
      `crap`,
    ),
    cue(
      2,
      `angry`,
      `cancel my (?:account|subscription|order)`,
      `lawyer`,
      `legal action`,
      `chargeback`,
      `report you`,
      `never (?:again|buying|using)`,
      `terrible`,
      `awful`,
      `horrible`,
      `appalling`,
    ),
  ],
  confused: [
    cue(
      2,
      `(?:don${Q}?t|do not|doesn${Q}?t|didn${Q}?t) (?:understand|get (?:it|how|why|what)|know (?:how|what|where|why))`,
      `confus\\w*`,
      `not sure (?:how|what|where|why|if)`,
      `no idea (?:how|what|where|why)`,
      `makes no sense`,
      `what does .{1,30} mean`,
      `how do i`,
      `where do i`,
      `where (?:is|can i find)`,
      `what am i supposed to`,
      `am i doing (?:something|it) wrong`,
      `i${Q}?m lost`,
    ),
    cue(
      1,
      `how (?:can|should|would) i`,
      `what (?:is|are) (?:the|a)`,
      `can you explain`,
      `explain`,
      `unclear`,
      `which one`,
    ),
  ],
  anxious: [
    cue(
      2,
      `worried`,
      `worry(?:ing)?`,
      `anxious`,
      `nervous`,
      `scared`,
      `afraid`,
      `panick\\w*`,
      `stress\\w*`,
      `concerned`,
      `is my (?:data|account|money|card)`,
      `can${Q}?t afford`,
      `desperate`,
      `stranded`,
      `hacked`,
      `stolen`,
      `fraud\\w*`,
      `lose (?:my|all|the)`,
      `lost (?:all|my) (?:data|files|money|work|photos|savings)`,
    ),
    cue(1, `hope (?:you|this|it)`, `what (?:if|happens)`, `is it safe`, `safe`, `secure`),
  ],
  sad: [
    cue(
      3,
      `passed away`,
      `pass(?:ed)? on`,
      `died`,
      `death`,
      `funeral`,
      `bereave\\w*`,
      `griev\\w*`,
      `grief`,
      `lost (?:my|our) ${KIN}`,
      `my late ${KIN}`,
      `in (?:tears|mourning)`,
      `heartbroken`,
      `devastated`,
    ),
    cue(
      2,
      `sad`,
      `sadly`,
      `saddened`,
      `depressed`,
      `lonely`,
      `crying`,
      `cried`,
      `miss (?:him|her|them)`,
      `terminal`,
      `hospice`,
      `cancer`,
      `in hospital`,
      // distress in the first person, as people write it to a stranger who might help
      `(?:i )?(?:feel|feeling|felt) (?:so |really |very |completely )?(?:alone|invisible|empty|worthless|hopeless|numb)`,
      `hopeless`,
      `broke up with me`,
      `(?:no ?one|nobody) (?:cares|talks to me|understands|listens)`,
      `lost my job`,
    ),
  ],
  happy: [
    cue(
      2,
      `thank you so much`,
      `thanks so much`,
      `love (?:it|this|the|your)`,
      `amazing`,
      `awesome`,
      `fantastic`,
      `brilliant`,
      `great job`,
      `well done`,
      `delighted`,
      `so happy`,
      `really happy`,
      `impressed`,
      `you guys rock`,
      `perfect`,
      `excellent`,
      `wonderful`,
    ),
    cue(1, `thanks`, `thank you`, `great`, `appreciate`, `happy`, `glad`, `nice`),
  ],
  urgent: [
    cue(3, `asap`, `urgent(?:ly)?`, `emergency`, `immediately`, `right now`, `right away`),
    cue(
      2,
      `as soon as possible`,
      `today`,
      `tonight`,
      `by tomorrow`,
      `deadline`,
      `time[- ]sensitive`,
      `critical`,
      `can${Q}?t wait`,
      `need (?:this|it) (?:now|fixed|done|today|back)`,
      `losing (?:money|customers|sales|business)`,
      `down for`,
      `production is down`,
      `site is down`,
      `in an hour`,
      `before (?:monday|tomorrow|friday)`,
    ),
  ],
};

/** Words that make a feeling strong when they come right before it ("really worried", "so angry"). */
export const INTENSIFIER =
  /\b(?:so|really|very|extremely|absolutely|totally|completely|utterly|incredibly|beyond|deeply|seriously)\s+(?:\w+\s+)?(?:frustrat\w*|angry|annoyed|upset|disappointed|worried|scared|anxious|nervous|confused|lost|sad|heartbroken|devastated|happy|grateful|thankful|pleased|unacceptable|fed up)\b/i;

/** Every cue of one emotion found in the message: the summed weight, the weight of the heaviest, and the words. */
export function matchCues(text: string, emotion: CueEmotion): { score: number; heaviest: number; found: string[] } {
  let score = 0;
  let heaviest = 0;
  const found: string[] = [];
  for (const { re, weight } of CUES[emotion]) {
    const m = text.match(re);
    if (!m) continue;
    score += weight;
    heaviest = Math.max(heaviest, weight);
    found.push(m[0].toLowerCase());
  }
  return { score, heaviest, found };
}
