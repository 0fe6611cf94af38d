/**
 * The studio's form controls: each has a visible label, the schema's help text, and the problems the live
 * check placed at its path, tied to it with aria-describedby and aria-invalid. Native inputs throughout, so the
 * studio works from the keyboard and with a screen reader as it is.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { PackIssue } from '../../engine';
import type { CaseResult } from './check';
import type { GlossaryRow } from './form';

export interface Checked {
  issuesAt(path: string): PackIssue[];
  caseAt(path: string): CaseResult | undefined;
}

export const CheckedContext = createContext<Checked>({ issuesAt: () => [], caseAt: () => undefined });

export const idOf = (path: string) => `f-${path.replace(/[^a-z0-9]+/gi, '-')}`;

export function IssueList({ path }: { path: string }) {
  const issues = useContext(CheckedContext).issuesAt(path);
  if (!issues.length) return null;
  return (
    <ul class="issues" id={`${idOf(path)}-issues`} data-issues-for={path}>
      {issues.map((issue) => (
        <li key={issue.message} data-issue={issue.path}>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** aria attributes of a control at `path`: its help and its problems. */
function useDescribed(path: string, help?: string) {
  return described(useContext(CheckedContext), path, help);
}

function described(checked: Checked, path: string, help?: string) {
  const issues = checked.issuesAt(path);
  const ids = [help ? `${idOf(path)}-help` : '', issues.length ? `${idOf(path)}-issues` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': issues.length ? ('true' as const) : undefined };
}

interface FieldProps {
  path: string;
  label: string;
  help?: string;
  children?: ComponentChildren;
}

function Shell({ path, label, help, control }: FieldProps & { control: ComponentChildren }) {
  return (
    <div class="field" data-field={path}>
      <label for={idOf(path)}>{label}</label>
      {control}
      {help && (
        <small id={`${idOf(path)}-help`} class="help">
          {help}
        </small>
      )}
      <IssueList path={path} />
    </div>
  );
}

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function TextField({
  path,
  label,
  help,
  value,
  onChange,
  multiline,
  placeholder,
}: FieldProps & { value: string; onChange(v: string): void; multiline?: boolean; placeholder?: string }) {
  const described = useDescribed(path, help);
  const common = { id: idOf(path), value, placeholder, onInput: (e: Event) => onChange(valueOf(e)), ...described };
  return (
    <Shell
      path={path}
      label={label}
      help={help}
      control={multiline ? <textarea rows={4} {...common} /> : <input type="text" spellcheck={false} {...common} />}
    />
  );
}

export function SelectField({
  path,
  label,
  help,
  value,
  options,
  onChange,
  blank,
}: FieldProps & { value: string; options: string[]; onChange(v: string): void; blank?: string }) {
  const described = useDescribed(path, help);
  // a value the schema does not know (from an imported file) stays visible, with its error beside it
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <Shell
      path={path}
      label={label}
      help={help}
      control={
        <select id={idOf(path)} value={value} onChange={(e) => onChange(valueOf(e))} {...described}>
          {(blank !== undefined || !value) && <option value="">{blank ?? 'Choose…'}</option>}
          {all.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      }
    />
  );
}

export function CheckboxesField({
  path,
  label,
  help,
  values,
  options,
  onChange,
}: FieldProps & { values: string[]; options: string[]; onChange(v: string[]): void }) {
  return (
    <fieldset class="field choices" data-field={path}>
      <legend>{label}</legend>
      {help && <small class="help">{help}</small>}
      {options.map((o) => (
        <label key={o} class="choice">
          <input
            type="checkbox"
            checked={values.includes(o)}
            onChange={(e) =>
              onChange((e.currentTarget as HTMLInputElement).checked ? [...values, o] : values.filter((v) => v !== o))
            }
          />{' '}
          {o}
        </label>
      ))}
      <IssueList path={path} />
    </fieldset>
  );
}

/** Moves the focus to the row just added, so "Add" then typing works from the keyboard. */
export function useFocusAdded(count: number, selector: string) {
  const root = useRef<HTMLFieldSetElement>(null);
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) root.current?.querySelectorAll<HTMLElement>(selector)[count - 1]?.focus();
    previous.current = count;
  }, [count]);
  return root;
}

