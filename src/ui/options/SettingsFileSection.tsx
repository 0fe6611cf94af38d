/**
 * The options page's settings file: export every setting as JSON, import one back. An import is checked whole
 * first; a file with any error changes nothing and the errors name each field and what it should be.
 */
import { dayKey } from '../../insights/counts';
import { exportSettings } from '../../settings/transfer';
import { download } from './download';
import { FeedbackView, useFileImport } from './Feedback';
import { useStoreState, type OptionsStore } from './store';

export function SettingsFileSection({ options }: { options: OptionsStore }) {
  const { settings } = useStoreState(options.store);
  const { feedback, change } = useFileImport(async (name, text) => {
    const result = await options.actions.importSettings(text);
    if (!result.ok)
      return { kind: 'error', text: `${name} was not imported; nothing changed.`, details: result.errors };
    const sites = result.needPermission;
    return {
      kind: 'ok',
      text: `Imported ${name}.${sites.length ? ` Coaching on ${sites.join(', ')} needs the site’s permission: turn it on from the toolbar button on that site.` : ''}`,
    };
  });

  return (
    <section class="section" aria-labelledby="settings-file-heading" data-section="settings-file">
      <h2 id="settings-file-heading">Settings file</h2>
      <p class="lead">
        Keep your settings, or move them to another browser: rules turned off, sites, what to show, phrases never
        flagged. Packs and counts are not in it.
      </p>
      <div class="toolbar">
        <button
          type="button"
          data-action="export-settings"
          onClick={() =>
            download(`empathy-coach-settings-${dayKey(new Date())}.json`, 'application/json', exportSettings(settings))
          }
        >
          Export settings
        </button>
      </div>
      <div class="field">
        <label for="settings-file-input">Import settings (JSON)</label>
        <input
          id="settings-file-input"
          type="file"
          accept=".json,application/json"
          onChange={change}
          aria-describedby="settings-file-help"
        />
        <small id="settings-file-help">Replaces your settings, only if the whole file checks out.</small>
      </div>
      <FeedbackView feedback={feedback} id="settings-file-feedback" />
    </section>
  );
}
