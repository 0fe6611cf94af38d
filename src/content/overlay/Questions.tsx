/**
 * The badge panel's listening list: each of the customer's questions and requests, ✓ answered by the draft or ✗
 * not yet, and whether the draft picks up anything the customer told (✗ when it could go to anyone).
 */
import type { QuestionStatus, Report } from '../../engine';

export function Questions({
  questions,
  reflection,
}: {
  questions: readonly QuestionStatus[];
  reflection?: Report['reflection'];
}) {
  const open = questions.filter((q) => !q.answered).length;
  const label = [
    questions.length ? `The customer's questions: ${open ? `${open} not answered yet` : 'all answered'}` : '',
    reflection ? (reflection.picksUp ? 'picks up their words' : 'could go to anyone') : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <ul class="checklist questions" aria-label={label} data-questions="">
      {questions.map((q) => (
        <li class={q.answered ? 'ok' : 'missing'} data-question={q.text} data-answered={String(q.answered)}>
          <span aria-hidden="true">{q.answered ? '✓' : '✗'}</span>“{q.text}”
        </li>
      ))}
      {reflection && (
        <li class={reflection.picksUp ? 'ok' : 'missing'} data-reflection={String(reflection.picksUp)}>
          <span aria-hidden="true">{reflection.picksUp ? '✓' : '✗'}</span>
          {reflection.picksUp ? 'Picks up what they told you' : `Could go to anyone: “${reflection.quote}”`}
        </li>
      )}
    </ul>
  );
}
