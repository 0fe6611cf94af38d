/** The toolbar popup: coaching on this site, on or off. */
import { useEffect, useState } from 'preact/hooks';
import { currentTab, disableSite, enableSite, readTabSite, type TabSite } from './site';
import { POPUP_STYLES } from './styles';

export function Popup() {
  const [site, setSite] = useState<TabSite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    currentTab()
      .then((tab) => (tab ? readTabSite(tab) : null))
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
        return readTabSite({ id: site.tabId, url: `https://${site.host}/` }).then((next) => setSite({ ...next, helpdesk: site.helpdesk }));
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
            <input type="checkbox" role="switch" data-site-toggle="" checked={site.on} disabled={busy} onChange={() => toggle(site)} />
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
        </section>
      )}
    </main>
  );
}
