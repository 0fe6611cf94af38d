/**
 * Exploration: an open question about the person, their situation or their feelings ("What happened when you
 * tried…?", "How are you holding up?"), one of the three mechanisms of Sharma et al. (EMNLP 2020); and the questions
 * that press or advise rather than ask. Word lists and the question test for mechanisms.ts.
 */
import { SLOTS } from './lexicon';
import { phraseList, says } from './words';

// Questions that are about the person: what they feel, what happened to them, what they need.
export const EXPLORING = phraseList(
  [
    'what happened',
    'what has happened',
    "what's happened",
    'what is going on',
    "what's going on",
    "what's been going on",
    'what has been going on',
    'how are you',
    'how have you been',
    'how is it going',
    "how's it going",
    'how is everything',
    'how do you feel',
    'how did you feel',
    'how does it feel',
    'how does that feel',
    'how did that feel',
    'what makes you',
    'what made you',
    'what do you {ask}',
    'what did you {ask}',
    'what would {help}',
    'how can i help',
    'how can we help',
    'how can i support',
    'what can i do',
    'what can we do',
    'tell me more',
    'tell me about',
    'tell me what',
    'want to talk',
    'like to talk',
    'need to talk',
    'to share more',
    'say more',
    'hear more',
    'know more about',
    'when did {it} start',
    'when did you',
    'how long have you',
    'how long has',
    'what was it like',
    'what is it like',
    "what's it like",
    'are you okay',
    'are you ok',
    'are you alright',
    'are you doing',
    'is everything',
    'anything i can do',
    'is there something',
    'on your mind',
    'bothering you',
    'worrying you',
  ],
  {
    ...SLOTS,
    help: [
      'help',
      'make it easier',
      'make this easier',
      'make things easier',
      'help you',
      'be most helpful',
      'be helpful',
    ],
    it: ['it', 'this', 'that', 'the problem', 'the issue', 'you'],
  },
);

// Questions that press or advise rather than ask: "did you even…", "why would you…", "have you tried…", "anything else?"
export const NOT_EXPLORING = phraseList([
  'did you even',
  'did you actually',
  'did you really',
  'did you bother',
  'do you even',
  'have you even',
  'are you serious',
  'are you kidding',
  'are you joking',
  'why would you',
  'why did you',
  "why didn't you",
  'why on earth',
  'who do you think',
  'what makes you think',
  'what gives you',
  'how dare',
  'anything else',
  'or not',
  'have you tried',
  'have you considered',
  'have you thought',
  'did you try',
  "why don't you",
  'why not',
  "didn't you",
  "don't you",
  "can't you",
  "won't you",
  "isn't it",
  "wasn't it",
  'right?',
  'okay?',
  'ok?',
]);

export const QUESTION = /\?["')\]]*\s*$/;

/** Whether a question is an open question about the person, their situation or their feelings. */
export function explores(s: string): boolean {
  return QUESTION.test(s) && !says(NOT_EXPLORING, s);
}
