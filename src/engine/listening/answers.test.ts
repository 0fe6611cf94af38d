import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text';
import { checkAnswers } from './answers';
import { extractQuestions } from './questions';

const answered = (message: string, reply: string) =>
  checkAnswers(extractQuestions(message), splitSentences(reply)).map((c) => [c.question.text, c.answered]);

const DAMAGED = 'My parcel arrived damaged. Can you send a replacement? Also, will I get the delivery fee back?';

describe('checkAnswers', () => {
  it('tells the answered question from the one left out', () => {
    expect(answered(DAMAGED, "I've sent a replacement today; it arrives on Thursday.")).toEqual([
      ['can you send a replacement?', true],
      ['will I get the delivery fee back?', false],
    ]);
  });

  it('meets the customer’s words in the reply’s own (stems and synonyms)', () => {
    expect(answered(DAMAGED, "I've sent a replacement today, and we'll refund the shipping charge too.")).toEqual([
      ['can you send a replacement?', true],
      ['will I get the delivery fee back?', true],
    ]);
    expect(
      answered(DAMAGED, 'Yes, the delivery fee will be refunded, and a new one is on its way.').every(([, a]) => a),
    ).toBe(true);
  });

  it('wants a date or time frame for “when”, an amount for “how much”', () => {
    expect(
      answered('When will I get my refund?', 'Your refund was processed and reaches your card within 5 days.')[0][1],
    ).toBe(true);
    expect(answered('When will I get my refund?', 'Refunds are handled by our finance team.')[0][1]).toBe(false);
    expect(answered('How much does shipping cost?', 'Yes, we ship to Canada!')[0][1]).toBe(false);
    expect(answered('How much does shipping cost?', 'Shipping to Canada costs $12.')[0][1]).toBe(true);
  });

  it('takes a yes or a no as the answer to a yes/no question about the same thing', () => {
    expect(
      answered('Is two-factor authentication available?', 'Yes, two-factor authentication is under Settings.')[0][1],
    ).toBe(true);
    expect(answered('Will I be charged again next month?', "You won't be charged again.")[0][1]).toBe(true);
    expect(answered('Will I be charged again next month?', "I've cancelled your subscription.")[0][1]).toBe(false);
  });

  it('answers “where is my order?” with where it is, whatever the words', () => {
    expect(
      answered('where is my order??', 'The courier left it at 2:10 pm in a safe place by the green door.')[0][1],
    ).toBe(true);
  });

  it('points at the sentence that answers', () => {
    const reply = 'Hi Sam. Shipping to Canada costs $12.';
    const [check] = checkAnswers(extractQuestions('How much does shipping cost?'), splitSentences(reply));
    expect(reply.slice(check.answer!.start, check.answer!.end)).toBe('Shipping to Canada costs $12.');
  });
});
