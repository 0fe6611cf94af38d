/** One practice scenario in the studio: the customer's message, the goals, and the model reply checked against them. */
import { useContext } from 'preact/hooks';
import { CheckboxesField, CheckedContext, idOf, IssueList, ListField, SelectField, TextField } from './controls';
import type { FormScenario } from './form';
import { choices, GOAL_FIELDS, SCENARIO_FIELDS } from './schema-fields';
import type { StudioStore } from './store';

export function ScenarioEditor({
  scenario,
  index,
  studio,
  checked: modelChecked,
}: {
  scenario: FormScenario;
  index: number;
  studio: StudioStore;
  checked: boolean;
}) {
  const { actions } = studio;
  const issuesAt = useContext(CheckedContext).issuesAt;
  const base = `scenarios[${index}]`;
  const set = (field: string, value: unknown) => actions.set(['scenarios', index, field], value);
  const headingId = `${idOf(base)}-heading`;
  const options = (name: string) =>
    SCENARIO_FIELDS[name]?.options ?? choices(name === 'channel' ? 'channel' : 'emotion');
  const modelProblems = issuesAt(`${base}.model`).length;
  return (
    <section class="scenario card" data-scenario-index={index} aria-labelledby={headingId}>
      <h3 id={headingId}>
        Scenario {index + 1}
        {scenario.title && `: ${scenario.title}`}
      </h3>
      <IssueList path={base} />
      <div class="grid">
        <TextField
          path={`${base}.id`}
          label="Scenario id"
          help={SCENARIO_FIELDS.id.description}
          value={scenario.id}
          onChange={(v) => set('id', v)}
        />
        <TextField path={`${base}.title`} label="Title" value={scenario.title} onChange={(v) => set('title', v)} />
        <TextField
          path={`${base}.situation`}
          label="Situation"
          help={SCENARIO_FIELDS.situation.description}
          value={scenario.situation}
          onChange={(v) => set('situation', v)}
        />
        <SelectField
          path={`${base}.difficulty`}
          label="Difficulty"
          value={scenario.difficulty}
          options={options('difficulty')}
          onChange={(v) => set('difficulty', v)}
        />
        <SelectField
          path={`${base}.channel`}
          label="Channel"
          value={scenario.channel}
          options={options('channel')}
          onChange={(v) => set('channel', v)}
        />
        <SelectField
          path={`${base}.emotion`}
          label="The customer feels"
          help={SCENARIO_FIELDS.emotion.description}
          value={scenario.emotion}
          options={options('emotion')}
          onChange={(v) => set('emotion', v)}
        />
        <TextField
          path={`${base}.customer`}
          label="Customer's name (optional)"
          value={scenario.customer}
          onChange={(v) => set('customer', v)}
        />
      </div>
      {'thread' in scenario.extra ? (
        <p class="note">
          This scenario is a conversation (a “thread”): edit it in the YAML file; the studio keeps it as it is.
        </p>
      ) : (
        <TextField
          path={`${base}.message`}
          label="Customer's message"
          help={SCENARIO_FIELDS.message.description}
          multiline
          value={scenario.message}
          onChange={(v) => set('message', v)}
        />
      )}
      <div data-field={`${base}.goals`}>
        <CheckboxesField
          path={`${base}.goals.elements`}
          label="Goals: the reply contains"
          help={SCENARIO_FIELDS.goals.description}
          values={scenario.goals.elements}
          options={GOAL_FIELDS.elements ? choices('element') : []}
          onChange={(v) => set('goals', { ...scenario.goals, elements: v })}
        />
        <ListField
          path={`${base}.goals.rules`}
          label="Goals: the reply draws none of these rules"
          item="Rule"
          values={scenario.goals.rules}
          onChange={(v) => set('goals', { ...scenario.goals, rules: v })}
        />
        <IssueList path={`${base}.goals`} />
      </div>
      <TextField
        path={`${base}.model`}
        label="Model reply"
        help={SCENARIO_FIELDS.model.description}
        multiline
        value={scenario.model}
        onChange={(v) => set('model', v)}
      />
      {scenario.model && (
        <p class={`status ${modelChecked ? (modelProblems ? 'fail' : 'pass') : 'not-run'}`} data-model-status={base}>
          {!modelChecked
            ? 'Checked against its goals once the pack has no errors.'
            : modelProblems
              ? '✗ the model reply misses goals (above)'
              : '✓ the model reply meets every goal'}
        </p>
      )}
      <TextField
        path={`${base}.notes`}
        label="Notes shown after an attempt (optional)"
        multiline
        value={scenario.notes}
        onChange={(v) => set('notes', v)}
      />
      <button type="button" class="danger" onClick={() => actions.removeScenario(index)}>
        Remove scenario {index + 1}
      </button>
    </section>
  );
}
