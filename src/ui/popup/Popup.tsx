/**
 * The toolbar popup: coaching on this site, on or off; the draft being written in this tab (its score and the
 * customer's feeling); today's counts; and the way to the options page.
 */
import { practicePageUrl } from '../practice/url';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayKey, todayCounts } from '../../insights';
import { createInsightsStore, useStoreState } from '../stores';
import { readDraft, type DraftSummary } from './draft';
import { NoCoachingView } from './NoCoachingView';
import { currentTab, disableSite, enableSite, readTabSite, type TabSite } from './site';
import { POPUP_STYLES } from './styles';
import { studioUrl } from '../../messages/studio-url';

export function Popup() {
  const [site, setSite] = useState<TabSite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<DraftSummary | null | undefined>(undefined);
  const insights = useMemo(() => createInsightsStore(), []);
  const { insights: counts } = useStoreState(insights.store);
  const today = todayCounts(counts, dayKey(new Date()));

  useEffect(() => {
    currentTab()
      .then((tab) => {
        if (tab) void readDraft(tab.id).then(setDraft);
        return tab ? readTabSite(tab) : null;
      })
      .then(setSite)
      .catch((error: unknown) => setProblem(`Could not read this tab: ${String(error)}`));
  }, []);

  const toggle = (site: TabSite) => {
    setBusy(true);
    setProblem(null);
    // enableSite first thing in the click: the browser asks for the site's permission only in a user gesture
    const change = site.on ? disableSite(site).then(() => true) : enableSite(site);
    change
      .then((changed) => {
        if (!changed) setProblem('Coaching stays off: the site’s permission was not granted.');
        return readTabSite({ id: site.tabId, url: `https://${site.host}/` }).then((next) =>
          setSite({ ...next, helpdesk: site.helpdesk }),
        );
      })
      .catch((error: unknown) => setProblem(`Could not change this site: ${String(error)}`))
      .finally(() => setBusy(false));
  };

  return (
    <main class="popup">
      <style>{POPUP_STYLES}</style>
      <h1>Empathy Coach</h1>
      {!site ? (
        <p class="muted">{problem ?? 'Reading this tab…'}</p>
      ) : !site.host ? (
        <p class="muted">Empathy Coach can’t coach on this page.</p>
      ) : (
        <section aria-labelledby="site-heading">
          <h2 id="site-heading">{site.helpdesk ? `${site.helpdesk} · ${site.host}` : site.host}</h2>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-site-toggle=""
              checked={site.on}
              disabled={busy}
              onChange={() => toggle(site)}
            />
            <span>Coach my writing on this site</span>
          </label>
          <p class="muted">
            {site.helpdesk
              ? 'A helpdesk Empathy Coach knows: on unless you turn it off.'
              : site.on
                ? 'You enabled this site. Turning it off also gives back its permission.'
                : 'Turning it on asks your browser for permission to read this site’s pages. Nothing you write leaves your browser.'}
          </p>
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          {site.on && <DraftView draft={draft} />}
        </section>
      )}
      <section aria-labelledby="today-heading" data-today="">
        <h2 id="today-heading">Today</h2>
        <dl class="counts">
          <div>
            <dt>Drafts coached</dt>
            <dd data-count="drafts">{today.drafts}</dd>
          </div>
          <div>
            <dt>Findings</dt>
            <dd data-count="findings">{today.findings}</dd>
          </div>
          <div>
            <dt>Applied</dt>
            <dd data-count="applied">{today.applied}</dd>
          </div>
          <div>
            <dt>Dismissed</dt>
            <dd data-count="dismissed">{today.ignored}</dd>
          </div>
        </dl>
      </section>
      <p class="footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          data-open-options=""
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Rules, insights and settings
        </a>
        {' · '}
        <a href={practicePageUrl()} target="_blank" rel="noreferrer" data-open-practice="">
          Practice
        </a>
        {' · '}
        <a href={studioUrl()} target="_blank" rel="noreferrer" data-open-studio="">
          Pack studio
        </a>
      </p>
    </main>
  );
}

function DraftView({ draft }: { draft: DraftSummary | null | undefined }) {
  if (draft === undefined) return null;
  if (!draft)
    return (
      <p class="muted" data-draft="none">
        No reply is being written in this tab.
      </p>
    );
  if (draft.uncovered) return <NoCoachingView text={draft.uncovered} />;
  return (
    <div class="draft" data-draft="">
      <p>
        This draft: empathy <strong data-draft-score="">{draft.empathy}</strong>/100 · tone {draft.tone} ·{' '}
        {draft.findings} suggestion{draft.findings === 1 ? '' : 's'}
      </p>
      {draft.emotion && (
        <p data-draft-emotion="">
          The customer seems <strong>{draft.emotion}</strong>.
        </p>
      )}
    </div>
  );
}
