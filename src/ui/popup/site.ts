/**
 * Coaching on the site of the agent's current tab: known helpdesks are on unless turned off; any other site is
 * enabled one by one, with its host permission asked for in the agent's click (the browser's own prompt).
 */
import { CONTENT_SCRIPT_FILE, siteForUrl, siteMatches } from '../../content/sites';
import { changeSettings, settingsItem, siteIsOn } from '../../settings';

export interface TabSite {
  tabId: number;
  /** The page's host name; null on pages no extension may coach (the browser's own, the web store). */
  host: string | null;
  /** The known helpdesk's name, if it is one. */
  helpdesk: string | null;
  on: boolean;
}

/** The tab the popup is about: `?tab=ID` (the popup opened as a page of its own), else the active tab. */
export async function currentTab(search = location.search): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function readTabSite(tab: { id: number; url?: string }): Promise<TabSite> {
  const url = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url) : null;
  if (!url) return { tabId: tab.id, host: null, helpdesk: null, on: false };
  const helpdesk = siteForUrl(url.href)?.name ?? null;
  const settings = await settingsItem.getValue();
  return { tabId: tab.id, host: url.hostname, helpdesk, on: siteIsOn(settings, url.hostname, Boolean(helpdesk)) };
}

/**
 * Turns coaching on. Must be called straight from the agent's click: the permission prompt needs that gesture.
 * Returns false when the agent declined the permission; nothing changes then.
 */
export async function enableSite(site: TabSite): Promise<boolean> {
  if (!site.host) return false;
  const host = site.host;
  if (!site.helpdesk) {
    const granted = await browser.permissions.request({ origins: siteMatches(host) });
    if (!granted) return false;
  }
  await changeSettings({ op: 'set-site', host, helpdesk: !!site.helpdesk, on: true });
  // the background registers the script for the site's next pages; the open page is coached now
  if (!site.helpdesk) {
    await browser.scripting
      .executeScript({ target: { tabId: site.tabId, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}` as const] })
      .catch(() => undefined);
  }
  return true;
}

/** Turns coaching off; the open pages of the site stop at once. A site the agent had enabled gives its permission back. */
export async function disableSite(site: TabSite): Promise<void> {
  if (!site.host) return;
  const host = site.host;
  await changeSettings({ op: 'set-site', host, helpdesk: !!site.helpdesk, on: false });
  if (!site.helpdesk) await browser.permissions.remove({ origins: siteMatches(host) }).catch(() => false);
}
