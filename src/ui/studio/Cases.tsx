/** A rule's examples or allows in the studio, each with the result of running it against the rule. */
import { useContext } from 'preact/hooks';
import {
  AddButton,
  CheckedContext,
  idOf,
  IssueList,
  patchedAt,
  RemoveButton,
  useFocusAdded,
  without,
} from './controls';
import { emptyCase, type FormCase } from './form';

const CASE_HELP = {
  examples:
    'Replies the rule must flag; “Flags” is the exact text it must flag (several separated by ;), empty for a draft-level rule.',
  allows: 'Replies the rule must leave alone.',
};

export function Cases({
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
  const change = (i: number, key: keyof FormCase, value: string) => onChange(patchedAt(cases, i, { [key]: value }));
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
            <RemoveButton label={`Remove ${noun.toLowerCase()} ${i + 1}`} onClick={() => onChange(without(cases, i))} />
            <IssueList path={at} />
          </div>
        );
      })}
      <AddButton path={path} onClick={() => onChange([...cases, emptyCase()])}>
        Add {noun.toLowerCase()}
      </AddButton>
    </fieldset>
  );
}
