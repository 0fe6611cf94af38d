/**
 * `listen`: draft rules that compare the reply with the customer's message. `check: questions` reports each
 * question or request of the customer that the reply leaves unanswered (engine/listening), at the end of the
 * reply's body, where the answer would go; {question} in the message is the customer's own words.
 * `check: reflection` reports a reply that picks up nothing the customer told (it could go to anyone), on its
 * stock acknowledgement if it has one (the suggestion replaces it) or at the opening of its body (it is
 * inserted); {told} is the customer's own words, the suggestions say their problem back in the agent's voice.
 */
import { isUpset } from '../listening/labelling';
import type { DraftInput, RawMatch, RuleSpecBase } from '../types';
import { insertionPoint } from './require';
import type { RuleKind } from './kind';

export interface ListenSpec extends RuleSpecBase {
  kind: 'listen';
  check: 'questions' | 'reflection';
}

function unanswered(input: DraftInput): RawMatch[] {
  if (!input.questions?.length || !input.sentences.length) return [];
  const { at } = insertionPoint('next-step', input.sentences);
  return input.questions
    .filter((q) => !q.answered)
    .map((q) => ({ start: at, end: at, exact: true, suggestions: [], data: { question: q.text } }));
}

function generic(input: DraftInput): RawMatch[] {
  const reflection = input.reflection;
  if (!reflection || reflection.picksUp !== false) return [];
  const stock = input.sentences.find((s) => s.elements.has('acknowledgement') || s.elements.has('apology'));
  // an upset customer the reply does not acknowledge yet: the acknowledgement's own finding offers these openings
  if (!stock && isUpset(input.customer)) return [];
  const data = { told: reflection.quote };
  if (stock) {
    const end = stock.start + stock.text.trimEnd().length;
    // a stock apology becomes an apology for what happened to them; a stock acknowledgement, an opening
    const apologises = stock.elements.has('apology') && reflection.apology;
    const suggestions = apologises ? [reflection.apology!, ...reflection.openings.slice(1)] : [...reflection.openings];
    return [{ start: stock.start, end, exact: true, suggestions, data }];
  }
  const { at, before, after } = insertionPoint('acknowledgement', input.sentences);
  return [{ start: at, end: at, exact: true, suggestions: reflection.openings.map((o) => before + o + after), data }];
}

export const listen: RuleKind<ListenSpec> = {
  kind: 'listen',
  schema: {
    required: ['check'],
    properties: {
      check: {
        enum: ['questions', 'reflection'],
        description:
          'questions: each question or request of the customer that the reply leaves unanswered ({question} in the message). ' +
          'reflection: a reply that picks up nothing the customer told, so it could go to anyone ({told} in the message: their own words).',
      },
    },
  },
  compile(spec, base) {
    return { ...base, draft: spec.check === 'reflection' ? generic : unanswered };
  },
};
