import { describe, expect, it } from 'vitest';
import { extractQuestions } from './questions';
import { readSpecifics, reflect } from './specifics';

const read = (message: string) => readSpecifics(message, extractQuestions(message));

describe('reflect: the customer’s clause in the agent’s voice', () => {
  it.each([
    ['I was charged twice for March', 'you were charged twice for March'],
    ['I am locked out of my account', 'you are locked out of your account'],
    ["I'm still waiting for my refund", 'you’re still waiting for your refund'],
    ["I wasn't told about the fee", 'you weren’t told about the fee'],
    ["I've tried three times", 'you’ve tried three times'],
    ['They sent me the wrong size', 'they sent you the wrong size'],
    ['Our team lost access to the dashboard', 'your team lost access to the dashboard'],
    ['My parcel arrived damaged', 'your parcel arrived damaged'],
    ['The app crashes on start', 'the app crashes on start'],
    ['MY INTERNET HAS BEEN DOWN FOR 4 DAYS', 'your internet has been down for 4 days'],
    ['reset link never arrives', 'the reset link never arrives'],
    ['The US store charged me in euros', 'the US store charged you in euros'],
  ])('%s → %s', (clause, said) => {
    expect(reflect(clause)).toBe(said);
  });
});

describe('readSpecifics', () => {
  it('finds the problem as the customer put it, and says it back', () => {
    const s = read('Hi, my parcel arrived damaged and the lid is cracked. Can you send a new one?');
    expect(s.problem).toBe('my parcel arrived damaged and the lid is cracked');
    expect(s.reflected).toBe('your parcel arrived damaged and the lid is cracked');
    expect(s.quote).toBe(s.problem);
  });

  it('leaves out what the customer asked, keeping what they told before it', () => {
    const s = read('My mother passed away last month and I need to close her savings account.');
    expect(s.reflected).toBe('your mother passed away last month');
  });

  it('leaves out the feeling framing the problem: the opening names it itself', () => {
    expect(read("I'm really worried my account was hacked.").reflected).toBe('your account was hacked');
  });

  it('keeps a name’s capital, and drops the greeting line', () => {
    expect(read('Hello, my father Robert Hale died in April. I am the executor.').reflected).toBe(
      'your father Robert Hale died in April',
    );
  });

  it('never says back a clause that addresses the company, insults, or is not a clause', () => {
    expect(read('You charged me twice for March!').reflected).toBeUndefined();
    expect(read('This stupid app is broken again.').reflected).toBeUndefined();
    expect(read('no signal at all at home since tuesday').reflected).toBeUndefined();
    expect(read('i ordered 2 weeks ago and nothing.').reflected).toBeUndefined();
    expect(read('This is the third time I write. Still not working!!').reflected).toBeUndefined();
    // "I'm sorry that you cancelled your plan" would say sorry for the customer's own choice
    expect(read('I cancelled my Premium plan in January.').reflected).toBeUndefined();
  });

  it('reads identifiers with what they name, amounts and dates', () => {
    const s = read('Invoice INV-2024-0387 shows 12 seats, we paid $40 on March 3 for order #55812.');
    expect(s.details).toEqual(['INV-2024-0387', '$40', 'March 3', '#55812']);
    expect(s.about).toBe('invoice INV-2024-0387');
  });

  it('keeps the keys that are the customer’s own, not feelings or words every reply uses', () => {
    const s = read('I am so frustrated. The blue jacket I ordered has a broken zip. Thanks for your help!');
    expect(s.keys).toEqual(expect.arrayContaining(['blue', 'jacket', 'broken', 'zip']));
    expect(s.keys).not.toContain('frustrat');
    expect(s.keys).not.toContain('thank');
  });
});