/** A list of short texts (phrases, suggestions, patterns): one input per item, each with its own problems. */
export function ListField({
  path,
  label,
  item,
  help,
  values,
  onChange,
}: FieldProps & { item: string; values: string[]; onChange(v: string[]): void }) {
  const root = useFocusAdded(values.length, 'input[data-item]');
  const checked = useContext(CheckedContext);
  return (
    <fieldset class="field list" data-field={path} ref={root}>
      <legend>{label}</legend>
      {help && <small class="help">{help}</small>}
      {values.map((value, i) => {
        const at = `${path}[${i}]`;
        return (
          <div class="row" key={i} data-field={at}>
            <label for={idOf(at)} class="visually-hidden">{`${item} ${i + 1}`}</label>
            <input
              id={idOf(at)}
              type="text"
              data-item=""
              value={value}
              spellcheck={false}
              onInput={(e) => onChange(values.map((v, j) => (j === i ? valueOf(e) : v)))}
              {...described(checked, at)}
            />
            <RemoveButton
              label={`Remove ${item.toLowerCase()} ${i + 1}`}
              onClick={() => onChange(without(values, i))}
            />
            <IssueList path={at} />
          </div>
        );
      })}
      <AddButton path={path} onClick={() => onChange([...values, ''])}>
        Add {item.toLowerCase()}
      </AddButton>
    </fieldset>
  );
}

/** A swap rule's glossary: our word in one column, the customer's words in the other. */
export function GlossaryField({
  path,
  help,
  rows,
  onChange,
}: FieldProps & { rows: GlossaryRow[]; onChange(rows: GlossaryRow[]): void }) {
  const root = useFocusAdded(rows.length, 'input[data-term]');
  const change = (i: number, key: keyof GlossaryRow, value: string) => onChange(patchedAt(rows, i, { [key]: value }));
  return (
    <fieldset class="field glossary" data-field={path} ref={root}>
      <legend>Glossary</legend>
      {help && <small class="help">{help}</small>}
      <table>
        <thead>
          <tr>
            <th scope="col">Our word</th>
            <th scope="col">Say instead (alternatives separated by ;)</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  type="text"
                  data-term=""
                  aria-label={`Our word ${i + 1}`}
                  value={row.term}
                  onInput={(e) => change(i, 'term', valueOf(e))}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={`Say instead of word ${i + 1}`}
                  value={row.say}
                  onInput={(e) => change(i, 'say', valueOf(e))}
                />
              </td>
              <td>
                <RemoveButton label={`Remove word ${i + 1}`} onClick={() => onChange(without(rows, i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddButton path={path} onClick={() => onChange([...rows, { term: '', say: '' }])}>
        Add a word
      </AddButton>
    </fieldset>
  );
}

/** A list whose item at `index` has `patch` applied (a copy: the form's state is never changed in place). */
export const patchedAt = <T,>(items: readonly T[], index: number, patch: Partial<T>): T[] =>
  items.map((item, j) => (j === index ? { ...item, ...patch } : item));

/** A list without its item at `index`. */
export const without = <T,>(items: readonly T[], index: number): T[] => items.filter((_, j) => j !== index);

/** The button that removes one row of a list the trainer edits, named for the row it removes. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" aria-label={label} onClick={onClick}>
      Remove
    </button>
  );
}

/** The button that adds a row at the end of a list, and the list's own issues below it. */
export function AddButton({ path, onClick, children }: { path: string; onClick(): void; children: ComponentChildren }) {
  return (
    <>
      <button type="button" data-add={path} onClick={onClick}>
        {children}
      </button>
      <IssueList path={path} />
    </>
  );
}
