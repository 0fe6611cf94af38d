/**
 * The agent's progress, from storage.local only: scenarios done, scores over time, and the goals they miss most.
 */
import { useState } from 'preact/hooks';
import type { PracticeState, PracticeStore } from './store';
import { progressSummary } from './view';

export function ProgressView({ state, practice }: { state: PracticeState; practice: PracticeStore }) {
  const summary = progressSummary(state.progress, state.scenarios, state.labels);
  const [confirming, setConfirming] = useState(false);

  return (
    <section class="progress" aria-labelledby="progress-heading" data-section="progress">
      <h2 id="progress-heading">Your progress</h2>
      <dl class="stats">
        <div>
          <dt>Scenarios done</dt>
          <dd data-stat="done">
            {summary.done} <span class="of">of {summary.total}</span>
          </dd>
        </div>
        <div>
          <dt>Replies scored</dt>
          <dd data-stat="attempts">{summary.attempts}</dd>
        </div>
        <div>
          <dt>Recent average</dt>
          <dd data-stat="average">{summary.recentAverage ?? '–'}</dd>
        </div>
        <div>
          <dt>Best score</dt>
          <dd data-stat="best">{summary.best ?? '–'}</dd>
        </div>
      </dl>
      {summary.attempts === 0 ? (
        <p class="hint">Score a reply and your progress shows here.</p>
      ) : (
        <div class="progress-grid">
          <div>
            <h3 id="scores-heading">Scores over time</h3>
            <ol
              class="score-bars"
              aria-labelledby="scores-heading"
              data-scores={summary.recent.map((a) => a.score).join(',')}
            >
              {summary.recent.map((a) => (
                <li key={a.at} title={`${a.title}: ${a.score}`}>
                  <span class="bar" style={{ height: `${Math.max(4, a.score)}%` }} aria-hidden="true" />
                  <span class="visually-hidden">
                    {a.title}: {a.score} on {new Date(a.at).toLocaleDateString()}
                  </span>
                </li>
              ))}
            </ol>
            <p class="hint">
              Your last {summary.recent.length === 1 ? 'reply' : `${summary.recent.length} replies`}, oldest first.
            </p>
          </div>
          <div>
            <h3>Goals you miss most</h3>
            {summary.mostMissed.length === 0 ? (
              <p class="hint">None yet: every goal met so far.</p>
            ) : (
              <ol class="missed" data-missed="">
                {summary.mostMissed.map((g) => (
                  <li key={g.key} data-goal={g.key}>
                    <strong>{g.label}</strong>{' '}
                    <span class="hint">
                      missed {g.missed} of {g.checked} time{g.checked === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
      <p class="hint privacy">Kept in this browser only: scores and goal counts, never what you wrote.</p>
      {summary.attempts > 0 &&
        (confirming ? (
          <div class="actions" role="group" aria-label="Clear progress?">
            <span>Clear all practice progress?</span>
            <button
              type="button"
              data-action="clear-confirm"
              onClick={() => {
                setConfirming(false);
                void practice.actions.clearProgress();
              }}
            >
              Clear
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <div class="actions">
            <button type="button" data-action="clear" onClick={() => setConfirming(true)}>
              Clear progress…
            </button>
          </div>
        ))}
    </section>
  );
}
