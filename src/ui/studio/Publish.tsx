/** Save (the pack becomes one of the agent's active packs), export YAML or JSON, and sign with a key file picked for the moment. */
import { useState } from 'preact/hooks';
import { download } from '../options/download';
import { FeedbackView, type Feedback } from '../options/Feedback';
import { useStoreState, type StudioStore } from './store';

export function Publish({ studio }: { studio: StudioStore }) {
  const { actions } = studio;
  const state = useStoreState(studio.store);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const passes = state.check?.passes ?? false;

  const save = async () => {
    setFeedback(null);
    const result = await actions.save();
    setFeedback(
      result.ok
        ? { kind: 'ok', text: `Saved: “${state.form?.name}” now coaches your replies (see the options page).` }
        : { kind: 'error', text: result.error, details: result.details },
    );
  };
  const exportAs = (kind: 'yaml' | 'json') => {
    download(
      actions.fileName(kind),
      kind === 'yaml' ? 'text/yaml' : 'application/json',
      kind === 'yaml' ? actions.yaml() : actions.json(),
    );
    setFeedback({ kind: 'ok', text: `Exported ${actions.fileName(kind)}.` });
  };
  const sign = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // the key is read for this signature only: the input is cleared and nothing keeps the text
    const pem = await file.text();
    input.value = '';
    try {
      const { yaml, sig } = await actions.sign(pem);
      const name = actions.fileName('yaml');
      download(name, 'text/yaml', yaml);
      download(`${name}.sig`, 'text/plain', sig);
      setFeedback({
        kind: 'ok',
        text: `Signed: ${name} and ${name}.sig are in your downloads. Publish both side by side.`,
      });
    } catch (error) {
      setFeedback({ kind: 'error', text: `Not signed: ${(error as Error).message}` });
    }
  };

  return (
    <section class="section" aria-labelledby="publish-heading" data-section="publish">
      <h2 id="publish-heading">Save and publish</h2>
      <p class="lead">
        {passes
          ? 'The pack passes every check: “empathy-coach test” passes on its export.'
          : 'Fix the problems shown beside the fields before you save or publish.'}
      </p>
      <div class="toolbar">
        <button type="button" data-action="save" onClick={save} disabled={!passes} aria-describedby="save-help">
          Save to my coaching
        </button>
        <button type="button" data-action="export-yaml" onClick={() => exportAs('yaml')}>
          Export YAML
        </button>
        <button type="button" data-action="export-json" onClick={() => exportAs('json')}>
          Export JSON
        </button>
      </div>
      <small id="save-help" class="help">
        Saving makes this pack one of your active packs, like importing its file in the options page. Your packs do not
        change before you save.
      </small>
      <div class="field">
        <label for="sign-key">Sign and export: choose your private key file</label>
        <input
          id="sign-key"
          type="file"
          data-action="sign"
          accept=".pem,.key,text/plain"
          onChange={sign}
          disabled={!passes}
          aria-describedby="sign-help"
        />
        <small id="sign-help" class="help">
          The PEM file “empathy-coach keygen” wrote. It is read for this one signature and never stored; the export and
          its “.sig” are saved side by side.
        </small>
      </div>
      <FeedbackView feedback={feedback} id="publish-feedback" />
      <details class="guide">
        <summary>How to publish a pack</summary>
        <ol>
          <li>
            Put the exported file (and its “.sig”, when signed) on any HTTPS server your agents can reach: an intranet
            site, object storage, a repository’s raw files.
          </li>
          <li>
            Serve it with the header <code>Access-Control-Allow-Origin: *</code>, so the extension can read it without
            asking for the site.
          </li>
          <li>
            Give agents the file’s URL (Options → Subscribe to a pack), or give IT the URL and your public key for the
            policy’s “packs” list.
          </li>
          <li>To change the pack, export, sign and upload again: agents get the new version at their next sync.</li>
        </ol>
      </details>
    </section>
  );
}
