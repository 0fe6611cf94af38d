/**
 * Reads the customer's latest message: which emotions it shows (angry, frustrated, anxious, confused, sad, happy,
 * or neutral), how strongly, and whether it is urgent. Two explainable halves add up: a lexicon of words and word
 * pairs learned from GoEmotions Reddit comments (reading/model.ts), and written cue phrases of support messages
 * (reading/cues.ts). Every reading lists its cues, so coaching such as "the customer is worried and your reply
 * never acknowledges it" can say why; a wrong guess costs a nudge, not harm.
 */
import { createSentimentScorer } from './afinn';
import { matchCues, INTENSIFIER, type CueEmotion } from './reading/cues';
import { FAMILY_ORDER, probabilities, scoreFamilies, type ReadingFamily } from './reading/model';
import type { CustomerReading, Intensity, ReadEmotion } from './types';

/**
 * How much one unit of written cue weighs against the learned log-odds (chosen on GoEmotions dev and the support
 * table), for a message of a Reddit comment's length. The learned log-odds grow with the number of words, so in a
 * longer support message the written cues weigh more in proportion (square root of the length ratio).
 */
const CUE_WEIGHT = 1.6;
/** The length of a typical GoEmotions comment, in words. */
const TYPICAL_WORDS = 14;
/** Taken off confusion when no written cue shows it: questions alone read as curious on Reddit, as neutral in support. */
const QUESTION_DAMPING = 1;
/** A second emotion is listed when its probability reaches this, or its written cues reach 2. */
const SECOND_EMOTION = 0.25;

const FAMILY_OF: Record<Exclude<CueEmotion, 'urgent'>, ReadingFamily> = {
  angry: 'upset',
  frustrated: 'upset',
  confused: 'confused',
  anxious: 'anxious',
  sad: 'sad',
  happy: 'positive',
};

const scoreSentiment = createSentimentScorer();

const SHOUTING_EXCEPTIONS =
  /^(?:FAQ|API|URL|PDF|CSV|USA|UK|EU|ASAP|SMS|SSO|VPN|ID|PIN|OK|USB|TV|PC|IT|HR|VAT|CEO|NAME|RELIGION)$/;

/** Classifies the customer's message. An empty or missing message reads as neutral. */
export function readCustomer(message: string | undefined): CustomerReading {
  const text = (message ?? '').trim();
  if (!text) return { emotion: 'neutral', emotions: [], cues: [], sentiment: 0, intensity: 'mild', urgent: false };
  const sentiment = scoreSentiment(text);
  const written = new Map<CueEmotion, ReturnType<typeof matchCues>>();
  for (const emotion of ['angry', 'frustrated', 'confused', 'anxious', 'sad', 'happy', 'urgent'] as const) {
    const m = matchCues(text, emotion);
    if (m.score) written.set(emotion, m);
  }
  const cueScore = (e: CueEmotion) => written.get(e)?.score ?? 0;

  // Shouting and stacked punctuation are anger; strongly negative wording is at least frustration.
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !SHOUTING_EXCEPTIONS.test(w)).length >= 2;
  const stacked = /[!?]{3,}|!!/.test(text);
  const extra = new Map<CueEmotion, number>();
  if (shouted) extra.set('angry', 2);
  if (stacked) extra.set('angry', (extra.get('angry') ?? 0) + 1);
  // Gratitude inside a complaint ("thanks for nothing") is not happiness.
  const complaint = cueScore('angry') + cueScore('frustrated') + (extra.get('angry') ?? 0) >= 2;

  const { logits, cues: learnedCues, words } = scoreFamilies(text);
  const cueWeight = CUE_WEIGHT * Math.max(1, Math.sqrt(words / TYPICAL_WORDS));
  const familyCue = new Map<ReadingFamily, number>();
  for (const [emotion, family] of Object.entries(FAMILY_OF) as Array<[Exclude<CueEmotion, 'urgent'>, ReadingFamily]>) {
    const score = cueScore(emotion) + (extra.get(emotion) ?? 0);
    familyCue.set(family, Math.max(familyCue.get(family) ?? 0, score));
  }
  if (complaint) familyCue.set('positive', 0);
  FAMILY_ORDER.forEach((family, k) => {
    logits[k] += cueWeight * (familyCue.get(family) ?? 0);
    // A customer's plain question ("what are your opening hours?") is a request, not confusion.
    if (family === 'confused' && !familyCue.get('confused')) logits[k] -= QUESTION_DAMPING;
    if (family === 'positive' && complaint) logits[k] -= 2;
  });
  const p = probabilities(logits);
  const ranked = FAMILY_ORDER.map((family, k) => ({ family, p: p[k], cue: familyCue.get(family) ?? 0 })).sort(
    (a, b) => b.p - a.p,
  );

  // Upset is angry where the anger cues outweigh the frustration cues, and both where both are clear.
  const anger = cueScore('angry') + (extra.get('angry') ?? 0);
  const upset: ReadEmotion[] = anger > cueScore('frustrated') ? ['angry', 'frustrated'] : ['frustrated', 'angry'];
  const upsetCue = (e: ReadEmotion) => (e === 'angry' ? anger : cueScore('frustrated'));
  const emotionsOf = (family: ReadingFamily): ReadEmotion[] =>
    family === 'upset'
      ? [upset[0], ...(upsetCue(upset[1]) >= 2 ? [upset[1]] : [])]
      : [family === 'positive' ? 'happy' : (family as ReadEmotion)];
  const emotions: ReadEmotion[] = [];
  if (ranked[0].family !== 'neutral') {
    for (const { family, p: prob, cue } of ranked) {
      if (family === 'neutral') continue;
      if (family !== ranked[0].family && prob < SECOND_EMOTION && cue < 2) continue;
      if (family === 'positive' && complaint) continue;
      emotions.push(...emotionsOf(family));
    }
  }
  const emotion = emotions[0] ?? 'neutral';
  const urgent = cueScore('urgent') >= 2;

  const cues: string[] = [];
  for (const e of [...emotions, ...(urgent ? (['urgent'] as const) : [])])
    cues.push(...(written.get(e as CueEmotion)?.found ?? []));
  if (shouted) cues.push('capitals');
  if (stacked) cues.push('!!');
  if (emotion !== 'neutral') cues.push(...learnedCues[FAMILY_ORDER.indexOf(FAMILY_OF[emotion])].slice(0, 3));

  return {
    emotion,
    emotions,
    cues: [...new Set(cues)],
    sentiment,
    intensity: intensityOf(
      text,
      emotion,
      written.get(emotion as CueEmotion)?.heaviest ?? 0,
      shouted || stacked,
      ranked[0].p,
    ),
    urgent,
  };
}

/** Strong: a heavy cue (grief, "unacceptable"), shouting, an intensified feeling ("really worried"), or a very sure reading. */
function intensityOf(
  text: string,
  emotion: ReadEmotion,
  heaviestCue: number,
  loud: boolean,
  confidence: number,
): Intensity {
  if (emotion === 'neutral') return 'mild';
  if (heaviestCue >= 3 || loud || INTENSIFIER.test(text)) return 'strong';
  return confidence >= 0.9 && emotion !== 'confused' ? 'strong' : 'mild';
}
