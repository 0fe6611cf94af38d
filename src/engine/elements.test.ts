import { describe, expect, it } from 'vitest';
import { detectElements } from './elements';

const has = (sentence: string) => [...detectElements(sentence)].sort();

describe('detectElements', () => {
  it('reads “I’m sorry” as acknowledgement whatever follows it', () => {
    expect(has("I'm really sorry, you should have had that call yesterday.")).toContain('acknowledgement');
    expect(has("I'm so sorry.")).toContain('acknowledgement');
    // issue 12: "So sorry for the wait!" acknowledges the customer's wait; a canned or conditional apology does not
    expect(has('So sorry for the wait!')).toContain('acknowledgement');
    expect(has('We apologise for any inconvenience caused.')).not.toContain('acknowledgement');
    expect(has("I'm sorry you feel that way.")).not.toContain('acknowledgement');
  });

  it('does not take the canned “patience and understanding” line for acknowledgement', () => {
    expect(has('Thank you for your patience.')).toContain('acknowledgement');
    expect(has('We thank you for your patience and understanding.')).not.toContain('acknowledgement');
  });

  it('counts a question put to the customer, and “you’ll get…”, as a next step', () => {
    expect(has('What number should we call you on?')).toContain('next-step');
    expect(has("You'll get a prepaid label by email.")).toContain('next-step');
    expect(has('The parcel left on Monday.')).not.toContain('next-step');
  });
});
