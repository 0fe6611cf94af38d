/** The two ways an agent adds a pack on the options page: subscribe to a URL, or import a file. */
import { useState } from 'preact/hooks';
import { DEFAULT_INTERVAL_MINUTES } from '../../storage';
import { FeedbackView, useFileImport, type Feedback } from './Feedback';
import type { OptionsStore } from './store';

const INTERVALS = [
  { minutes: 60, label: 'every hour' },
  { minutes: DEFAULT_INTERVAL_MINUTES, label: 'every 6 hours (default)' },
  { minutes: 1440, label: 'every day' },
];

export function SubscribeForm({ options }: { options: OptionsStore }) {
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

export function ImportFile({ options }: { options: OptionsStore }) {
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
