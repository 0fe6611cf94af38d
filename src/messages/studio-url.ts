/**
 * Where the studio lives, for links from the popup, the options page and the background ("Suggest a rule").
 * No other import: the popup and the background carry only this.
 */
/** The studio's address when it opens on a suggestion (the words wait in storage.session, see src/background/studio.ts). */
export const SUGGEST_HASH = '#suggest';

/** The studio's URL, for links from the popup and the options page. */
export function studioUrl(): string {
  return browser.runtime.getURL('/studio.html');
}
