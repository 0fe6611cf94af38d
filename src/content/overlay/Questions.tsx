/** The badge panel's list of the customer's questions and requests, each ✓ answered by the draft or ✗ not yet. */
import type { QuestionStatus } from '../../engine';

export function Questions({ questions }: { questions: readonly QuestionStatus[] }) {
  const open = questions.filter((q) => !q.answered).length;
  return (
    <ul
      class="checklist questions"
      aria-label={`The customer's questions: ${open ? `${open} not answered yet` : 'all answered'}`}
      data-questions=""
    >
      {questions.map((q) => (
        <li class={q.answered ? 'ok' : 'missing'} data-question={q.text} data-answered={String(q.answered)}>
          <span aria-hidden="true">{q.answered ? '✓' : '✗'}</span>“{q.text}”
        </li>
      ))}
    </ul>
  );
}
