/** Listening: the customer's questions, and whether a reply answers them. */
import type { QuestionStatus } from '../types';
import { checkAnswers, type ReplySentence } from './answers';
import type { CustomerQuestion } from './questions';

export { checkAnswers, type QuestionCheck, type ReplySentence } from './answers';
export { extractQuestions, type CustomerQuestion } from './questions';
export {
  checkReflection,
  interpretInContext,
  picksUp,
  reflectionBasis,
  reflectiveOpenings,
  type ReflectionBasis,
} from './reflection';
export { readSpecifics, reflect, type CustomerSpecifics } from './specifics';
export { stem, topicKeys } from './words';

/** The customer's questions checked against the reply's sentences, in the Report's shape. */
export function questionStatus(
  questions: readonly CustomerQuestion[],
  sentences: readonly ReplySentence[],
): QuestionStatus[] {
  return checkAnswers(questions, sentences).map(({ question, answered, answer }) => {
    const status: QuestionStatus = {
      text: question.text,
      kind: question.kind,
      start: question.start,
      end: question.end,
      answered,
    };
    if (answer) status.answer = answer;
    return status;
  });
}
