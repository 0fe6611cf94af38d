/** One rule in the studio: the fields every rule has, the fields of its kind (from the schema), its examples and allows with their results. */
import { Cases } from './Cases';
import { CheckboxesField, idOf, IssueList, ListField, SelectField, TextField } from './controls';
import type { FormRule } from './form';
import { KindField } from './KindField';
import { choices, kindFields, RULE_FIELDS, RULE_KINDS, WHEN_FIELDS } from './schema-fields';
import type { StudioStore } from './store';

export function RuleEditor({
  rule,
  index,
  studio,
  preview,
}: {
  rule: FormRule;
  index: number;
  studio: StudioStore;
  preview?: string;
}) {
  const { actions } = studio;
  const base = `rules[${index}]`;
  const set = (field: string, value: unknown) => actions.set(['rules', index, field], value);
  const headingId = `${idOf(base)}-heading`;
  return (
    <section class="rule card" data-rule-index={index} aria-labelledby={headingId}>
      <h3 id={headingId}>
        Rule {index + 1}
        {rule.id && `: ${rule.id}`}
      </h3>
      <IssueList path={base} />
      <div class="grid">
        <TextField
          path={`${base}.id`}
          label="Rule id"
          help={RULE_FIELDS.id.description}
          value={rule.id}
          onChange={(v) => set('id', v)}
        />
        <SelectField
          path={`${base}.kind`}
          label="Kind"
          value={rule.kind}
          options={RULE_KINDS}
          onChange={(v) => actions.setKind(index, v)}
        />
        <SelectField
          path={`${base}.category`}
          label="Category"
          value={rule.category}
          options={RULE_FIELDS.category.options ?? []}
          onChange={(v) => set('category', v)}
        />
        <SelectField
          path={`${base}.severity`}
          label="Severity"
          value={rule.severity}
          options={RULE_FIELDS.severity.options ?? []}
          onChange={(v) => set('severity', v)}
        />
      </div>
      {kindFields(rule.kind).map((field) => (
        <KindField
          key={field.name}
          field={field}
          path={`${base}.${field.name}`}
          value={rule.fields[field.name]}
          onChange={(v) => actions.set(['rules', index, 'fields', field.name], v)}
        />
      ))}
      <TextField
        path={`${base}.message`}
        label="Message"
        help={RULE_FIELDS.message.description}
        value={rule.message}
        onChange={(v) => set('message', v)}
      />
      <p class="preview" data-preview={base} aria-live="polite">
        {preview ? (
          <>
            Agents read: <span class="message-preview">{preview}</span>
          </>
        ) : (
          'Agents read the message here once the first example flags something.'
        )}
      </p>
      <TextField
        path={`${base}.why`}
        label="Why it matters (optional)"
        help={RULE_FIELDS.why.description}
        value={rule.why}
        onChange={(v) => set('why', v)}
      />
      <ListField
        path={`${base}.suggest`}
        label="Suggestions (optional)"
        item="Suggestion"
        values={rule.suggest}
        onChange={(v) => set('suggest', v)}
      />
      <Cases which="examples" base={base} cases={rule.examples} onChange={(v) => set('examples', v)} />
      <Cases which="allows" base={base} cases={rule.allows} onChange={(v) => set('allows', v)} />
      <fieldset class="when" data-field={`${base}.when`}>
        <legend>Only when (optional)</legend>
        <small class="help">{RULE_FIELDS.when.description}</small>
        <CheckboxesField
          path={`${base}.when.emotion`}
          label="The customer feels"
          values={rule.when.emotion}
          options={WHEN_FIELDS.emotion ? choices('emotion') : []}
          onChange={(v) => set('when', { ...rule.when, emotion: v })}
        />
        <SelectField
          path={`${base}.when.channel`}
          label="On the channel"
          value={rule.when.channel}
          options={choices('channel')}
          blank="any channel"
          onChange={(v) => set('when', { ...rule.when, channel: v })}
        />
        <IssueList path={`${base}.when`} />
      </fieldset>
      <button type="button" class="danger" data-action="remove-rule" onClick={() => actions.removeRule(index)}>
        Remove rule {index + 1}
      </button>
    </section>
  );
}
