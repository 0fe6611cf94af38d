/**
 * Choosing a scenario: filters by pack, situation and difficulty, the matching scenarios (with the agent's best
 * score on those done), and "Surprise me".
 */
import type { Difficulty } from '../../engine';
import { filterScenarios } from '../../practice';
import type { PracticeState, PracticeStore } from './store';
import { situationLabel } from './view';

const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export function ScenarioPicker({
  state,
  practice,
  onOpen,
}: {
  state: PracticeState;
  practice: PracticeStore;
  onOpen(): void;
}) {
  const { facets, filter, progress, current } = state;
  const matching = filterScenarios(state.scenarios, filter);
  const { actions } = practice;

  return (
    <section class="picker" aria-labelledby="picker-heading" data-section="picker">
      <h2 id="picker-heading">Scenarios</h2>
      <div class="filters">
        <label class="field">
          <span>Pack</span>
          <select
            data-filter="pack"
            value={filter.pack ?? ''}
            onChange={(e) => actions.setFilter({ pack: e.currentTarget.value || undefined })}
          >
            <option value="">Any pack</option>
            {facets.packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Situation</span>
          <select
            data-filter="situation"
            value={filter.situation ?? ''}
            onChange={(e) => actions.setFilter({ situation: e.currentTarget.value || undefined })}
          >
            <option value="">Any situation</option>
            {facets.situations.map((s) => (
              <option key={s.situation} value={s.situation}>
                {situationLabel(s.situation)} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Difficulty</span>
          <select
            data-filter="difficulty"
            value={filter.difficulty ?? ''}
            onChange={(e) =>
              actions.setFilter({ difficulty: (e.currentTarget.value || undefined) as Difficulty | undefined })
            }
          >
            <option value="">Any difficulty</option>
            {facets.difficulties.map((d) => (
              <option key={d.difficulty} value={d.difficulty}>
                {DIFFICULTY_LABELS[d.difficulty]} ({d.count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          data-action="surprise"
          disabled={!state.scenarios.length}
          onClick={() => {
            if (actions.surprise()) onOpen();
          }}
        >
          Surprise me
        </button>
        <span class="hint" role="status" aria-live="polite">
          {matching.length} scenario{matching.length === 1 ? '' : 's'}
        </span>
      </div>
      {matching.length === 0 ? (
        <p class="hint">No scenario matches these choices.</p>
      ) : (
        <ul class="scenario-list" aria-label="Matching scenarios">
          {matching.map((s) => {
            const done = progress.scenarios[s.key];
            return (
              <li key={s.key}>
                <button
                  type="button"
                  data-scenario={s.key}
                  aria-current={current?.key === s.key ? 'true' : undefined}
                  onClick={() => {
                    actions.choose(s.key);
                    onOpen();
                  }}
                >
                  <span class="scenario-title">{s.title}</span>
                  <span class="scenario-meta">
                    {situationLabel(s.situation)} · {DIFFICULTY_LABELS[s.difficulty]} · {s.channel}
                    {done && (
                      <span class="done" data-best={done.best}>
                        {' '}
                        · best {done.best}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export { DIFFICULTY_LABELS };
