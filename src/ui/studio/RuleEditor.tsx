/** One rule in the studio: the fields every rule has, the fields of its kind (from the schema), its examples and allows with their results. */
import { useContext } from 'preact/hooks';
import {
  CheckboxesField,
  CheckedContext,
  GlossaryField,
  idOf,
  IssueList,
  ListField,
  SelectField,
  TextField,
  useFocusAdded,
} from './controls';
import type { FieldValue, FormCase, FormRule, GlossaryRow } from './form';
import { choices, kindFields, RULE_FIELDS, RULE_KINDS, WHEN_FIELDS, type FieldSpec } from './schema-fields';
import type { StudioStore } from './store';

/** Labels for the kinds' fields: [field label, one item's label]. */
const LABELS: Record<string, [string, string?]> = {
  phrases: ['Phrases', 'Phrase'],
  except: ['Never flag these', 'Exception'],
  match: ['Match patterns (compromise syntax)', 'Match pattern'],
  pattern: ['Regular expressions (RE2 syntax)', 'Expression'],
  caseSensitive: ['Case-sensitive'],
  below: ['Flag a sentence scoring below'],
  above: ['Flag a sentence scoring above'],
  metric: ['Metric'],
  max: ['Maximum'],
  per: ['Counted per'],
  minWords: ['Minimum words'],
  element: ['Required element'],
  label: ['Label on the checklist'],
  before: ['Must come before'],
};

const CASE_HELP = {
  examples:
    'Replies the rule must flag; “Flags” is the exact text it must flag (several separated by ;), empty for a draft-level rule.',
  allows: 'Replies the rule must leave alone.',
};

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

function KindField({
  field,
  path,
  value,
  onChange,
}: {
  field: FieldSpec;
  path: string;
  value: FieldValue | undefined;
  onChange(v: FieldValue): void;
}) {
  const [label, item] = LABELS[field.name] ?? [field.name];
  const optional = field.required ? '' : ' (optional)';
  switch (field.type) {
    case 'list':
      return (
        <ListField
          path={path}
          label={`${label}${optional}`}
          item={item ?? label}
          help={field.description}
          values={(value as string[] | undefined) ?? []}
          onChange={onChange}
        />
      );
    case 'glossary':
      return (
        <GlossaryField
          path={path}
          label={label}
          help={field.description}
          rows={(value as GlossaryRow[] | undefined) ?? []}
          onChange={onChange}
        />
      );
    case 'enum':
      return (
        <SelectField
          path={path}
          label={`${label}${optional}`}
          help={field.description}
          value={(value as string | undefined) ?? ''}
          options={field.options ?? []}
          blank={field.required ? undefined : 'none'}
          onChange={onChange}
        />
      );
    case 'boolean':
      return (
        <div class="field" data-field={path}>
          <label>
            <input
              type="checkbox"
              checked={value === true}
              onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {label}
          </label>
          <IssueList path={path} />
        </div>
      );
    default:
      return (
        <TextField
          path={path}
          label={`${label}${optional}`}
          help={field.description}
          value={(value as string | undefined) ?? ''}
          onChange={onChange}
        />
      );
  }
}

function Cases({
  which,
  base,
  cases,
  onChange,
}: {
  which: 'examples' | 'allows';
  base: string;
  cases: FormCase[];
  onChange(cases: FormCase[]): void;
}) {
  const checked = useContext(CheckedContext);
  const root = useFocusAdded(cases.length, 'input[data-case-text]');
  const path = `${base}.${which}`;
  const noun = which === 'examples' ? 'Example' : 'Allow';
  const change = (i: number, key: keyof FormCase, value: string) =>
    onChange(cases.map((c, j) => (j === i ? { ...c, [key]: value } : c)));
  return (
    <fieldset class="field cases" data-field={path} ref={root}>
      <legend>{which === 'examples' ? 'Examples: replies it flags' : 'Allows: replies it leaves alone'}</legend>
      <small class="help">{CASE_HELP[which]}</small>
      {cases.map((c, i) => {
        const at = `${path}[${i}]`;
        const result = checked.caseAt(at);
        const status = result ? (result.ok ? 'pass' : 'fail') : 'not-run';
        return (
          <div class="case" key={i} data-field={at} data-case-status={status}>
            <div class="field">
              <label for={`${idOf(at)}-text`}>{`${noun} ${i + 1}`}</label>
              <input
                id={`${idOf(at)}-text`}
                data-case-text=""
                type="text"
                value={c.text}
                onInput={(e) => change(i, 'text', (e.currentTarget as HTMLInputElement).value)}
                aria-describedby={`${idOf(at)}-status`}
              />
            </div>
            {which === 'examples' && (
              <div class="field">
                <label for={`${idOf(at)}-flags`}>{`${noun} ${i + 1} flags`}</label>
                <input
                  id={`${idOf(at)}-flags`}
                  type="text"
                  value={c.flags}
                  onInput={(e) => change(i, 'flags', (e.currentTarget as HTMLInputElement).value)}
                />
              </div>
            )}
            <div class="field">
              <label for={`${idOf(at)}-customer`}>{`${noun} ${i + 1}: the customer's message (optional)`}</label>
              <input
                id={`${idOf(at)}-customer`}
                type="text"
                value={c.customer}
                onInput={(e) => change(i, 'customer', (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <p class={`status ${status}`} id={`${idOf(at)}-status`} data-case={at}>
              {status === 'pass'
                ? '✓ passes'
                : status === 'fail'
                  ? `✗ fails: flagged ${result!.actual}, expected ${result!.expected}`
                  : 'not run until the rule has no errors'}
            </p>
            <button
              type="button"
              aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
              onClick={() => onChange(cases.filter((_, j) => j !== i))}
            >
              Remove
            </button>
            <IssueList path={at} />
          </div>
        );
      })}
      <button
        type="button"
        data-add={path}
        onClick={() => onChange([...cases, { text: '', flags: '', customer: '', channel: '' }])}
      >
        Add {noun.toLowerCase()}
      </button>
      <IssueList path={path} />
    </fieldset>
  );
}
