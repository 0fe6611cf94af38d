import { describe, expect, it } from 'vitest';
import { extractQuestions } from './questions';

const texts = (message: string) => extractQuestions(message).map((q) => q.text);

describe('extractQuestions', () => {
  it('finds direct questions and quotes them in the customer’s words', () => {
    const message =
      'Hi, my parcel arrived damaged. Can you send a replacement? Also, will I get the delivery fee back?';
    expect(texts(message)).toEqual(['can you send a replacement?', 'will I get the delivery fee back?']);
    const [first, second] = extractQuestions(message);
    expect(message.slice(first.start, first.end)).toBe('Can you send a replacement?');
    expect(second.kind).toBe('yes-no');
    expect(first.kind).toBe('request');
  });

  it('finds indirect questions and requests', () => {
    expect(extractQuestions("I'd like to know when the new plan starts.")[0]).toMatchObject({
      kind: 'wh',
      asks: 'time',
    });
    expect(extractQuestions('I was wondering if you ship to Canada.')[0]).toMatchObject({ kind: 'yes-no' });
    expect(texts('I need the invoice for March by Friday. Thanks!')).toEqual([
      'I need the invoice for March by Friday.',
    ]);
    expect(texts('Please cancel my subscription.')).toEqual(['please cancel my subscription.']);
    expect(texts('I want a refund, not a repair.')).toEqual(['I want a refund, not a repair.']);
  });

  it('reads chat questions typed without a question mark or capitals', () => {
    expect(extractQuestions('hi how do i export my data')[0]).toMatchObject({
      text: 'how do i export my data',
      kind: 'wh',
      asks: 'manner',
    });
  });

  it('splits two questions joined by “and”', () => {
    expect(texts('Where is my order and when will I get my refund?')).toEqual([
      'where is my order',
      'when will I get my refund?',
    ]);
  });

  it('leaves out rhetorical questions, bare pleas and complaints', () => {
    expect(texts('How many times do I have to ask? Seriously? Please help.')).toEqual([]);
    expect(texts('How is this not a basic feature?')).toEqual([]);
    expect(texts('I want to complain about the way I was treated.')).toEqual([]);
    expect(texts('Thank you so much, the new dashboard is amazing!')).toEqual([]);
  });

  it('reads a hard-wrapped email line as one sentence', () => {
    expect(
      texts(
        'I clicked "Reset layout" and now all my buttons\nare in different places. Can you help me\nrestore my recipes?',
      ),
    ).toEqual(['can you help me restore my recipes?']);
  });

  it('drops an apology before the question from the quote', () => {
    expect(texts('sorry if this is a silly question but how do I add my colleague?')).toEqual([
      'how do I add my colleague?',
    ]);
  });
});
