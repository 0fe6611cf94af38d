/** One field of a rule's kind (phrases, swap, pattern, element…), drawn from the schema's description of the kind. */
import { GlossaryField, IssueList, ListField, SelectField, TextField } from './controls';
import type { FieldValue, GlossaryRow } from './form';
import type { FieldSpec } from './schema-fields';

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

export function KindField({
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
