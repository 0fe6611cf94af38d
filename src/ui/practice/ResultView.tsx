/**
 * A scored reply: the score and how it was made, each goal met or missed with why, what the coaching flagged,
 * and the agent's reply beside the scenario's model reply with the trainer's notes.
 */
import type { Ref } from 'preact';
import type { Finding, Signal } from '../../engine';
import type { AttemptResult, GoalResult, Scenario } from '../../practice';

const SEVERITY: Record<Finding['severity'], string> = { hint: 'Hint', suggestion: 'Suggestion', warning: 'Warning' };

export interface ResultViewProps {
  result: AttemptResult;
  scenario: Scenario;
  labels: ReadonlyMap<string, string>;
  headingRef: Ref<HTMLHeadingElement>;
  onRevise(): void;
  onNext(): void;
}

export function ResultView({ result, scenario, labels, headingRef, onRevise, onNext }: ResultViewProps) {
  const checked = result.goals.filter((g) => g.checked);
  const met = checked.filter((g) => g.met).length;
  return (
    <section class="result" aria-labelledby="result-heading" data-result="">
      <h2 id="result-heading" tabIndex={-1} ref={headingRef}>
        Your score
      </h2>
      <div class="score-row">
        <p class={`score ${band(result.score)}`} data-score={result.score}>
          <strong>{result.score}</strong>
          <span>/100</span>
        </p>
        <div>
          <p class="score-summary" data-goals-met={met} data-goals-checked={checked.length}>
            {met} of {checked.length} goals met
          </p>
          <ul class="score-parts" aria-label="How the score was made">
            {result.scoreParts.map((p) => (
              <li key={p.label}>
                <span class="delta">{signed(p)}</span> {p.label}
              </li>
            ))}
          </ul>
        </div>
      </div>

      <h3>Goals</h3>
      <ul class="goals" aria-label="Goals, met and missed">
        {result.goals.map((g) => (
          <GoalItem key={g.key} goal={g} />
        ))}
      </ul>

      <h3>What the coaching flagged</h3>
      {result.findings.length === 0 ? (
        <p class="hint" data-findings="0">
          Nothing: the coaching has no comment on this reply.
        </p>
      ) : (
        <ul class="findings" data-findings={result.findings.length} aria-label="Coaching findings">
          {result.findings.map((f) => (
            <li key={`${f.rule}:${f.start}:${f.end}`} class={`finding ${f.severity}`} data-rule={f.rule}>
              <span class="severity">{SEVERITY[f.severity]}</span>
              <span>{f.message}</span>
              {f.why && <small>{f.why}</small>}
            </li>
          ))}
        </ul>
      )}

      <h3>{result.model ? 'Your reply beside the model reply' : 'Your reply'}</h3>
      <div class={result.model ? 'side-by-side' : ''}>
        <figure class="reply-box" data-reply="yours">
          <figcaption>
            Yours <span class="hint">· {result.score}/100</span>
          </figcaption>
          <p class="reply-text">{result.text}</p>
        </figure>
        {result.model && (
          <figure class="reply-box model" data-reply="model">
            <figcaption>
              One way to write it <span class="hint">· {result.model.score}/100</span>
            </figcaption>
            <p class="reply-text">{result.model.text.trim()}</p>
            {result.model.metOnlyByModel.length > 0 && (
              <p class="hint">
                It meets what yours missed: {result.model.metOnlyByModel.map((k) => labels.get(k) ?? k).join(', ')}.
              </p>
            )}
          </figure>
        )}
      </div>
      {scenario.notes && (
        <>
          <h3>Trainer’s notes</h3>
          <p class="notes">{scenario.notes.trim()}</p>
        </>
      )}
      <div class="actions">
        <button type="button" data-action="revise" onClick={onRevise}>
          Revise my reply
        </button>
        <button type="button" class="primary" data-action="next" onClick={onNext}>
          Next scenario
        </button>
      </div>
    </section>
  );
}

function GoalItem({ goal }: { goal: GoalResult }) {
  const status = !goal.checked ? 'off' : goal.met ? 'met' : 'missed';
  return (
    <li class={`goal ${status}`} data-goal={goal.key} data-met={String(goal.met)}>
      <span class="mark" aria-hidden="true">
        {status === 'met' ? '✓' : status === 'missed' ? '✗' : '–'}
      </span>
      <div>
        <strong>{goal.label}</strong>{' '}
        <span class="visually-hidden">
          {status === 'met' ? '(met)' : status === 'missed' ? '(missed)' : '(not checked)'}
        </span>
        <p class="why">{goal.why}</p>
        {!goal.met && goal.suggestions.length > 0 && (
          <p class="try">
            Try:{' '}
            {goal.suggestions.slice(0, 2).map((s, i) => (
              <span key={s}>
                {i > 0 && ' or '}
                <q>{s}</q>
              </span>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}

function signed(part: Signal): string {
  return part.delta >= 0 ? `+${part.delta}` : `−${-part.delta}`;
}

function band(score: number): string {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'low';
}
