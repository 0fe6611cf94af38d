/**
 * Empathy mechanisms, as people who rate replies and people who train agents name them: acknowledging and validating
 * the feeling, an emotional reaction (warmth, compassion), interpretation (showing understanding: restating,
 * relating), exploration (an open question about the person or their situation), reassurance, and ownership. The
 * three middle ones are the mechanisms of Sharma et al., "A computational approach to understanding empathy
 * expressed in text-based mental health support" (EMNLP 2020); acknowledgement, reassurance and ownership are what
 * support trainers add. Advice is detected too: offered before any understanding, it reads as a brush-off.
 *
 * Each mechanism is a word list (see words.ts), matched on the normalised sentence as a speech act: negated,
 * quoted or mentioned words do not count ("you say sorry too often" is not an apology).
 */
import { SLOTS } from './lexicon';
import { normaliseForCues, openingList, phraseList, says } from './words';

export const MECHANISMS = ['validation', 'emotional-reaction', 'interpretation', 'exploration', 'reassurance', 'ownership', 'advice', 'names-feeling'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** What the agent reads beside the empathy score. */
export const MECHANISM_LABELS: Record<Mechanism, string> = {
  validation: 'acknowledges and validates the feeling',
  'emotional-reaction': 'reacts with warmth',
  interpretation: 'shows understanding',
  exploration: 'asks about the person',
  reassurance: 'reassures',
  ownership: 'takes ownership',
  advice: 'advises before showing understanding',
  'names-feeling': 'names the feeling',
};

const VALIDATION = phraseList(
  [
    'that {very*}sounds {very*}{feeling}', 'sounds {very*}{feeling}', 'that sounds like {very*}a {very*}{hardship}', 'sounds like a {very*}{feeling}',
    'that must {be} {very*}{feeling}', 'must {be} {very*}{feeling}', 'that must {be} a {very*}{hardship}',
    "that's {very*}{feeling}", 'that is {very*}{feeling}', 'this is {very*}{feeling}', "this has been {very*}{feeling}", 'it has been {very*}{feeling}',
    "it's been {very*}{feeling}", 'that was {very*}{feeling}', 'that has been {very*}{feeling}', "that's been {very*}{feeling}",
    'been a {very*}{feeling}', 'such a {very*}{feeling}', 'a {very*}{feeling} {hardship}', 'how {very*}{feeling}', 'what a {very*}{hardship}', 'what a {feeling}', "it's {very*}{understandable}", 'it is {very*}{understandable}',
    "that's {very*}{understandable}", 'that is {very*}{understandable}', 'understandably', 'of course you feel', "of course you're", 'no wonder you', 'no wonder it',
    'your feelings are valid', 'your frustration is', 'your concern is', 'your worry is', "you're {very*}right", 'you are {very*}right',
    'you have every right', 'you had every right', "i don't blame you", 'who could blame you', 'anyone would {relate}', 'anybody would {relate}',
    'any of us would {relate}', "that's a lot", 'that is a lot', "it's a lot", "that's so much", 'a lot to deal with', 'a lot to handle', 'so much to deal with', 'a lot on your plate', 'feelings are valid', 'that makes {very*}sense', 'makes {very*}sense that you',
    'thank you for your patience', 'thanks for your patience', 'thank you for bearing with', 'thanks for bearing with', 'thank you for flagging',
    'thanks for flagging', 'thank you for letting us know', 'thanks for letting us know', 'thank you for explaining', 'thank you for raising',
    'i appreciate your patience', 'not the experience', 'you did the right thing', 'you were right to', "you're right to", 'good catch',
    "i'm {very*}{sorry} to hear", 'i am {very*}{sorry} to hear', '{sorry} to hear', 'sorry to read',
  ],
  { ...SLOTS, relate: SLOTS.relate, be: ['be', 'have been', 'be so', 'feel'], understandable: ['understandable', 'normal', 'natural', 'okay to feel', 'ok to feel', 'fair to feel', 'fair to be', 'okay to be', 'ok to be', 'valid', 'fair'] },
);

// "That sounds like a good plan", "that sounds great": about the idea, not a feeling.
const NOT_A_FEELING = phraseList(['sounds {very*}{ok}', 'sounds like a {very*}{ok}'], {
  ...SLOTS,
  ok: ['good', 'great', 'fine', 'perfect', 'right', 'fun', 'plan', 'deal', 'idea', 'good idea', 'great idea', 'good plan', 'great plan', 'nice', 'lovely', 'amazing', 'awesome', 'exciting', 'interesting', 'fair'],
});
// Canned or conditional apologies acknowledge nothing: "sorry for any inconvenience", "sorry you feel that way".
const PSEUDO = phraseList(['patience and understanding', 'any inconvenience', 'the inconvenience', 'inconvenience caused', 'sorry you feel', 'sorry if you feel', 'sorry that you feel', 'sorry you think', 'sorry if', 'sorry, but', 'sorry but']);

const EMOTIONAL_REACTION = phraseList(
  [
    "i'm {very*}sorry", 'i am {very*}sorry', "we're {very*}sorry", 'we are {very*}sorry', '{very*}so sorry', 'really sorry', 'very sorry', 'truly sorry',
    'sorry for your loss', 'sorry about your', 'sorry for the {hardship}', 'sorry about the {hardship}', 'sorry for all the', 'sorry about all the',
    'sorry for the {very*}{feeling}', 'sorry about this', 'sorry about that', 'sorry that', 'sorry it', 'sorry you', 'sorry this', 'sorry for this',
    'sorry for what', 'sorry to hear', 'my condolences', 'my deepest condolences', 'my sympathies', 'my heart goes out', 'my heart breaks',
    'breaks my heart', 'my heart aches', 'sending you {love}', 'sending hugs', 'sending love', 'virtual hug', 'big hug', 'hugs', '*hugs*', 'i feel for you',
    'i feel you', 'i feel so bad', 'i feel bad for you', 'i feel terrible', 'oh no', 'oh dear', 'oh man', 'ugh', 'yikes', 'i can only imagine',
    "i can't imagine", 'i cannot imagine', "i'm {very*}glad", 'i am {very*}glad', "i'm {very*}happy for you", "i'm {very*}relieved", 'so glad',
    'glad to hear', 'happy to hear', 'great to hear', 'wonderful to hear', "that's {very*}awful", "that's {very*}terrible", "that's {very*}horrible",
    "that's {very*}heartbreaking", "that's {very*}sad", "that's {very*}rough", 'that is awful', 'that is terrible', 'how awful', 'how terrible',
    'how sad', 'what a shame', "i'm {very*}sad", 'saddens me', 'i hate that', 'i hate to hear', 'i hate hearing', 'my apologies', 'our apologies',
    'i apologise', 'i apologize', 'we apologise', 'we apologize', 'apologies for', 'my mistake', 'my bad', 'our mistake', 'my fault',
  ],
  { ...SLOTS, love: ['hugs', 'love', 'strength', 'good vibes', 'positive thoughts', 'virtual hugs', 'best wishes', 'a hug', 'a big hug', 'healing'] },
);

const INTERPRETATION = phraseList(
  [
    'i {very*}understand', 'i can {very*}understand', 'i {very*}get it', 'i {very*}get that', 'i {very*}get why', 'i {very*}get how', 'i can see',
    'i see how', 'i see why', 'i see that', 'i can tell', 'i can imagine', 'i imagine', 'i know how', 'i know what', 'i know the feeling',
    'i know that feeling', "i've been there", 'i have been there', "i've been through", 'i have been through', 'i went through', 'been in your shoes',
    'in your shoes', 'in your position', 'in your place', 'i had the same', "i've had the same", 'i have had the same', 'same thing happened to me',
    'the same happened to me', 'happened to me', 'me too', 'i relate', 'i can relate', 'i hear you', 'i hear that', 'i hear how', 'i realise',
    'i realize', 'it sounds like you', 'sounds like you', 'it seems like you', 'it seems you', 'seems like you', "sounds like it's been", 'sounds like it has been', 'you must {relate}',
    "you must've", 'you must have', 'you {very*}sound {very*}{feeling}', 'you {very*}seem {very*}{feeling}', "you're {very*}{feeling}",
    'you are {very*}{feeling}', "you've been {very*}{feeling}", "i'd {relate} {very*}{feeling} too", "i'd {relate} {very*}{feeling} as well",
    'i would {relate} {very*}{feeling} too', "i'd be {very*}{feeling}", 'i would be {very*}{feeling}', "i'd feel the same", 'i would feel the same',
    "i'd be the same", 'if i understand', 'if i understand correctly', 'what you are going through', "what you're going through",
    'what you have been through', "what you've been through", 'that feeling', 'you feel like', 'you felt like', 'feel like you', 'made you feel',
    'makes you feel', 'has left you', 'you were expecting', 'you expected', "you've had to", 'you have had to',
  ],
  SLOTS,
);

const REASSURANCE = phraseList(
  [
    "you're not alone", 'you are not alone', "you aren't alone", 'not the only one', 'many people', 'a lot of people', "it's going to be {very*}okay",
    "it's going to be {very*}ok", "it's going to be {very*}alright", "it's going to be {very*}fine", "it's gonna be {very*}ok", "it's gonna be {very*}okay",
    'it will be okay', 'it will be ok', 'it will get better', 'it gets better', 'things will get better', "don't worry", 'do not worry', 'no need to worry',
    'nothing to worry about', "it's not your fault", 'it is not your fault', 'not your fault', "you didn't do anything wrong", 'you did nothing wrong',
    "you've done nothing wrong", "we'll get this sorted", "we'll get you sorted", "we'll sort this", "we'll sort it", "we'll get to the bottom",
    "we'll make this right", "we'll make it right", "i'll make this right", "i'm here for you", "i'm here to help", "i'm here if", 'here for you',
    "you've got this", 'you got this', "you're doing {very*}great", "you're doing {very*}well", "you're doing the best", "you're {very*}strong",
    "you're {very*}brave", 'proud of you', 'takes courage', 'takes strength', 'takes guts', 'good for you', 'hang in there', 'take care of yourself',
    'be kind to yourself', 'be gentle with yourself', 'you deserve', 'i hope you feel better', 'i hope you are okay', "i hope you're okay",
    "i hope you're ok", 'i hope things get better', 'i hope it gets better', 'hope you feel better', 'feel better soon', 'completely safe',
    'perfectly safe', 'your data is safe', 'your account is safe', 'your money is safe', 'nothing is lost', 'rest assured', "you're in good hands",
    'i promise', "i've got you", 'we have you covered', "we've got you covered",
  ],
  SLOTS,
);

const OWNERSHIP = phraseList(
  [
    "i'll", 'i will', "we'll", 'we will', 'let me', "i'm going to", 'i am going to', "i've {very*}{done}", 'i have {very*}{done}', "we've {very*}{done}",
    'we have {very*}{done}', "i'm {done-now}", 'i am {done-now}', "that's on us", "that's on me", 'that is on us', 'our mistake', 'our fault',
    'our error', 'my mistake', 'my fault', 'we dropped the ball', 'we got this wrong', 'we got it wrong', 'we messed up', 'i take responsibility',
    'i take full responsibility', 'i personally',
  ],
  {
    ...SLOTS,
    done: ['refunded', 'reset', 'fixed', 'sent', 'escalated', 'updated', 'applied', 'added', 'issued', 'credited', 'cancelled', 'canceled', 'processed', 'passed', 'checked', 'arranged', 'booked', 'restored', 'reversed', 'removed', 'changed', 'reactivated', 'unlocked', 'ordered', 'raised', 'flagged', 'replaced', 'resent', 'now', 'just', 'already', 'gone ahead', 'asked', 'made sure'],
    'done-now': ['escalating', 'refunding', 'sending', 'checking', 'looking into', 'on it', 'taking', 'fixing', 'following up', 'chasing', 'personally', 'arranging'],
  },
);

const ADVICE = phraseList(
  [
    'you should', 'you shouldn\'t', 'you could try', 'you can try', 'you might try', 'you might want to', 'you may want to', 'you need to', 'you have to',
    'you ought to', 'you could always', 'have you tried', 'have you considered', 'have you thought about', 'have you thought of', 'have you looked into',
    'did you try', 'why not try', "why don't you", 'i suggest', 'i would suggest', "i'd suggest", 'i recommend', 'i would recommend', "i'd recommend",
    'i advise', 'my advice', 'my suggestion', 'maybe you could', 'maybe you should', 'maybe try', 'perhaps you could', 'perhaps try', 'it might help to',
    'it may help to', 'it would help to', 'it helps to', 'make sure you', 'make sure to', 'consider', 'the best thing to do',
    'what you need', 'the trick is', 'just do', 'just try', 'just go',
  ],
  SLOTS,
);
const ADVICE_OPENING = openingList(['try', 'go', 'talk to', 'get', 'find', 'stop', 'start', 'ask', 'see a', 'call', 'read', 'think about', 'focus on', 'remember', 'keep', 'avoid', 'make sure']);

// Naming a hard feeling or situation ("anxiety is awful"): in a reply that acknowledges, sympathy, not negativity.
const FEELING = phraseList(['{feeling}', 'anxiety', 'depression', 'grief', 'stress', 'panic', 'loneliness', 'pain', 'fear', 'worry', 'sadness', 'frustration', 'anger', 'heartbreak', 'loss'], SLOTS);

// Questions that are about the person: what they feel, what happened to them, what they need.
const EXPLORING = phraseList(
  [
    'what happened', 'what has happened', "what's happened", 'what is going on', "what's going on", "what's been going on", 'what has been going on',
    'how are you', 'how have you been', 'how is it going', "how's it going", 'how is everything', 'how do you feel', 'how did you feel', 'how does it feel',
    'how does that feel', 'how did that feel', 'what makes you', 'what made you', 'what do you {ask}', 'what did you {ask}', 'what would {help}',
    'how can i help', 'how can we help', 'how can i support', 'what can i do', 'what can we do', 'tell me more', 'tell me about', 'tell me what',
    'want to talk', 'like to talk', 'need to talk', 'to share more', 'say more', 'hear more', 'know more about', 'when did {it} start',
    'when did you', 'how long have you', 'how long has', 'what was it like', 'what is it like', "what's it like", 'are you okay', 'are you ok',
    'are you alright', 'are you doing', 'is everything', 'anything i can do', 'is there something', 'on your mind', 'bothering you', 'worrying you',
  ],
  { ...SLOTS, help: ['help', 'make it easier', 'make this easier', 'make things easier', 'help you', 'be most helpful', 'be helpful'], it: ['it', 'this', 'that', 'the problem', 'the issue', 'you'] },
);
// Questions that press or advise rather than ask: "did you even…", "why would you…", "have you tried…", "anything else?"
const NOT_EXPLORING = phraseList([
  'did you even', 'did you actually', 'did you really', 'did you bother', 'do you even', 'have you even', 'are you serious', 'are you kidding',
  'are you joking', 'why would you', 'why did you', "why didn't you", 'why on earth', 'who do you think', 'what makes you think', 'what gives you',
  'how dare', 'anything else', 'or not', 'have you tried', 'have you considered', 'have you thought', 'did you try', "why don't you", 'why not',
  "didn't you", "don't you", "can't you", "won't you", "isn't it", "wasn't it", 'right?', 'okay?', 'ok?',
]);

const QUESTION = /\?["')\]]*\s*$/;

/** Whether a question is an open question about the person, their situation or their feelings. */
function explores(s: string): boolean {
  return QUESTION.test(s) && !says(NOT_EXPLORING, s);
}

/** An open question about the person ("What happened when you tried…?"): not a challenge, whatever its opening. */
export function asksAboutPerson(sentence: string): boolean {
  const s = normaliseForCues(sentence);
  return explores(s) && says(EXPLORING, s);
}

/** The mechanisms one sentence shows. Pure and cheap; the analyzer caches the result with the sentence. */
export function detectMechanisms(sentence: string): Mechanism[] {
  const s = normaliseForCues(sentence);
  const out: Mechanism[] = [];
  const pseudo = says(PSEUDO, s);
  if (says(VALIDATION, s) && !says(NOT_A_FEELING, s) && !pseudo) out.push('validation');
  if (says(EMOTIONAL_REACTION, s) && !pseudo) out.push('emotional-reaction');
  if (says(INTERPRETATION, s)) out.push('interpretation');
  if (explores(s) || (!QUESTION.test(s) && /^(?:tell me|i'd (?:love|like) to (?:hear|know|understand))\b/.test(s))) out.push('exploration');
  if (says(REASSURANCE, s)) out.push('reassurance');
  if (says(OWNERSHIP, s)) out.push('ownership');
  if (says(ADVICE, s) || (ADVICE_OPENING.test(s) && !QUESTION.test(s))) out.push('advice');
  if (says(FEELING, s)) out.push('names-feeling');
  return out;
}

/** Mechanisms that acknowledge the person (what the checklist calls acknowledgement). */
export const ACKNOWLEDGING: ReadonlySet<Mechanism> = new Set(['validation', 'emotional-reaction', 'interpretation', 'reassurance']);
