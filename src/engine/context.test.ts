import { describe, expect, it } from 'vitest';
import { readCustomer } from './context';

// What a support lead would call each message. The classifier may add a second emotion; the first must match.
const TABLE: Array<[string, string]> = [
  ['This is the third time I am writing about this. It is STILL not working.', 'frustrated'],
  ["I've already tried everything you said and nothing works, I'm fed up.", 'frustrated'],
  ['I have been waiting two weeks for a reply. How many times do I have to ask?', 'frustrated'],
  ['This is absolutely unacceptable. Worst service ever, I want my money back NOW!!', 'angry'],
  ['You charged me twice. This is a scam and a complete joke.', 'angry'],
  ["I don't understand how to export my invoices, where do I find that?", 'confused'],
  ['Sorry, I am confused. What does "workspace" mean?', 'confused'],
  ["I'm really worried that my account was hacked, I see logins I don't recognise.", 'anxious'],
  ['Is my card data safe? I am nervous after your email about the breach.', 'anxious'],
  ['Thank you so much, the new dashboard is amazing!', 'happy'],
  ['Just wanted to say you guys rock, great job on the update.', 'happy'],
  ['Hi, could you change the email address on my account to dana@example.com?', 'neutral'],
  ['My husband passed away last month and I need to close his account.', 'sad'],
  ["I'm so sad, my dog died and the order was his medicine.", 'sad'],
  ["My parcel arrived damaged and I'm really upset, it was a present.", 'frustrated'],
  ["I was charged for a year when I only wanted a month. Please help, I can't afford this.", 'anxious'],
  ['Is there a way to export to Excel? Our finance team keeps asking.', 'neutral'],
  ['I want to complain about the way I was treated in your store.', 'frustrated'],
];

describe('readCustomer', () => {
  it.each(TABLE)('%s → %s', (message, emotion) => {
    expect(readCustomer(message).emotion).toBe(emotion);
  });

  it('explains its reading with the cues it found, and flags urgency apart from the emotions', () => {
    const reading = readCustomer('Third time asking, still not working. I need it fixed ASAP!');
    expect(reading.emotion).toBe('frustrated');
    expect(reading.urgent).toBe(true);
    expect(reading.emotions).not.toContain('urgent');
    expect(reading.cues).toEqual(expect.arrayContaining(['third time', 'asap']));
  });

  it.each([
    'Our checkout is down and we are losing sales, please help ASAP!',
    'I need this fixed today, the deadline is tonight.',
  ])('flags urgency without making it the emotion: %s', (message) => {
    const reading = readCustomer(message);
    expect(reading.urgent).toBe(true);
    expect(reading.emotion).not.toBe('urgent');
  });

  it('reads a plain question as neutral or, at most, mildly confused', () => {
    const reading = readCustomer('What are your opening hours on public holidays?');
    expect(['neutral', 'confused']).toContain(reading.emotion);
    expect(reading.intensity).toBe('mild');
  });

  it('reads grief as sad, never as angry or frustrated, and strongly', () => {
    const reading = readCustomer(
      'My mother passed away in March. Please cancel her subscription, I keep getting the emails.',
    );
    expect(reading.emotion).toBe('sad');
    expect(reading.intensity).toBe('strong');
    expect(reading.emotions).not.toContain('angry');
  });

  it('reads loneliness and hopelessness written to a stranger as sad, so a reply that ignores it is told so', () => {
    for (const message of [
      'Nobody at school talks to me. I feel invisible.',
      "My girlfriend broke up with me and I can't focus on anything.",
      'I feel so hopeless about all of this.',
    ])
      expect(readCustomer(message).emotions, message).toContain('sad');
  });

  it('tells a mild feeling from a strong one', () => {
    expect(readCustomer("I'm a bit confused about the invoice.").intensity).toBe('mild');
    expect(readCustomer("I'm really worried, my account was hacked!").intensity).toBe('strong');
    expect(readCustomer('This is UNACCEPTABLE, FIX IT NOW!!').intensity).toBe('strong');
  });

  it('gives a mixed message several emotions, strongest first', () => {
    const reading = readCustomer(
      "I'm confused and honestly worried: where is my money? Your app says the transfer failed.",
    );
    expect(reading.emotions.length).toBeGreaterThan(1);
    expect(reading.emotions).toEqual(expect.arrayContaining(['confused', 'anxious']));
  });

  it('does not read sarcastic thanks inside a complaint as happiness', () => {
    expect(readCustomer('Thanks for nothing. Still broken, third time I ask.').emotions).not.toContain('happy');
  });

  it('reads an empty message as neutral', () => {
    expect(readCustomer('  ')).toEqual({
      emotion: 'neutral',
      emotions: [],
      cues: [],
      sentiment: 0,
      intensity: 'mild',
      urgent: false,
    });
  });
});
