// Issue 12: support phrasings people read as empathic earn the acknowledgement and never lower the tone; look-alikes
// that acknowledge nothing do not. Each opening is followed by the same fix, and answers the same upset customer.
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { createAnalyzer } from '../analyzer';
import { detectMechanisms } from './mechanisms';

const customerMessage = "This is the third time I'm writing and it's still broken!";
const TAIL = " I've reset your sync and it should work now.";
const analyzer = createAnalyzer(BUILTIN_PACKS);
const reply = (opening: string) => analyzer.analyze(opening + TAIL, { customerMessage });
const acknowledges = (opening: string) => !reply(opening).findings.some((f) => f.rule === 'core/acknowledge-feelings');

const EMPATHIC = [
  // the table
  "I'm sorry it's been such a hassle.",
  'I am sorry about the trouble this caused.',
  'So sorry for the wait!',
  'I can tell this has been really frustrating.',
  'That sounds really stressful.',
  'You must be fed up with this by now.',
  "I'd be frustrated too.",
  // the "more of the same kind"
  'So sorry for your loss.',
  'im so so sorry',
  'I feel you.',
  'You are not alone in this.',
  "I've been there.",
  // validation, in its many phrasings
  'That must have been so annoying.',
  "That's really frustrating, and it shouldn't have happened.",
  'How frustrating!',
  'What a hassle.',
  "It's completely understandable to feel that way.",
  "You're absolutely right to be annoyed.",
  "I don't blame you for being upset.",
  'Anyone would be frustrated after three emails.',
  "That's a lot to deal with.",
  'No wonder you are fed up.',
  'Sorry to hear the sync broke again.',
  'Thank you for your patience while we sorted this.',
  'This has been a really rough week for you.',
  // emotional reactions, with everyday typing
  'Oh no, I really am sorry.',
  "I'm sooo sorry about this",
  'sry about all the back and forth',
  'Really sorry, that should never have happened.',
  'My apologies for the repeated trouble.',
  'I feel terrible that you had to write three times.',
  'Ugh, that is awful.',
  "I can't imagine how annoying that must be.",
  // interpretation: understanding, restating, relating
  'I completely understand why you are frustrated.',
  "I get why you're annoyed.",
  'I can see how much time this has cost you.',
  'I know how annoying it is when a fix does not stick.',
  'It sounds like you have been going round in circles.',
  'I hear you.',
  "I'd feel the same in your shoes.",
  'I had the same thing happen with my own account.',
  "You sound exhausted by all of this, and that's fair.",
  'If I understand correctly, you have had to set it up three times.',
  // reassurance
  "Don't worry, your data is safe.",
  "It's not your fault at all.",
  "We'll get this sorted for good.",
  'You did the right thing writing in.',
  // lowercase and curly apostrophes
  'i’m really sorry it’s still not working',
  'ur right, this has been a pain',
  'That sounds so frustrating!!',
];

const NOT_EMPATHIC = [
  'That sounds like a good plan.',
  'That sounds great.',
  'Sounds good to me.',
  'We apologise for any inconvenience caused.',
  "I'm sorry you feel that way.",
  'Sorry, but the sync needs a reset.',
  'You say sorry too often in your macros.',
  'Thank people instead of apologising.',
  'Please avoid "sorry for the trouble" in chat.',
  'The valid values are listed below.',
  'We are sending you a replacement router.',
  'Of course you can reset it yourself.',
  'Your sync settings were out of date.',
  'The sync was broken by the last update.',
  'I do not understand what you changed.',
  'We thank you for your patience and understanding.',
];

describe('empathic openings (issue 12 table)', () => {
  it('has at least 60 phrasings, both ways', () => {
    expect(EMPATHIC.length + NOT_EMPATHIC.length).toBeGreaterThanOrEqual(60);
  });

  it.each(EMPATHIC)('“%s” earns the acknowledgement, and a tone ≥ 0', (opening) => {
    expect(acknowledges(opening)).toBe(true);
    const { scores } = reply(opening);
    expect(scores.tone, JSON.stringify(scores.toneSignals)).toBeGreaterThanOrEqual(0);
    expect(scores.empathy, JSON.stringify(scores.signals)).toBeGreaterThanOrEqual(60);
  });

  it.each(NOT_EMPATHIC)('“%s” does not', (opening) => {
    expect(acknowledges(opening)).toBe(false);
  });
});

// Each mechanism: a sentence that shows it, and the near miss a careless list would take.
const MECHANISM_CASES: Array<[mechanism: string, shows: string, not: string]> = [
  ['validation', 'That sounds exhausting.', 'That sounds like a plan.'],
  ['emotional-reaction', 'My heart goes out to you.', 'We are sending you a new card.'],
  ['interpretation', "It sounds like you've had a rough week.", 'It sounds odd, but restart it.'],
  ['exploration', 'What happened when you tried the reset?', 'Is there anything else I can help with?'],
  ['exploration', 'How are you holding up?', 'Did you even read my email?'],
  ['reassurance', "You're not alone in this.", 'You are alone in the queue.'],
  ['ownership', "I'll call you back by 3pm.", 'Someone may call back.'],
  ['advice', 'Have you tried talking to your manager?', 'How did the talk with your manager go?'],
];

describe('empathy mechanisms', () => {
  it.each(MECHANISM_CASES)('%s: “%s” shows it, “%s” does not', (mechanism, shows, not) => {
    expect(detectMechanisms(shows)).toContain(mechanism);
    expect(detectMechanisms(not)).not.toContain(mechanism);
  });

  it('reads an open question about the person as exploration, and raises empathy for it', () => {
    const asked = analyzer.analyze('What makes you feel the app is unsafe?', {
      customerMessage: 'I feel like this app is not safe.',
    });
    const told = analyzer.analyze('The app is safe.', { customerMessage: 'I feel like this app is not safe.' });
    expect(asked.scores.signals.map((s) => s.label)).toContain('asks about the person');
    expect(asked.scores.empathy).toBeGreaterThan(told.scores.empathy);
    expect(asked.scores.toneSignals.map((s) => s.label)).not.toContain('direct question opening');
    expect(asked.scores.toneSignals.map((s) => s.label)).not.toContain(
      'challenges the reader (“did you even…”, “why would you…”)',
    );
  });

  it('never reads naming the feeling as harsh wording', () => {
    const { scores } = reply("That's awful, and I'm so sorry you lost a whole day to it.");
    expect(scores.toneSignals.map((s) => s.label)).not.toContain('harsh wording');
    expect(scores.tone).toBeGreaterThan(0);
  });

  it('keeps blame and orders harsh', () => {
    const { scores } = reply('You must read the manual. Stop emailing us.');
    expect(scores.tone).toBeLessThan(0);
  });

  it('names the customer with the right article', () => {
    const { scores } = analyzer.analyze('Your sync is reset.', {
      customerMessage: 'This is unacceptable, I am furious!',
    });
    expect(scores.signals.map((s) => s.label)).toContain('never acknowledges an angry customer');
  });
});
