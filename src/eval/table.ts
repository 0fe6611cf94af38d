/** The one table `npm run eval` prints: each figure, its value, and (optionally) the value before a change. */
import type { Figure } from './figures';

export function formatValue(f: Pick<Figure, 'unit' | 'value'>): string {
  switch (f.unit) {
    case '%':
      return `${(f.value * 100).toFixed(1)}%`;
    case 'count':
      return String(f.value);
    case 'per 100 words':
      return f.value.toFixed(2);
    default:
      return f.value.toFixed(3);
  }
}

export function formatTable(figures: readonly Figure[], ratchet?: Record<string, number>): string {
  const rows = figures.map((f) => {
    const stored = ratchet?.[f.key];
    const mark = stored === undefined || !f.better ? '' : passes(f, stored) ? '' : '  ✗ below ratchet';
    const interval = f.interval
      ? `${formatValue({ unit: f.unit, value: f.interval[0] })}–${formatValue({ unit: f.unit, value: f.interval[1] })}`
      : '';
    return [
      f.label,
      formatValue(f),
      interval,
      stored === undefined ? '' : formatValue({ unit: f.unit, value: stored }),
      (f.compare ?? '') + mark,
    ];
  });
  const head = ['figure', 'value', '90% interval', 'ratchet', 'compare'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Floating-point slack only: a figure that really moved is never excused. */
export const TOLERANCE = 1e-9;

export function passes(f: Pick<Figure, 'better' | 'value'>, stored: number): boolean {
  if (f.better === 'higher') return f.value >= stored - TOLERANCE;
  if (f.better === 'lower') return f.value <= stored + TOLERANCE;
  return true;
}
