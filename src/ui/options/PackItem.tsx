/** One pack on the options page: its facts, its last sync error, sync and remove, and its rules turned on or off. */
import { useState } from 'preact/hooks';
import type { SyncError } from '../../storage';
import { ProblemAlert } from '../ProblemAlert';
import type { Feedback } from './Feedback';
import type { PackRow } from './pack-rows';
import type { OptionsStore } from './store';

const ERROR_KINDS: Record<SyncError['kind'], string> = {
  network: 'the server could not be reached',
  timeout: 'the server did not answer in time',
  http: 'the server refused',
  'too-large': 'the file is too large',
  signature: 'the signature does not check out',
  pack: 'the pack has errors',
  conflict: 'the pack clashes with another pack',
  redirect: 'the server redirected somewhere a pack may not come from',
  cors: 'the server does not let the extension read the pack (CORS)',
  stale: 'the server sent an older or a different signed pack',
  storage: 'the browser could not store the pack',
};

export function PackItem({ row, options }: { row: PackRow; options: OptionsStore }) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const headingId = `pack-${row.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const rulesOn = row.rules.filter((r) => r.enabled).length;

  const sync = async () => {
    setFeedback(null);
    const [outcome] = await options.actions.syncNow(row.key);
    if (outcome?.result === 'updated') setFeedback({ kind: 'ok', text: `Version ${outcome.version} is active.` });
    else if (outcome?.result === 'unchanged') setFeedback({ kind: 'ok', text: 'No new version.' });
  };
  const remove = async () => {
    if (!confirm(`Remove “${row.name}”? Its rules stop coaching your replies.`)) return;
    const result = await options.actions.unsubscribe(row.key);
    if (!result.ok) setFeedback({ kind: 'error', text: result.error });
  };

  return (
    <li
      class="pack card"
      data-pack={row.packId ?? ''}
      data-subscription={row.key}
      data-status={row.status}
      data-source={row.source}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {row.name} {row.version && <span class="version">v{row.version}</span>}
      </h3>
      <dl class="facts">
        <dt>Source</dt>
        <dd data-field="source">{row.sourceLabel}</dd>
        {row.url && (
          <>
            <dt>URL</dt>
            <dd>
              <code>{row.url}</code>
              {row.signed && <span class="tag"> signature required</span>}
            </dd>
          </>
        )}
        {row.file && (
          <>
            <dt>File</dt>
            <dd>
              <code>{row.file}</code>
            </dd>
          </>
        )}
        {row.source !== 'builtin' && (
          <>
            <dt>Last sync</dt>
            <dd data-field="last-sync">
              {row.lastSync ? (
                <time dateTime={new Date(row.lastSync).toISOString()}>{new Date(row.lastSync).toLocaleString()}</time>
              ) : (
                'never'
              )}
            </dd>
          </>
        )}
        <dt>Status</dt>
        <dd data-field="status" class={`status ${row.status}`}>
          {row.statusLabel}
        </dd>
      </dl>
      {row.error && (
        <ProblemAlert
          data={{ 'data-error': row.error.kind }}
          lead={
            <>
              Sync at{' '}
              <time dateTime={new Date(row.error.at).toISOString()}>{new Date(row.error.at).toLocaleString()}</time>{' '}
              failed: {ERROR_KINDS[row.error.kind]} (<code>{row.error.file}</code>).
            </>
          }
          problems={row.error.messages}
        />
      )}
      <div class="actions">
        {row.canSync && (
          <button type="button" data-action="sync" onClick={sync}>
            Sync now
          </button>
        )}
        {row.source !== 'builtin' && (
          <button
            type="button"
            data-action="remove"
            onClick={remove}
            disabled={!row.canRemove}
            aria-describedby={row.removeBlocked ? `${headingId}-remove` : undefined}
          >
            Remove
          </button>
        )}
        {row.source !== 'builtin' && row.removeBlocked && (
          <span id={`${headingId}-remove`} class="hint">
            Cannot be removed: {row.removeBlocked}.
          </span>
        )}
        <span role="status" aria-live="polite" class={feedback?.kind === 'error' ? 'error-text' : undefined}>
          {feedback?.text}
        </span>
      </div>
      {row.rules.length > 0 && (
        <details class="rules">
          <summary>
            Rules ({rulesOn} of {row.rules.length} on)
          </summary>
          <ul>
            {row.rules.map((rule) => (
              <li key={rule.rule}>
                <label>
                  <input
                    type="checkbox"
                    data-rule={rule.rule}
                    checked={rule.enabled}
                    disabled={Boolean(rule.locked)}
                    onChange={(event) =>
                      void options.actions.setRuleEnabled(rule.rule, (event.currentTarget as HTMLInputElement).checked)
                    }
                  />{' '}
                  <code>{rule.rule}</code> <span class="rule-message">{rule.message}</span>
                </label>
                {rule.locked && <span class="hint"> ({rule.locked})</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
