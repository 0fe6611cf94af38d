/**
 * The options page's insights: the agent's own coaching over time, counted locally and never holding a word
 * they wrote. Findings by category per day, suggestions applied and dismissed per rule, the average empathy
 * score, the habits improving and recurring most; exports for a trainer, and "clear my data".
 */
import { useState } from 'preact/hooks';
import {
  allTime,
  averageEmpathy,
  dayKey,
  habits,
  insightsCsv,
  insightsJson,
  lastDays,
  ruleOutcomes,
  sumOf,
  totalOf,
  type Habit,
} from '../../insights';
import { useStoreState, type InsightsStore } from '../stores';
import { EmpathyChart, FindingsByDayChart, OutcomesChart } from './charts';
import { download } from './download';
import { ruleInfos } from './rule-rows';
import { type OptionsStore } from './store';

const RANGES = [7, 30, 90, 365];

export function InsightsSection({
  options,
  insights: insightsStore,
}: {
  options: OptionsStore;
  insights: InsightsStore;
}) {
  const { insights } = useStoreState(insightsStore.store);
  const optionsState = useStoreState(options.store);
  const [range, setRange] = useState(30);
  const [status, setStatus] = useState('');
  const today = dayKey(new Date());
  const points = lastDays(insights, today, range);
  const total = totalOf(points);
  const ever = allTime(insights);
  const messages = new Map(
    ruleInfos(optionsState.subscriptions, optionsState.states, optionsState.policy, optionsState.settings).map((r) => [
      r.rule,
      r.message,
    ]),
  );
  const { improving, recurring, window } = habits(insights, today);
  const empathy = averageEmpathy(total);

  const clear = async () => {
    if (!confirm('Clear every count Empathy Coach kept? This cannot be undone.')) return;
    await insightsStore.actions.clear();
    setStatus('Your counts are cleared.');
  };
  const stamp = today;

  return (
    <section class="section" aria-labelledby="insights-heading" data-section="insights">
      <h2 id="insights-heading">Insights</h2>
      <p class="lead">
        Counted on this computer only, and never a word you wrote: how many drafts were coached, what was found, what
        you did with it.
      </p>
      <div class="field range">
        <label for="insights-range">Period</label>
        <select
          id="insights-range"
          value={String(range)}
          onChange={(e) => setRange(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {RANGES.map((r) => (
            <option key={r} value={String(r)}>
              last {r} days
            </option>
          ))}
        </select>
      </div>
      <dl class="stats" data-stats="">
        <div>
          <dt>Drafts coached</dt>
          <dd data-stat="drafts">{total.drafts}</dd>
        </div>
        <div>
          <dt>Findings</dt>
          <dd data-stat="findings">{sumOf(total.categories)}</dd>
        </div>
        <div>
          <dt>Suggestions applied</dt>
          <dd data-stat="applied">{sumOf(total.applied)}</dd>
        </div>
        <div>
          <dt>Dismissed</dt>
          <dd data-stat="dismissed">{sumOf(total.ignored)}</dd>
        </div>
        <div>
          <dt>Average empathy</dt>
          <dd data-stat="empathy">{empathy ?? '–'}</dd>
        </div>
      </dl>
      {ever.drafts > total.drafts && (
        <p class="hint">
          {ever.drafts} drafts coached in all{insights.older ? `, since ${insights.older.from}` : ''}.
        </p>
      )}
      <h3>Findings by category</h3>
      <FindingsByDayChart points={points} />
      <h3>Suggestions applied and dismissed</h3>
      <OutcomesChart outcomes={ruleOutcomes(total)} label={(rule) => rule} />
      <h3>Average empathy score</h3>
      <EmpathyChart points={points.map((p) => ({ day: p.day, value: averageEmpathy(p.counts) }))} />
      <div class="habits">
        <div>
          <h3 id="improving-heading">Improving most</h3>
          <HabitList
            id="improving"
            habits={improving}
            messages={messages}
            empty={`Not enough yet: this compares the last ${window} days with the ${window} before.`}
            describe={(h) => `${per10(h.before)} → ${per10(h.recent)} per 10 drafts`}
          />
        </div>
        <div>
          <h3 id="recurring-heading">Recurring most</h3>
          <HabitList
            id="recurring"
            habits={recurring}
            messages={messages}
            empty={`Nothing found in the last ${window} days.`}
            describe={(h) => `${h.count} in the last ${window} days (${per10(h.recent)} per 10 drafts)`}
          />
        </div>
      </div>
      <div class="toolbar">
        <button
          type="button"
          data-action="export-csv"
          onClick={() => download(`empathy-coach-insights-${stamp}.csv`, 'text/csv', insightsCsv(insights))}
        >
          Export counts (CSV)
        </button>
        <button
          type="button"
          data-action="export-json"
          onClick={() =>
            download(`empathy-coach-insights-${stamp}.json`, 'application/json', insightsJson(insights, new Date()))
          }
        >
          Export counts (JSON)
        </button>
        <button type="button" class="danger" data-action="clear-insights" onClick={clear}>
          Clear my data
        </button>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </section>
  );
}

const per10 = (rate: number) => (Math.round(rate * 100) / 10).toString();

function HabitList({
  id,
  habits,
  messages,
  empty,
  describe,
}: {
  id: string;
  habits: Habit[];
  messages: Map<string, string>;
  empty: string;
  describe(h: Habit): string;
}) {
  if (!habits.length) return <p class="hint">{empty}</p>;
  return (
    <ol class="habit-list" aria-labelledby={`${id}-heading`} data-habits={id}>
      {habits.map((h) => (
        <li key={h.rule} data-rule={h.rule}>
          <span>{messages.get(h.rule) ?? h.rule}</span> <code>{h.rule}</code>
          <br />
          <small>{describe(h)}</small>
        </li>
      ))}
    </ol>
  );
}
