/** The draft's panel: its scores with the signals behind them, the checklist, the customer's questions, every finding. */
// from its own file, not the engine's index: a value from the index brings the whole engine into coach.js
import { customerFeeling } from '../../engine/listening/labelling';
import type { ChecklistItem, Report } from '../../engine';
import { trusted } from '../trusted';
import type { OverlayActions, OverlayState } from './Overlay';
import { Questions } from './Questions';
import { categoryColor } from './styles';

export function DraftPanel({
  report,
  at,
  state,
  actions,
}: {
  report: Report;
  at: { x: number; y: number };
  state: OverlayState;
  actions: OverlayActions;
}) {
  const ids = new Map(state.underlines.map((u) => [u.finding, u.id]));
  const left = Math.max(8, Math.min(at.x - 300, state.viewport.width - 348));
  const bottom = Math.max(8, state.viewport.height - at.y + 6);
  const feeling = customerFeeling(report.customer);
  return (
    <div
      class="panel"
      role="dialog"
      aria-label="Draft coaching"
      data-panel=""
      style={{ left: `${left}px`, bottom: `${bottom}px` }}
    >
      <h2>
        Empathy {report.scores.empathy}/100 · tone{' '}
        {report.scores.tone > 0.2 ? 'warm' : report.scores.tone < -0.2 ? 'harsh' : 'neutral'}
        {feeling ? ` · customer ${feeling}` : ''}
      </h2>
      {report.checklist.length > 0 && <Checklist items={report.checklist} />}
      {(report.questions?.length || report.reflection) && (
        <Questions questions={report.questions ?? []} reflection={report.reflection} />
      )}
      <ul>
        {report.findings.map((f) => {
          const id =
            ids.get(f) ?? state.underlines.find((u) => u.finding.rule === f.rule && u.finding.start === f.start)?.id;
          return (
            <li style={categoryColor(f)}>
              <button
                type="button"
                class="finding"
                disabled={!id}
                onClick={trusted(() => id && actions.openFinding(id))}
              >
                {f.text ? `“${f.text}” — ` : ''}
                {f.message}
              </button>
            </li>
          );
        })}
      </ul>
      {report.scores.signals.length > 0 && (
        <p class="signals">
          {report.scores.signals.map((s) => `${s.delta > 0 ? '+' : '−'}${Math.abs(s.delta)} ${s.label}`).join(' · ')}
        </p>
      )}
      {report.scores.toneSignals.length > 0 && (
        <p class="signals" data-tone-signals="">
          Tone: {report.scores.toneSignals.map((s) => `${s.delta > 0 ? '+' : '−'} ${s.label}`).join(' · ')}
        </p>
      )}
    </div>
  );
}

function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ul class="checklist" aria-label="Reply checklist">
      {items.map((c) => (
        <li class={c.present ? 'ok' : 'missing'} data-element={c.element} data-present={String(c.present)}>
          <span aria-hidden="true">{c.present ? '✓' : '○'}</span>
          {c.label}
        </li>
      ))}
    </ul>
  );
}
