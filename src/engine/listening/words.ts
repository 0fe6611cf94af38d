/**
 * Content words for listening: what a customer's question is about and what a reply talks about, reduced to
 * comparable keys. A light suffix stemmer ("refunded" → "refund", "deliveries" → "deliveri") and synonym groups
 * of support language ("shipping" ~ "delivery", "money back" ~ "refund") let "will I get the delivery fee back?"
 * meet "we'll refund the shipping charge".
 */

/** Words that carry no topic: function words, question words, and the verbs every request uses. */
const STOP = new Set(
  (
    "a an the and or but if so of to in on at by for from with about into over after before as than then this that these those it its it's " +
    'i me my mine we us our ours you your yours he she him her his they them their there here ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    "what when where why how which who whom whose whether not no yes don't doesn't didn't can't won't isn't aren't wasn't i'm i've i'd i'll you're we're we'll " +
    'please thanks thank hi hello hey dear regards cheers kind best just also still really very any some all more most much many again ' +
    'know let tell need want like wonder wondering wondered ask asking asked hope help get got getting make go going able possible way ' +
    'something anything everything thing things one ones lot bit today now soon yet already ever even too well ok okay sure ' +
    'understand explain confirm find out idea clarify tomorrow tonight asap urgent urgently quickly fast immediately actually ' +
    'anyone anybody went think thinking mid next last week weeks month months year years morning evening afternoon through up off via within without between said says'
  ).split(' '),
);

/** Topic words so common in support that matching them alone does not show the question was answered. */
const WEAK = new Set(
  [
    'order',
    'account',
    'issue',
    'problem',
    'question',
    'time',
    'day',
    'team',
    'support',
    'service',
    'company',
    'email',
    'message',
    'reply',
    'back',
    'new',
    'sent',
    'send',
    'use',
  ].map((w) => stem(w)),
);

/** Groups of words the customer and the agent use for the same thing; each word maps to its group's first. */
const SYNONYMS: string[][] = [
  ['refund', 'refunds', 'reimburse', 'reimbursement', 'repay', 'credit', 'moneyback', 'money'],
  [
    'delivery',
    'deliver',
    'deliveries',
    'shipping',
    'ship',
    'shipment',
    'dispatch',
    'postage',
    'post',
    'courier',
    'carrier',
  ],
  ['arrive', 'arrival', 'reach', 'land', 'eta'],
  ['fee', 'charge', 'cost', 'price', 'surcharge'],
  ['pay', 'payment', 'paid', 'bill', 'billing'],
  ['invoice', 'receipt', 'statement'],
  ['cancel', 'cancellation', 'terminate', 'termination', 'unsubscribe'],
  ['password', 'login', 'signin', 'credentials'],
  ['replacement', 'replace', 'exchange', 'swap'],
  ['return', 'sendback'],
  ['discount', 'coupon', 'promo', 'voucher'],
  ['subscription', 'plan', 'membership', 'tier'],
  ['broken', 'damaged', 'faulty', 'defective'],
  ['twice', 'duplicate', 'double', 'doubled'],
  ['track', 'tracking', 'status'],
  ['parcel', 'package', 'box'],
  ['contact', 'call', 'phone', 'rang'],
  ['export', 'download'],
  ['delete', 'deletion', 'deleted', 'remove', 'erase', 'gone', 'lost', 'lose', 'missing', 'disappeared', 'vanished'],
  ['hack', 'hacked', 'compromised', 'breach', 'unauthorised', 'unauthorized', 'security', 'fraud'],
  ['change', 'update', 'edit', 'modify'],
  ['fix', 'resolve', 'repair', 'sort', 'correct', 'rectify'],
  ['outage', 'down', 'offline', 'unavailable', 'unreachable', 'crash', 'crashed'],
  ['start', 'begin', 'onboarding', 'setup'],
  ['specialist', 'someone', 'somebody', 'person', 'human', 'manager', 'supervisor', 'expert', 'escalate', 'engineer'],
  ['member', 'teammate', 'colleague', 'seat', 'user'],
  ['add', 'invite'],
  ['warranty', 'guarantee'],
  ['difference', 'extra', 'additional'],
  ['data', 'information', 'details'],
  ['document', 'documents', 'certificate', 'paperwork', 'proof', 'form', 'identification', 'passport'],
];

/** Two-word phrases read as one word before stemming. */
const PHRASES: Array<[RegExp, string]> = [
  [/\bmoney back\b/g, 'moneyback'],
  [/\b(?:send|take|bring) ((?:it |them |\w+ )?)back\b/g, '$1sendback'],
  [/\b(?:log|sign)(?:ged|ging|ed|ing|s)? ?in\b/g, 'signin'],
  [/\b(?:log|sign)(?:ged|ging|ed|ing|s)? ?(?:(?:me|you|us|them|him|her) )?out\b/g, 'signout'],
  [/\b(?:a |another )?new one\b/g, 'replacement'],
  [/\bon (?:its|the|their) way\b/g, 'delivery'],
  [/\bget(?:ting)? (?:going|started)\b|\bset(?:ting)? up\b/g, 'start'],
];

/** A light stemmer: enough to meet plural and tense, never a dictionary. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 6 && /(?:ment|tion|sion)$/.test(w)) w = w.slice(0, -4) || w;
  else if (w.length > 6 && /(?:able|ible)$/.test(w)) w = w.slice(0, -4);
  if (w.length > 4 && /(?:y|e)$/.test(w)) w = w.slice(0, -1);
  // doubled final consonant left by -ing/-ed ("shipped" → "shipp")
  if (w.length > 4 && /([bdglmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) CANONICAL.set(stem(word), stem(group[0]));

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

/** A text's topic keys: canonical stems of its content words, and its numbers as written. */
export function topicKeys(text: string): string[] {
  let lower = text.toLowerCase();
  for (const [re, word] of PHRASES) lower = lower.replace(re, word);
  const out = new Set<string>();
  for (const raw of lower.match(WORD) ?? []) {
    const word = raw.replace('’', "'");
    if (STOP.has(word) || STOP.has(word.replace(/'s$/, ''))) continue;
    if (/^\d+$/.test(word)) {
      out.add(word);
      continue;
    }
    if (word.length < 3) continue;
    const s = stem(word);
    if (STOP.has(s)) continue;
    out.add(CANONICAL.get(s) ?? CANONICAL.get(word) ?? s);
  }
  return [...out];
}

export const isWeakKey = (key: string) => WEAK.has(key);
