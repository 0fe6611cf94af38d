/**
 * The draft badge for a draft in a language no pack coaches: no count and no score (there are none), just what
 * is going on, so the agent does not read the silence as "nothing to improve".
 */
import { noCoachingText } from '../../engine/lang/names';
import type { Report } from '../../engine/types';

export function NoCoachingBadge({ report, at }: { report: Report; at: { x: number; y: number } }) {
  const text = noCoachingText(report.language ?? '');
  return (
    <span
      class="badge"
      data-badge=""
      data-no-coaching={report.language}
      role="status"
      title={`${text}. Packs for more languages can be added in the options.`}
      style={{ left: `${at.x}px`, top: `${at.y}px`, '--score': '#5f6368' }}
    >
      <span class="score">{text}</span>
    </span>
  );
}
