/**
 * The words the empathy cues are built from. Feelings and hard situations are the words people use when they name
 * how someone is doing; the GoEmotions comments labelled caring, remorse, sadness, nervousness, annoyance and
 * anger (Demszky et al. 2020, Apache-2.0) were read to complete them, and they stay plain lists so a trainer can
 * add their team's own.
 */
import type { Slots } from './words';

export const SLOTS: Slots = {
  very: ['so', 'really', 'very', 'truly', 'terribly', 'deeply', 'incredibly', 'extremely', 'super', 'genuinely', 'awfully', 'just', 'completely', 'totally', 'absolutely', 'quite', 'such', 'pretty', 'beyond', 'a bit', 'a little', 'a lot', 'bloody', 'all', 'incredibly', 'understandably'],
  feeling: [
    'frustrating', 'frustrated', 'annoying', 'annoyed', 'infuriating', 'maddening', 'exasperating', 'exhausting', 'exhausted', 'tiring', 'tired',
    'stressful', 'stressed', 'stressing', 'worrying', 'worried', 'worrisome', 'scary', 'scared', 'frightening', 'frightened', 'terrifying', 'terrified',
    'upsetting', 'upset', 'disappointing', 'disappointed', 'confusing', 'confused', 'overwhelming', 'overwhelmed', 'hard', 'difficult', 'tough',
    'rough', 'awful', 'terrible', 'horrible', 'dreadful', 'painful', 'hurtful', 'hurt', 'heartbreaking', 'heartbroken', 'devastating', 'devastated',
    'sad', 'lonely', 'alone', 'isolating', 'isolated', 'unfair', 'inconvenient', 'a hassle', 'a pain', 'a nightmare', 'a headache', 'a mess',
    'concerning', 'concerned', 'alarming', 'nerve-wracking', 'nerve wracking', 'anxious', 'nervous', 'depressing',
    'depressed', 'miserable', 'draining', 'drained', 'fed up', 'angry', 'furious', 'irritating', 'irritated', 'gutting', 'gutted',
    'embarrassing', 'embarrassed', 'humiliating', 'unsettling', 'distressing', 'distressed', 'traumatic', 'shocking', 'shocked', 'hopeless',
    'helpless', 'lost', 'stuck', 'let down', 'ignored', 'unheard', 'disrespected', 'betrayed', 'burnt out', 'burned out', 'worn out', 'at a loss',
    'crappy', 'shitty', 'sucky', 'not fun', 'no fun', 'not ok', 'not okay', 'not easy', 'not great', 'not acceptable', 'unacceptable',
    'brutal', 'grim', 'bleak', 'a struggle', 'struggling', 'heavy', 'a worry', 'a shock', 'a blow',
  ],
  hardship: [
    'hassle', 'nightmare', 'pain', 'headache', 'mess', 'ordeal', 'struggle', 'worry', 'shock', 'blow', 'shame', 'loss', 'trouble', 'wait',
    'delay', 'delays', 'confusion', 'frustration', 'stress', 'experience', 'mix-up', 'mixup', 'mistake', 'error', 'problem',
    'problems', 'issue', 'issues', 'situation', 'time', 'week', 'day', 'month', 'year', 'news', 'back and forth', 'runaround', 'disappointment',
  ],
  sorry: ['sorry', 'sad', 'saddened', 'gutted', 'heartbroken', 'devastated', 'upset', 'unhappy'],
  relate: ['be', 'feel', 'get', 'have been', 'have felt', 'be feeling'],
  ask: ['feel', 'feeling', 'felt', 'doing', 'holding up', 'coping', 'managing', 'going', 'been', 'think', 'notice', 'noticed', 'see', 'mean', 'need', 'want', 'expect', 'expected', 'prefer', 'like', 'try', 'tried', 'happen', 'happened', 'get', 'got'],
  person: ['you', 'your', "you're", "you've", "you'd", "you'll", 'yourself'],
};

/** How a person reads as feeling: the words a reflection names ("you sound exhausted", "that must be frustrating"). */
export const FEELING_WORDS = SLOTS.feeling;
