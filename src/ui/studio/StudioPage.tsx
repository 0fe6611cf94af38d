/**
 * The pack studio: trainers write, test and publish packs through forms. Every change is checked at once with
 * the loader of the CLI and the background, each problem shown beside its field; "try it" coaches a sample
 * reply with the draft; saving makes the pack one of the agent's active packs.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PackIssue } from '../../engine';
import { practicePageUrl } from '../practice/url';
import { scenarioFailurePath } from './check';
import { CheckedContext, IssueList, ListField, SelectField, TextField, type Checked } from './controls';
import { fieldPaths, placeIssues } from './fields';
import { PackPicker } from './PackPicker';
import { Publish } from './Publish';
import { RuleEditor } from './RuleEditor';
import { ScenarioEditor } from './ScenarioEditor';
import { PACK_FIELDS, RULE_KINDS } from './schema-fields';
import { useStoreState, type StudioStore } from './store';
import { TRY_CUSTOMER_ID, TRY_REPLY_ID } from './try-it';

export function StudioPage({ studio, refreshTryIt }: { studio: StudioStore; refreshTryIt(): void }) {
  const state = useStoreState(studio.store);
  const { form, check } = state;
  const checked = useMemo<Checked>(() => {
    if (!form || !check) return { issuesAt: () => [], caseAt: () => undefined };
    const goals: PackIssue[] = check.scenarios.map((f) => ({
      file: '',
      path: scenarioFailurePath(f),
      message: f.goal ? `misses “${f.goal.label}”: ${f.message}` : f.message,
    }));
    const placed = placeIssues([...check.issues, ...goals], fieldPaths(form));
    return { issuesAt: (path) => placed.get(path) ?? [], caseAt: (path) => check.cases[path] };
  }, [form, check]);
  const problems = check
    ? check.issues.length + check.scenarios.length + Object.values(check.cases).filter((c) => !c.ok).length
    : 0;

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="page-header">
        <h1>Pack studio</h1>
        <nav aria-label="Elsewhere">
          <a href={browser.runtime.getURL('/options.html')}>Options</a> <a href={practicePageUrl()}>Practice</a>
        </nav>
      </header>
      <main id="main">
        <PackPicker studio={studio} />
        {form && (
          <CheckedContext.Provider value={checked}>
            <section class="section" aria-labelledby="details-heading" data-section="details">
              <h2 id="details-heading">Pack details</h2>
              <p class="lead">
                Editing {state.origin}
                {state.dirty ? ' (not saved)' : ''}.{' '}
                <span role="status" aria-live="polite" data-summary={check?.passes ? 'pass' : 'fail'}>
                  {!check
                    ? ''
                    : check.passes
                      ? '✓ Passes every check.'
                      : `${problems} problem${problems === 1 ? '' : 's'} to fix.`}
                </span>
              </p>
              <IssueList path="" />
              <div class="grid">
                <TextField
                  path="id"
                  label="Pack id"
                  help={PACK_FIELDS.id.description}
                  value={form.id}
                  onChange={(v) => studio.actions.set(['id'], v)}
                />
                <TextField
                  path="name"
                  label="Pack name"
                  value={form.name}
                  onChange={(v) => studio.actions.set(['name'], v)}
                />
                <TextField
                  path="version"
                  label="Version"
                  help={PACK_FIELDS.version.description}
                  value={form.version}
                  onChange={(v) => studio.actions.set(['version'], v)}
                />
                <TextField
                  path="language"
                  label="Language"
                  help="A two-letter code, such as en."
                  value={form.language}
                  onChange={(v) => studio.actions.set(['language'], v)}
                />
              </div>
              <TextField
                path="description"
                label="Description (optional)"
                multiline
                value={form.description}
                onChange={(v) => studio.actions.set(['description'], v)}
              />
              <ListField
                path="disable"
                label="Turn off rules of other packs (optional)"
                item="Rule to turn off"
                help={PACK_FIELDS.disable.description}
                values={form.disable}
                onChange={(v) => studio.actions.set(['disable'], v)}
              />
            </section>
            <section class="section" aria-labelledby="rules-heading" data-section="rules">
              <h2 id="rules-heading">Rules</h2>
              <IssueList path="rules" />
              {form.rules.map((rule, i) => (
                <RuleEditor key={i} rule={rule} index={i} studio={studio} preview={check?.previews[i]} />
              ))}
              <AddRule studio={studio} />
            </section>
            <section class="section" aria-labelledby="scenarios-heading" data-section="scenarios">
              <h2 id="scenarios-heading">Practice scenarios</h2>
              <IssueList path="scenarios" />
              {form.scenarios.map((scenario, i) => (
                <ScenarioEditor
                  key={i}
                  scenario={scenario}
                  index={i}
                  studio={studio}
                  checked={check?.scenariosChecked ?? false}
                />
              ))}
              <button type="button" data-action="add-scenario" onClick={studio.actions.addScenario}>
                Add a scenario
              </button>
            </section>
            <TryIt refresh={refreshTryIt} loaded={Boolean(check?.pack)} />
            <Publish studio={studio} />
          </CheckedContext.Provider>
        )}
      </main>
    </>
  );
}

function AddRule({ studio }: { studio: StudioStore }) {
  const [kind, setKind] = useState('phrase');
  return (
    <div class="toolbar add-rule">
      <SelectField
        path="new-rule-kind"
        label="Kind of the new rule"
        value={kind}
        options={RULE_KINDS}
        onChange={setKind}
      />
      <button type="button" data-action="add-rule" onClick={() => studio.actions.addRule(kind)}>
        Add a rule
      </button>
    </div>
  );
}

function TryIt({ refresh, loaded }: { refresh(): void; loaded: boolean }) {
  return (
    <section class="section" aria-labelledby="try-heading" data-section="try">
      <h2 id="try-heading">Try it</h2>
      <p class="lead">
        {loaded
          ? 'Write a reply as an agent would: it is coached with your pack and the built-in packs, as on a helpdesk.'
          : 'Once the pack has no errors, a reply written here is coached with it.'}
      </p>
      <div class="field">
        <label for={TRY_CUSTOMER_ID}>The customer's message (optional)</label>
        <input id={TRY_CUSTOMER_ID} type="text" onInput={refresh} />
      </div>
      <div class="field">
        <label for={TRY_REPLY_ID}>Sample reply</label>
        <textarea id={TRY_REPLY_ID} rows={5} />
      </div>
    </section>
  );
}
