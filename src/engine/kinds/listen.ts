/**
 * `listen`: draft rules that compare the reply with the customer's message. `check: questions` reports each
 * question or request of the customer that the reply leaves unanswered (engine/listening), at the end of the
 * reply's body, where the answer would go; {question} in the message is the customer's own words.
 */
import type { RawMatch, RuleSpecBase } from '../types';
import { insertionPoint } from './require';
import type { RuleKind } from './kind';

export interface ListenSpec extends RuleSpecBase {
  kind: 'listen';
  check: 'questions';
}

export const listen: RuleKind<ListenSpec> = {
  kind: 'listen',
  schema: {
    required: ['check'],
    properties: {
      check: {
        enum: ['questions'],
        description:
          'questions: each question or request of the customer that the reply leaves unanswered ({question} in the message).',
      },
    },
  },
  compile(spec, base) {
    return {
      ...base,
      draft: (input): RawMatch[] => {
        if (!input.questions?.length || !input.sentences.length) return [];
        const { at } = insertionPoint('next-step', input.sentences);
        return input.questions
          .filter((q) => !q.answered)
          .map((q) => ({ start: at, end: at, exact: true, suggestions: [], data: { question: q.text } }));
      },
    };
  },
};
