/**
 * The word lists behind the politeness cues (politeness.ts): each a speech act or an opening the paper found
 * polite or blunt, kept apart from the cues so that the cues read as one table and the lists can grow alone.
 */
import { phraseList } from './empathy/words';

const APOS = "['’]";
const words = (...list: string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');
const opens = (...list: string[]) => new RegExp(`^(?:${list.join('|')})\\b`, 'i');

// Speech acts, not topics: "thank people instead" and "you say sorry too often" neither thank nor apologise.
export const GRATITUDE = phraseList([
  'thanks',
  'thank you',
  'thank u',
  'thank ya',
  'thankful',
  'appreciate',
  'appreciated',
  'appreciates',
  'appreciating',
  'grateful',
  'gratitude',
  'cheers',
  "you're welcome",
  "you're very welcome",
  'you are welcome',
  'very welcome',
  'most welcome',
]);
export const APOLOGY = phraseList([
  'sorry',
  'apologise',
  'apologize',
  'apologised',
  'apologized',
  'apologises',
  'apologizes',
  'apologies',
  'excuse me',
  'forgive me',
  'pardon',
  'my bad',
  'oops',
  'whoops',
  'my mistake',
  'my fault',
  'i regret',
]);
// "Sorry, but…" announces a disagreement rather than an apology.
export const SORRY_BUT = /\bsorry,? but\b/i;
export const GREETING = opens(
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'dear',
  'greetings',
  'good (?:morning|afternoon|evening|day)',
  'welcome',
  'yo',
);
export const DEFERENCE = opens(
  '(?:great|good|nice|excellent|awesome|fantastic|brilliant|wonderful|impressive|interesting|fine|cool|amazing|superb|lovely|terrific)(?: (?:work|job|point|question|idea|catch|call|article|edit|edits|stuff|find|news))?',
  'well done',
  'congratulations',
  'congrats',
  'kudos',
  'bravo',
);
export const INDIRECT = words(
  `i was wondering`,
  `i${APOS}m wondering`,
  `i am wondering`,
  `i wonder`,
  `wondering if`,
  `would you mind`,
  `do you mind`,
  `if you don${APOS}t mind`,
  `if you do not mind`,
  `would it be possible`,
  `is there any chance`,
  `any chance`,
  `when you (?:get|have) (?:a|the) (?:chance|moment|minute|second)`,
  `if you (?:have|get|find) (?:a|the) (?:chance|moment|minute|time)`,
  `if (?:it${APOS}s|it is) (?:not too much trouble|possible|ok|okay)`,
  `if possible`,
  `mind (?:if|to|taking|having)`,
  `by the way`,
  'btw',
  `i hope`,
  `hoping`,
  `any (?:chance|idea|ideas|thoughts|suggestions|advice|tips)`,
  `if you (?:can|could|like|want|wish|prefer|have (?:the )?time)`,
  `(?:i${APOS}d|i would|we${APOS}d|we would) (?:like|love|appreciate|be grateful|welcome)`,
);
export const HELP = words(
  'help',
  'helpful',
  'assist',
  'assistance',
  'advice',
  '(?:anything|something) (?:i|we) can do',
);
export const INDICATIVE = words('can you', 'will you', 'can u');
// "You must be fed up" and "you must have been worried" read the person's state; they order nothing.
export const OBLIGATION = words(
  'you should',
  'you need to',
  `you must(?! (?:be|have|feel|${APOS}ve|surely)\\b)`,
  'you have to',
  'you ought to',
  'you better',
  `you${APOS}d better`,
  'you had better',
);
// Two question or exclamation marks in a row read as exasperation ("Why??", "Really?!").
export const STACKED = /(?:\?\s*\?|\?\s*!|!\s*\?)/;
export const WHY = /\bwhy\b/i;
export const NOT_A_CHALLENGE_WHY = words(
  'why not',
  `why don${APOS}?t (?:we|i)`,
  'why not try',
  'that is why',
  `that${APOS}s why`,
  'which is why',
  'this is why',
  'is why',
  'wonder(?:ing)? why',
  'see why',
  'understand why',
  'explains why',
  'know why',
);
// A question that opens with a negated auxiliary is usually rhetorical: "Shouldn't that score?", "Isn't it obvious?"
// "…, wasn't it?", "…, okay?": a tag that presses for agreement.
export const TAG_QUESTION = new RegExp(
  `,\\s*(?:(?:is|was|are|were|do|does|did|have|has|can|could|would|will|wo)(?:n${APOS}?t)? (?:it|you|they|he|she|we|i|there)|okay|ok|right)\\s*\\?["'”’)]*\\s*$`,
  'i',
);
export const NEGATIVE_QUESTION = opens(
  `(?:is|are|was|were|do|does|did|have|has|had|should|would|could|can|will|wo|must)n${APOS}?t`,
);
export const COUNTERFACTUAL = words(
  'could you',
  'would you',
  'could u',
  'would u',
  `would it`,
  `could we`,
  `would we`,
  `could i`,
  `may i`,
  `might i`,
);
export const PLEASE = /\b(?:please|pls|plz)\b/i;
export const PLEASE_START = opens('please', 'pls', 'plz');
export const HEDGES = words(
  'i think',
  'i believe',
  'i suggest',
  'i guess',
  'i suppose',
  'i assume',
  'i feel',
  'i would say',
  'it seems',
  'seems? (?:to|like|that)',
  'perhaps',
  'maybe',
  'possibly',
  'probably',
  'presumably',
  'apparently',
  'might',
  'somewhat',
  'sort of',
  'kind of',
  'a bit',
  'a little',
  'if i understand',
  "if i(?:'m| am) not mistaken",
  "unless i(?:'m| am) mistaken",
  'as far as i (?:know|can tell)',
  '(?:may|might) want to',
  'i suspect',
  `i${APOS}m afraid`,
  'i am afraid',
);
export const FACTUALITY = words(
  'in fact',
  'actually',
  'honestly',
  'frankly',
  'the point is',
  'the truth is',
  'the reality is',
  'the fact is',
  'the fact that',
  'to be honest',
  'surely',
  'of course not',
  'obviously',
  'clearly',
);
// "really" insists ("Is this really notable?") unless it warms a feeling or a thanks ("I'm really sorry").
export const REALLY = /\breally\b/i;
export const WARM_REALLY = words(
  'really (?:sorry|appreciate|appreciated|grateful|glad|happy|pleased|like|love|enjoy|enjoyed|enjoying|nice|good|great|helpful|kind|thankful|hope|excited|interesting|impressed|well|useful|cool|helped)',
  'thanks? really',
  'really thanks?',
);
export const DIRECT_QUESTION = opens('what', 'why', 'who', 'how', 'where', 'when', 'which', 'whose');
// "How are you?" and "What do you think?" are small talk and invitations, not interrogations.
export const SOFT_QUESTION = opens(
  'how are (?:you|things)',
  `how${APOS}s it going`,
  'how have you been',
  `what${APOS}?s up`,
  'what do you (?:think|reckon|suggest|recommend|prefer|have in mind|make of)',
  'what are your (?:thoughts|views|plans|ideas)',
  'what would you (?:think|suggest|recommend|prefer|like)',
  'how would you (?:feel|like)',
  'how (?:does|do) (?:that|this|it|these|those) (?:look|sound|seem)',
  'which (?:one|would you|do you prefer)',
  'how about',
  'what about',
  'why not',
);
export const WELCOME = /^you(?:['’]re| are) (?:very |most |quite )?welcome/;
export const DIRECT_START = opens(
  'so',
  'then',
  'and',
  'but',
  'or',
  'now',
  'well',
  'look',
  'listen',
  'ok so',
  'okay so',
  'seriously',
  'again',
);
export const SECOND_PERSON_START = opens('you', 'your', 'yours', 'yourself', 'u', 'ur');
export const FIRST_PERSON_START = opens('i', 'my', 'mine', 'myself', 'me', `i${APOS}(?:m|ve|ll|d)`);
export const FIRST_PERSON = /\b(?:i|my|mine|me|myself)\b/;
export const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/;
export const FIRST_PERSON_PLURAL = words(
  'we',
  'our',
  'ours',
  'us',
  'ourselves',
  `we${APOS}(?:re|ve|ll|d)`,
  `let${APOS}s`,
);
// Imperatives that read as orders whatever follows: the paper's rude examples are full of them.
export const COMMAND_START = opens(
  `don${APOS}?t`,
  'do not',
  'stop',
  'quit',
  'never',
  'tell me',
  'give me',
  'show me',
  'explain',
  'answer',
  'leave',
  'read',
  'learn',
  'get (?:a|your|off|out|over)',
  'go (?:and|away|read|look)',
  'cut it out',
  'knock it off',
  'enough',
  'calm down',
  'mind your',
);
export const CHALLENGE = words(
  `or not`,
  `what${APOS}?s (?:the|your) (?:problem|point|deal)`,
  `what the (?:hell|heck|fuck|f)`,
  `are you (?:serious|kidding|joking|sure)`,
  `did you (?:even|actually|really|bother)`,
  `do you (?:even|actually|really) (?:know|understand|read|care)`,
  `have you (?:even|actually|bothered)`,
  'why (?:on earth|the hell)',
  'why (?:would|do) (?:anyone|anybody|somebody)',
  'how (?:dare|could|can) you',
  'who (?:do|are) you',
  `what gives you`,
  `what makes you (?:think|say|believe)`,
);
