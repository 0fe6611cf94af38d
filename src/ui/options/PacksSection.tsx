/**
 * The options page's packs section: every pack in force with its version, source, last sync, status and
 * error; subscribe by URL, import a file, remove, sync now, and turn rules on or off. Native controls with
 * labels throughout, so it works from the keyboard and with a screen reader as it is.
 */
import { useState } from 'preact/hooks';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { ImportFile, SubscribeForm } from './AddPackForms';
import { ProblemAlert } from '../ProblemAlert';
import { coveredLanguages } from './languages';
import { PackItem } from './PackItem';
import { packRows } from './pack-rows';
import { useStoreState, type OptionsStore } from './store';

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
        <ProblemAlert lead="Some of your organisation’s policy could not be used:" problems={state.policy.problems} />
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

function LanguagesLine({ packs }: { packs: Parameters<typeof coveredLanguages>[0] }) {
  const { names, anyLanguage } = coveredLanguages(packs);
  return (
    <p class="lead" data-languages="">
      Languages coached: {names.join(', ')}
      {anyLanguage ? ', and any language for packs written for all' : ''}. Drafts in other languages are left alone.
    </p>
  );
}
