/**
 * The options page's packs section: every pack in force with its version, source, last sync, status and
 * error; subscribe by URL, import a file, remove, sync now, and turn rules on or off. Native controls with
 * labels throughout, so it works from the keyboard and with a screen reader as it is.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_INTERVAL_MINUTES, type SyncError } from '../../storage';
import { FeedbackView, useFileImport, type Feedback } from './Feedback';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { coveredLanguages } from './languages';
import { packRows, type PackRow } from './pack-rows';
import { useStoreState, type OptionsStore } from './store';

const INTERVALS = [
  { minutes: 60, label: 'every hour' },
  { minutes: DEFAULT_INTERVAL_MINUTES, label: 'every 6 hours (default)' },
  { minutes: 1440, label: 'every day' },
];

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

export function PacksSection({ options }: { options: OptionsStore }) {
  const state = useStoreState(options.store);
  const rows = packRows(state.subscriptions, state.states, state.policy, state.settings, Date.now());
  const [status, setStatus] = useState('');
  const { policy } = state.policy;

  const syncAll = async () => {
    setStatus('Syncing all packs…');
    const outcomes = await options.actions.syncNow();
    const failed = outcomes.filter((o) => o.result === 'failed').length;
    setStatus(
      outcomes.length
        ? `Synced ${outcomes.length} pack${outcomes.length === 1 ? '' : 's'}${failed ? `; ${failed} failed` : ''}.`
        : 'No subscribed packs to sync.',
    );
  };

  return (
    <section class="section" aria-labelledby="packs-heading" data-section="packs">
      <h2 id="packs-heading">Rule packs</h2>
      <p class="lead">
        Packs hold the rules that coach your replies. Later packs can refine earlier ones; a pack that fails its checks
        never replaces the last good version.
      </p>
      <LanguagesLine
        packs={[...BUILTIN_PACKS, ...Object.values(state.states).flatMap((st) => (st?.active ? [st.active.pack] : []))]}
      />
      {state.policy.managed && (
        <p class="note" data-policy>
          Your organisation manages some of these settings
          {policy.lockSettings ? ' and has locked its packs and rules' : ''}.
        </p>
      )}
      {state.policy.problems.length > 0 && (
        <div class="problem" role="alert">
          <p>Some of your organisation’s policy could not be used:</p>
          <ul>
            {state.policy.problems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="toolbar">
        <button type="button" onClick={syncAll} disabled={!rows.some((r) => r.canSync)}>
          Sync all now
        </button>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
      <ul class="packs" aria-label="Packs">
        {rows.map((row) => (
          <PackItem key={row.key} row={row} options={options} />
        ))}
      </ul>
      <SubscribeForm options={options} />
      <ImportFile options={options} />
    </section>
  );
}

function PackItem({ row, options }: { row: PackRow; options: OptionsStore }) {
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
      class="pack"
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
        <div class="problem" role="alert" data-error={row.error.kind}>
          <p>
            Sync at{' '}
            <time dateTime={new Date(row.error.at).toISOString()}>{new Date(row.error.at).toLocaleString()}</time>{' '}
            failed: {ERROR_KINDS[row.error.kind]} (<code>{row.error.file}</code>).
          </p>
          <ul>
            {row.error.messages.map((m) => (
              <li key={m}>
                <code>{m}</code>
              </li>
            ))}
          </ul>
        </div>
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

function SubscribeForm({ options }: { options: OptionsStore }) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const url = String(data.get('url') ?? '');
    setBusy(true);
    setFeedback(null);
    // The background fetches the pack from its server: that origin's permission is asked for here, in the
    // agent's click (a server that answers with CORS headers works without it; the sync reports either way).
    const origin = /^https?:\/\/[^/]+/i.exec(url.trim())?.[0];
    if (origin) await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    const result = await options.actions.subscribe({
      url,
      publicKey: String(data.get('publicKey') ?? '') || undefined,
      intervalMinutes: Number(data.get('interval')),
    });
    setBusy(false);
    if (result.ok) {
      form.reset();
      setFeedback({ kind: 'ok', text: 'Subscribed. The pack is listed above with its status.' });
    } else setFeedback({ kind: 'error', text: result.error });
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="subscribe-heading" data-form="subscribe">
      <h3 id="subscribe-heading">Subscribe to a pack</h3>
      <div class="field">
        <label for="pack-url">Pack URL</label>
        <input
          id="pack-url"
          name="url"
          type="url"
          required
          placeholder="https://packs.example.com/team.yaml"
          aria-describedby="pack-url-help"
        />
        <small id="pack-url-help">The address your trainer gave you (https).</small>
      </div>
      <div class="field">
        <label for="pack-key">Public key (optional)</label>
        <textarea id="pack-key" name="publicKey" rows={2} spellcheck={false} aria-describedby="pack-key-help" />
        <small id="pack-key-help">
          When given, only versions signed with this key (a “.sig” file beside the pack) are used.
        </small>
      </div>
      <div class="field">
        <label for="pack-interval">Check for new versions</label>
        <select id="pack-interval" name="interval">
          {INTERVALS.map((i) => (
            // the `selected` attribute, not a value: form.reset() after subscribing goes back to it
            <option key={i.minutes} value={String(i.minutes)} selected={i.minutes === DEFAULT_INTERVAL_MINUTES}>
              {i.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? 'Subscribing…' : 'Subscribe'}
      </button>
      <FeedbackView feedback={feedback} id="subscribe-feedback" />
    </form>
  );
}

function ImportFile({ options }: { options: OptionsStore }) {
  const { feedback, change } = useFileImport(async (name, text) => {
    const result = await options.actions.importFile(name, text);
    return result.ok
      ? { kind: 'ok', text: `Imported ${name}.` }
      : { kind: 'error', text: result.error, details: result.details };
  });

  return (
    <div class="card" data-form="import">
      <h3 id="import-heading">Import a pack file</h3>
      <div class="field">
        <label for="pack-file">Pack file (YAML or JSON)</label>
        <input
          id="pack-file"
          type="file"
          accept=".yaml,.yml,.json,application/json,text/yaml"
          onChange={change}
          aria-describedby="pack-file-help"
        />
        <small id="pack-file-help">Checked like “empathy-coach test”: a pack with errors is not imported.</small>
      </div>
      <FeedbackView feedback={feedback} id="import-feedback" />
    </div>
  );
}

function LanguagesLine({ packs }: { packs: Parameters<typeof coveredLanguages>[0] }) {
  const { names, anyLanguage } = coveredLanguages(packs);
  return (
    <p class="lead" data-languages="">
      Languages coached: {names.join(', ')}
      {anyLanguage ? ', and any language for packs written for all' : ''}. Drafts in other languages are left alone.
    </p>
  );
}
