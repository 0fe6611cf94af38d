/** The draft badge beside the field: how many suggestions, the empathy score, and the customer's mood; it opens the panel. */
// from its own file, not the engine's index: a value from the index brings the whole engine into coach.js
import { customerFeeling } from '../../engine/listening/labelling';
import type { Report } from '../../engine';
import { trusted } from '../trusted';

function scoreColor(empathy: number): string {
  return empathy >= 70 ? '#188038' : empathy >= 45 ? '#b06000' : '#d93025';
}

export function DraftBadge({
  report,
  at,
  open,
  onClick,
}: {
  report: Report;
  at: { x: number; y: number };
  open: boolean;
  onClick(): void;
}) {
  const count = report.findings.length;
  const emotion = customerFeeling(report.customer);
  return (
    <button
      type="button"
      class="badge"
      data-badge=""
      aria-expanded={open}
      aria-label={`Empathy Coach: ${count} suggestion${count === 1 ? '' : 's'}, empathy ${report.scores.empathy} of 100${emotion ? `, customer seems ${emotion}` : ''}`}
      style={{ left: `${at.x}px`, top: `${at.y}px`, '--score': scoreColor(report.scores.empathy) }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={trusted(onClick)}
    >
      <span>{count}</span>
      <span class="score">♥ {report.scores.empathy}</span>
      {emotion && <span class="emotion">· {emotion}</span>}
    </button>
  );
}
