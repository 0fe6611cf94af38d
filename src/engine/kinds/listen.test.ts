import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { packOf } from '../test-helpers';

const analyzer = createAnalyzer([
  packOf([
    {
      id: 'unanswered-question',
      kind: 'listen',
      check: 'questions',
      category: 'listening',
      severity: 'warning',
      message: "The customer asked “{question}” and the reply doesn't answer it yet.",
    },
  ]),
]);
const customerMessage =
  'My parcel arrived damaged. Can you send a replacement? Also, will I get the delivery fee back?';

describe('listen: questions', () => {
  it('reports an unanswered question at the end of the reply body, quoting it', () => {
    const reply = "Hi Jo,\n\nI've sent a replacement today.\n\nBest,\nAna";
    const report = analyzer.analyze(reply, { customerMessage });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 't/unanswered-question',
        category: 'listening',
        severity: 'warning',
        text: '',
        suggestions: [],
        message: "The customer asked “will I get the delivery fee back?” and the reply doesn't answer it yet.",
      }),
    ]);
    expect(report.findings[0].start).toBe(reply.indexOf(' today.') + ' today.'.length);
    expect(report.questions?.map((q) => [q.text, q.answered])).toEqual([
      ['can you send a replacement?', true],
      ['will I get the delivery fee back?', false],
    ]);
  });

  it('clears when the reply answers the other question too', () => {
    const reply = "Hi Jo,\n\nI've sent a replacement today, and we'll refund the delivery fee.\n\nBest,\nAna";
    expect(analyzer.analyze(reply, { customerMessage }).findings).toEqual([]);
  });

  it('says nothing without a customer message, or when the customer asked nothing', () => {
    expect(analyzer.analyze("I've sent a replacement today.").findings).toEqual([]);
    expect(
      analyzer.analyze("I've sent a replacement today.", { customerMessage: 'Thanks, all sorted!' }).questions,
    ).toBeUndefined();
  });
});
