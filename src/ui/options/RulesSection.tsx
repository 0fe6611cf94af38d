/**
 * The options page's rules section: every rule in force, searchable and filtered by category, each with its
 * message, why it matters and its examples, and a switch (disabled, with the reason, when policy or a pack
 * decides). Changes go to settings; open tabs redraw at once.
 */
import { useMemo, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../engine';
import { CATEGORIES, type Category } from '../../engine/types';
import { filterRules, ruleInfos, type RuleInfo } from './rule-rows';
import { useStoreState, type OptionsStore } from './store';

export function RulesSection({ options }: { options: OptionsStore }) {
  const state = useStoreState(options.store);
  const rules = useMemo(
    () => ruleInfos(state.subscriptions, state.states, state.policy, state.settings),
    [state.subscriptions, state.states, state.policy, state.settings],
  );
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const shown = filterRules(rules, search, category);
  const on = rules.filter((r) => r.enabled).length;

  return (
    <section class="section" aria-labelledby="rules-heading" data-section="rules">
      <h2 id="rules-heading">Rules</h2>
      <p class="lead">
        {on} of {rules.length} rules are on. Turn off what doesn’t fit your team; each rule says what it looks for and
        why it matters to the customer.
      </p>
      <div class="filters">
        <div class="field">
          <label for="rule-search">Search rules</label>
          <input
            id="rule-search"
            type="search"
            value={search}
            onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
            placeholder="e.g. blame, sorry, jargon"
          />
        </div>
        <div class="field">
          <label for="rule-category">Category</label>
          <select
            id="rule-category"
            value={category}
            onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as Category | '')}
          >
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" aria-live="polite" class="hint" data-rule-count={shown.length}>
        {shown.length === rules.length
          ? `Showing all ${rules.length} rules.`
          : `Showing ${shown.length} of ${rules.length} rules.`}
      </p>
      <ul class="rule-list" aria-label="Rules">
        {shown.map((rule) => (
          <RuleItem key={rule.rule} rule={rule} options={options} />
        ))}
      </ul>
    </section>
  );
}

function RuleItem({ rule, options }: { rule: RuleInfo; options: OptionsStore }) {
  const id = `rule-${rule.rule.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li class="rule" data-rule-item={rule.rule} data-category={rule.category}>
      <div class="rule-head">
        <input
          id={id}
          type="checkbox"
          data-rule={rule.rule}
          checked={rule.enabled}
          disabled={Boolean(rule.locked)}
          aria-describedby={rule.locked ? `${id}-locked` : undefined}
          onChange={(event) =>
            void options.actions.setRuleEnabled(rule.rule, (event.currentTarget as HTMLInputElement).checked)
          }
        />
        <label for={id}>
          <span class="rule-title">{rule.message}</span> <code>{rule.rule}</code>
        </label>
        <span class="tag">
          {CATEGORY_LABELS[rule.category]} · {rule.severity}
        </span>
        {rule.locked && (
          <span id={`${id}-locked`} class="hint">
            ({rule.locked})
          </span>
        )}
      </div>
      <details>
        <summary>Why and examples</summary>
        {rule.why && <p class="why">{rule.why}</p>}
        {rule.examples.length > 0 && (
          <>
            <h4>Flags</h4>
            <ul class="examples">
              {rule.examples.map((e) => (
                <li key={e.text}>
                  {e.text}
                  {e.flags.length > 0 && <span class="hint"> — flags “{e.flags.join('”, “')}”</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {rule.allows.length > 0 && (
          <>
            <h4>Leaves alone</h4>
            <ul class="examples">
              {rule.allows.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </>
        )}
        <p class="hint">From the {rule.packName} pack.</p>
      </details>
    </li>
  );
}
