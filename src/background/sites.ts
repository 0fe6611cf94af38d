/**
 * Sites beyond the known helpdesks: the content script is registered for each site the agent enabled (and whose
 * host permission is granted), and unregistered when they turn it off. State lives in settings; this only
 * brings the registration in line with it, so it is safe to run at any time, as often as wanted.
 */
import { CONTENT_SCRIPT_FILE, siteMatches } from '../content/sites';
import { settingsItem, type Settings } from '../settings';

export const SITES_SCRIPT_ID = 'enabled-sites';

/** The hosts whose coaching the agent enabled, not turned off, and whose permission is still granted. */
export async function activeSites(settings: Settings): Promise<string[]> {
  const hosts = settings.enabledSites.filter((host) => !settings.disabledSites.includes(host));
  const granted = await Promise.all(hosts.map((host) => browser.permissions.contains({ origins: siteMatches(host) })));
  return hosts.filter((_, i) => granted[i]);
}

export async function syncSiteScripts(settings: Settings): Promise<string[]> {
  const hosts = await activeSites(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (!hosts.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
    return hosts;
  }
  const script = {
    id: SITES_SCRIPT_ID,
    matches: hosts.flatMap(siteMatches),
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
    // editors in about:blank and srcdoc frames (TinyMCE) of those sites
    ...(import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true }),
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return hosts;
}

/** The registration brought in line with the current settings; a failure is logged (it runs from listeners). */
export async function refreshSiteScripts(): Promise<void> {
  try {
    await syncSiteScripts(await settingsItem.getValue());
  } catch (error) {
    console.error('Empathy Coach: site registration failed', error);
  }
}

/** Follows the agent's settings and the browser's permissions (a site's permission taken back in the browser's
 * own settings takes its coaching with it). Install and browser start are startBackground's. */
export function watchSiteScripts(): void {
  settingsItem.watch(() => void refreshSiteScripts());
  browser.permissions.onRemoved.addListener(() => void refreshSiteScripts());
}
