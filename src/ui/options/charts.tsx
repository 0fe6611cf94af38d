/**
 * Light SVG charts for the insights: no chart library, a few hundred lines of markup at most. Each chart is an
 * image with a title and a description for screen readers, and its numbers are also in a table under it.
 */
import type { ComponentChildren } from 'preact';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../../engine';
import { CATEGORIES } from '../../engine/types';
import type { DayPoint, RuleOutcome } from '../../insights';

const W = 640;
const H = 200;
const PAD = { left: 34, right: 8, top: 10, bottom: 24 };
// colours with at least 3:1 against white for shapes (WCAG 1.4.11); text is always the page's own colour
const APPLIED = '#137333';
const DISMISSED = '#80868b';
const LINE = '#1a73e8';

/** A round axis top above `max`, and the grid values under it. */
function scale(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 4, ticks: [0, 2, 4] };
  const step = 10 ** Math.floor(Math.log10(max));
  const top = [1, 2, 2.5, 5, 10].map((m) => m * step).find((t) => t >= max) ?? max;
  return { top, ticks: [0, top / 2, top] };
}

const shortDay = (day: string) => {
  const [, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}`;
};

function Frame({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ComponentChildren;
}) {
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

function Grid({ ticks, top, label }: { ticks: number[]; top: number; label?: (v: number) => string }) {
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / top);
  return (
    <g aria-hidden="true">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} class="grid" />
          <text x={PAD.left - 4} y={y(t) + 4} text-anchor="end" class="tick">
            {label ? label(t) : t}
          </text>
        </g>
      ))}
    </g>
  );
}

function DayLabels({ days, x }: { days: string[]; x: (i: number) => number }) {
  const every = Math.max(1, Math.ceil(days.length / 8));
  return (
    <g aria-hidden="true">
      {days.map((d, i) =>
        (i % every === 0 && days.length - 1 - i >= every / 2) || i === days.length - 1 ? (
          <text key={d} x={x(i)} y={H - 6} text-anchor="middle" class="tick">
            {shortDay(d)}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Findings by category per day, stacked. */
export function FindingsByDayChart({ points }: { points: DayPoint[] }) {
  const totals = points.map((p) => CATEGORIES.reduce((n, c) => n + (p.counts.categories[c] ?? 0), 0));
  const { top, ticks } = scale(Math.max(0, ...totals));
  const band = (W - PAD.left - PAD.right) / points.length;
  const barW = Math.max(1, Math.min(24, band * 0.7));
  const x = (i: number) => PAD.left + band * (i + 0.5);
  const h = (v: number) => ((H - PAD.top - PAD.bottom) * v) / top;
  const sum = totals.reduce((a, b) => a + b, 0);
  return (
    <figure class="chart-figure">
      <Frame
        id="findings-by-day"
        title="Findings by category per day"
        description={`${sum} findings over ${points.length} days, stacked by category; the table below has the numbers.`}
      >
        <Grid ticks={ticks} top={top} />
        {points.map((p, i) => {
          let y = H - PAD.bottom;
          return (
            <g key={p.day}>
              {CATEGORIES.map((c) => {
                const n = p.counts.categories[c] ?? 0;
                if (!n) return null;
                y -= h(n);
                return (
                  <rect
                    key={c}
                    x={x(i) - barW / 2}
                    y={y}
                    width={barW}
                    height={h(n)}
                    fill={CATEGORY_COLORS[c]}
                    data-category={c}
                  >
                    <title>{`${p.day}: ${n} ${CATEGORY_LABELS[c].toLowerCase()}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <DayLabels days={points.map((p) => p.day)} x={x} />
      </Frame>
      <figcaption>
        <ul class="legend">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <span class="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              {CATEGORY_LABELS[c]}
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>Findings by day as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {CATEGORIES.map((c) => (
                <th scope="col" key={c}>
                  {CATEGORY_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points
              .filter((_, i) => totals[i] > 0)
              .map((p) => (
                <tr key={p.day}>
                  <th scope="row">{p.day}</th>
                  {CATEGORIES.map((c) => (
                    <td key={c}>{p.counts.categories[c] ?? 0}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Suggestions applied and dismissed, per rule: a pair of bars each. */
export function OutcomesChart({ outcomes, label }: { outcomes: RuleOutcome[]; label(rule: string): string }) {
  if (!outcomes.length)
    return (
      <p class="hint" data-chart="outcomes">
        No suggestion applied or dismissed in this period.
      </p>
    );
  const row = 34;
  const height = Math.max(60, outcomes.length * row + 10);
  const left = 200;
  const max = Math.max(1, ...outcomes.flatMap((o) => [o.applied, o.ignored]));
  const w = (v: number) => ((W - left - 40) * v) / max;
  return (
    <figure class="chart-figure">
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby="outcomes-title outcomes-desc"
        data-chart="outcomes"
      >
        <title id="outcomes-title">Suggestions applied and dismissed per rule</title>
        <desc id="outcomes-desc">
          {outcomes.map((o) => `${o.rule}: ${o.applied} applied, ${o.ignored} dismissed`).join('; ') ||
            'No suggestion applied or dismissed yet.'}
        </desc>
        {outcomes.map((o, i) => {
          const y = 6 + i * row;
          return (
            <g key={o.rule} data-rule={o.rule}>
              <text x={left - 8} y={y + 16} text-anchor="end" class="label">
                {truncate(label(o.rule), 30)}
              </text>
              <rect x={left} y={y} width={w(o.applied)} height={12} fill={APPLIED} />
              <text x={left + w(o.applied) + 4} y={y + 10} class="tick" data-applied={o.applied}>
                {o.applied}
              </text>
              <rect x={left} y={y + 14} width={w(o.ignored)} height={12} fill={DISMISSED} />
              <text x={left + w(o.ignored) + 4} y={y + 24} class="tick" data-dismissed={o.ignored}>
                {o.ignored}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          <li>
            <span class="swatch" style={{ background: APPLIED }} aria-hidden="true" />
            Applied
          </li>
          <li>
            <span class="swatch" style={{ background: DISMISSED }} aria-hidden="true" />
            Dismissed
          </li>
        </ul>
      </figcaption>
      <details>
        <summary>Applied and dismissed as a table</summary>
        <table data-table="outcomes">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Applied</th>
              <th scope="col">Dismissed</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.rule} data-rule={o.rule}>
                <th scope="row">
                  <code>{o.rule}</code>
                </th>
                <td data-field="applied">{o.applied}</td>
                <td data-field="dismissed">{o.ignored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The average empathy score of the day's drafts, 0–100; days without drafts leave a gap. */
export function EmpathyChart({ points }: { points: Array<{ day: string; value: number | null }> }) {
  const band = (W - PAD.left - PAD.right) / points.length;
  const x = (i: number) => PAD.left + band * (i + 0.5);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / 100);
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const known = points.filter((p) => p.value !== null);
  return (
    <figure class="chart-figure">
      <Frame
        id="empathy"
        title="Average empathy score of drafts per day"
        description={
          known.length
            ? `From ${known[0].value} on ${known[0].day} to ${known[known.length - 1].value} on ${known[known.length - 1].day}, out of 100.`
            : 'No draft coached in this period.'
        }
      >
        <Grid ticks={[0, 50, 100]} top={100} />
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={LINE} stroke-width={2} />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <circle key={p.day} cx={x(i)} cy={y(p.value)} r={3} fill={LINE}>
              <title>{`${p.day}: ${p.value}`}</title>
            </circle>
          ),
        )}
        <DayLabels days={points.map((p) => p.day)} x={x} />
      </Frame>
    </figure>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
