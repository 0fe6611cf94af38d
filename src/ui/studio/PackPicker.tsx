/** The studio's start: the agent's packs to open as a copy, a new pack, or a pack file to import. */
import { useState } from 'preact/hooks';
import { formatIssue } from '../../packs';
import { ProblemAlert } from '../ProblemAlert';
import { useStoreState, type StudioStore } from './store';

const SOURCE_LABELS = {
  'built-in': 'built in',
  file: 'imported file',
  subscription: 'subscription',
  organisation: 'from your organisation',
};

export function PackPicker({ studio }: { studio: StudioStore }) {
  const state = useStoreState(studio.store);
  const [status, setStatus] = useState('');
  const confirmLeave = () => !state.dirty || confirm('Leave the pack you are editing? Its unsaved changes are lost.');
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !confirmLeave()) return;
    const ok = studio.actions.importFile(file.name, await file.text());
    input.value = '';
    setStatus(ok ? `Opened ${file.name}.` : '');
  };
  return (
    <section class="section" aria-labelledby="packs-heading" data-section="packs">
      <h2 id="packs-heading">Packs</h2>
      <p class="lead">
        Open a copy of a pack you have, start a new one, or open a pack file. Nothing here changes your coaching until
        you save.
      </p>
      <div class="toolbar">
        <button type="button" data-action="new-pack" onClick={() => confirmLeave() && studio.actions.newPack()}>
          New pack
        </button>
        <label class="file">
          Open a pack file (YAML or JSON)
          <input
            type="file"
            data-action="import"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            onChange={importFile}
          />
        </label>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {state.importIssues.length > 0 && (
        <ProblemAlert
          data={{ 'data-import-issues': '' }}
          lead="The file could not be read:"
          problems={state.importIssues.map(formatIssue)}
        />
      )}
      <ul class="known-packs" aria-label="Your packs">
        {state.packs.map(({ key, pack, source }) => (
          <li key={key} data-pack={pack.id}>
            <span>
              <strong>{pack.name}</strong> <code>{pack.id}</code> v{pack.version} · {SOURCE_LABELS[source]} ·{' '}
              {pack.rules.length} rules
              {pack.scenarios?.length ? `, ${pack.scenarios.length} scenarios` : ''}
            </span>
            <button
              type="button"
              data-open-copy={key}
              aria-label={`Open a copy of ${pack.name}`}
              onClick={() => confirmLeave() && studio.actions.openCopy(key)}
            >
              Open a copy
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
