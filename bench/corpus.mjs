/**
 * A deterministic corpus of English customer-support replies for the benchmark.
 *
 * Replies are assembled from sentence templates (greetings, acknowledgements, explanations, apologies, next
 * steps, closings) whose slots are filled from word lists, so a 10,000-word text is made of mostly distinct
 * sentences. That matters: our analyzer caches per sentence, and a corpus that repeated a few sentences would
 * flatter it. Some templates carry what the coach flags ("unfortunately", "you failed to", "per my last email",
 * "tier 2", "SLA", unfilled {{placeholders}}, over-long sentences), at roughly the rate real drafts do.
 *
 * The same (words, seed) always gives the same text, so runs on different machines and days are comparable.
 */

import { createRandom } from '../src/eval/random.mjs';

export { createRandom };

const SLOTS = {
  name: [
    'Sam',
    'Priya',
    'Jordan',
    'Mei',
    'Lucas',
    'Amara',
    'Tomás',
    'Ines',
    'Kofi',
    'Hannah',
    'Yusuf',
    'Olga',
    'Dev',
    'Rosa',
    'Finn',
    'Aiko',
    'Marcus',
    'Leila',
    'Noah',
    'Zara',
  ],
  agent: ['Alex', 'Bea', 'Chris', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana'],
  product: [
    'the Pro plan',
    'your Starter subscription',
    'the mobile app',
    'the desktop app',
    'the smart thermostat',
    'the wireless earbuds',
    'your team workspace',
    'the invoicing add-on',
    'the standing desk',
    'the espresso machine',
    'the photo printer',
    'the analytics dashboard',
  ],
  item: [
    'order',
    'invoice',
    'refund',
    'replacement',
    'subscription',
    'parcel',
    'account',
    'booking',
    'exchange',
    'warranty claim',
  ],
  problem: [
    'the login loop',
    'the duplicate charge',
    'the missing parcel',
    'the sync error',
    'the crash on startup',
    'the late delivery',
    'the wrong size',
    'the expired coupon',
    'the password reset email',
    'the export timeout',
    'the broken hinge',
    'the blank screen',
  ],
  feeling: ['frustrating', 'stressful', 'disappointing', 'confusing', 'annoying', 'worrying'],
  team: ['billing', 'shipping', 'engineering', 'warehouse', 'accounts', 'returns'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  count: ['two', 'three', 'five', 'seven', '24', '48', 'ten'],
  unit: ['hours', 'business days', 'working days', 'days'],
  step: [
    'log out and back in',
    'clear the browser cache',
    'restart the app',
    'update to the latest version',
    'check your spam folder',
    'reset the device',
    'reconnect the charger',
    'remove and re-add the card',
  ],
  file: [
    'the receipt',
    'a screenshot',
    'the serial number',
    'the order confirmation',
    'the error log',
    'a photo of the label',
  ],
  reason: [
    'a courier delay',
    'a stock mix-up at our warehouse',
    'a bug in last week’s release',
    'a billing system update',
    'a typo in the address label',
    'an outage with our payment provider',
    'heavy demand after the sale',
  ],
};

// {slot} is filled from SLOTS; {n} with a number (order and ticket ids) so even same-shaped sentences differ.
const TEMPLATES = {
  greeting: [
    'Hi {name},',
    'Hello {name},',
    'Dear {name},',
    'Hey {name},',
    'Good morning {name},',
    'Good afternoon {name},',
    'Thanks for reaching out, {name}.',
    'Thank you for contacting us about {problem}.',
    'Hi {{ticket.requester.name}},',
  ],
  acknowledgement: [
    'I completely understand how {feeling} {problem} on {product} must be.',
    'I can see why {problem} on order {n} has been so {feeling}.',
    'Thank you for your patience while we looked into ticket {n}.',
    'I’m sorry to hear that {product} stopped working after {count} {unit}.',
    'That sounds really {feeling}, especially with {item} {n} still open.',
    'You’re right that {problem} should not have happened with {product}.',
    'Thanks for flagging {problem} on {product}; it helps us fix it for everyone.',
    'I appreciate you taking the time to explain {problem} with {item} {n} in detail.',
  ],
  explanation: [
    'I looked into {item} {n} and it was delayed by {reason}.',
    'It looks like {problem} on {product} was caused by {reason}.',
    'Our {team} team confirmed that {item} {n} was processed on {weekday}.',
    'The tracking page for {item} {n} did not update because of {reason}.',
    'Per my last email, {item} {n} was already refunded on {weekday}.',
    'As per my previous message, {product} needs the latest update before {problem} goes away.',
    'Unfortunately, {item} {n} is outside the {count}-day return window.',
    'Regrettably, we cannot change {item} {n} once it has shipped.',
    'You failed to attach {file}, so we could not verify {item} {n}.',
    'It seems you forgot to confirm your email address before {item} {n} went out.',
    'I have escalated {problem} to tier 2 and they are checking the logs for account {n}.',
    'Under our SLA, tier 2 replies to tickets like {n} within {count} {unit}.',
    'Our SLA for {team} tickets is {count} {unit}, and ticket {n} is well inside it.',
    'The {team} team will escalate {item} {n} if the first fix does not work.',
    'The charge of ${n} on your statement is a temporary hold, not a second payment.',
    'This is a known issue with {product}, and a fix for {problem} is planned for the {weekday} release.',
    'I checked account {n} and everything on our side looks correct now.',
    'We shipped {item} {n} on {weekday} but the courier did not scan it until the following week, which is why the tracking page showed nothing for several days and why you received the automatic delay notice that we should really have held back until we had checked with the warehouse and the courier ourselves.',
    'This is a terrible, awful mess and it is a disaster for order {n}.',
  ],
  apology: [
    'I’m so sorry for the trouble with {item} {n}.',
    'We apologise for the delay on {item} {n}.',
    'Please accept my apologies for {problem} on {item} {n}.',
    'That was our mistake, and I’m sorry it cost you {count} {unit}.',
    'Sorry again that {product} let you down after {count} {unit}.',
  ],
  nextStep: [
    'I’ve issued a full refund for {item} {n}, and it should reach your card within {count} {unit}.',
    'I’ll send a replacement for {item} {n} by {weekday}.',
    'Please {step} and let me know if {problem} comes back on {product}.',
    'Next, could you send {file} so I can finish {item} {n}?',
    'Let me check with our {team} team and get back to you by {weekday}.',
    'I’m going to keep ticket {n} open until you confirm it works.',
    'Here’s what happens next: our {team} team reviews {item} {n} within {count} {unit}.',
    'To fix this, please {step}, then try {item} {n} again.',
    'I have just credited ${n} to your account as a thank you for your patience.',
    'You will receive a confirmation email for {item} {n} today.',
  ],
  closing: [
    'Let me know if there’s anything else I can do for {item} {n}.',
    'Feel free to reply to this email if you have any questions about {product}.',
    'I’m happy to help with anything else, {name}.',
    'Have a great {weekday}!',
    'Best regards,\n{agent}',
    'Kind regards,\n{agent}',
    'Thanks again,\n{agent}',
    'Take care,\n{agent}',
  ],
};

// How many sentences of each body part a reply gets, as [min, max].
const BODY = [
  ['acknowledgement', 1, 2],
  ['explanation', 1, 4],
  ['apology', 0, 1],
  ['nextStep', 1, 3],
];

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words counted the way our engine counts them, so "1,000 words" means the same to every tool. */
export function countWords(text) {
  return text.match(WORD_RE)?.length ?? 0;
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function fill(random, template) {
  return template.replace(/\{\{[^}]*\}\}|\{(\w+)\}/g, (whole, slot) => {
    if (!slot) return whole; // a {{placeholder}} stays unfilled on purpose
    if (slot === 'n') return String(1000 + Math.floor(random() * 90000));
    return pick(random, SLOTS[slot]);
  });
}

function sentence(random, part) {
  return fill(random, pick(random, TEMPLATES[part]));
}

/** One reply's body paragraphs: each part's sentences form a paragraph. */
function body(random) {
  const paragraphs = [];
  for (const [part, min, max] of BODY) {
    const n = min + Math.floor(random() * (max - min + 1));
    const sentences = Array.from({ length: n }, () => sentence(random, part));
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function reply(random) {
  return [sentence(random, 'greeting'), ...body(random), sentence(random, 'closing')].join('\n\n');
}

/**
 * Whole replies, separated by a rule line, until the text reaches `words` words. The last reply is cut back
 * sentence by sentence (keeping its greeting) so the total lands at or just under the target.
 */
export function generateCorpus(words, seed = 1) {
  const random = createRandom(seed);
  const replies = [];
  let total = 0;
  while (total < words) {
    let next = reply(random);
    const budget = words - total;
    if (countWords(next) > budget) next = trimReply(next, budget);
    if (!next) break;
    replies.push(next);
    total += countWords(next);
  }
  return replies.join('\n\n---\n\n');
}

function trimReply(text, budget) {
  // Odd entries are the whitespace between sentences, kept so the paragraphs survive the cut.
  const parts = text.split(/(?<=[.!?,])(\s+)/);
  let kept = '';
  let n = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const w = countWords(parts[i]);
    if (n + w > budget) break;
    kept += (i ? parts[i - 1] : '') + parts[i];
    n += w;
  }
  return kept;
}
