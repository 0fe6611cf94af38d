/**
 * "Suggest a rule": the words an agent picks on a coaching card, or selects in a draft (the context menu), open
 * the pack studio with a rule for them. The words wait in storage.session (memory only, never written to disk)
 * for the studio to take them, so they appear in no address and no history.
 */
import { browser } from '#imports';
import { studioUrl, SUGGEST_HASH } from '../messages/studio-url';

export const SUGGESTION_KEY = 'studio-suggestion';
export const SUGGEST_MENU_ID = 'suggest-rule';

export async function openStudioWithWords(words: string): Promise<void> {
  const trimmed = words.trim().slice(0, 80);
  if (!trimmed) return;
  await browser.storage.session.set({ [SUGGESTION_KEY]: trimmed });
  await browser.tabs.create({ url: `${studioUrl()}${SUGGEST_HASH}` });
}

/** The selection's context menu item; created on install (menus persist while the extension is installed). */
export function createSuggestMenu(): void {
  browser.contextMenus?.create(
    { id: SUGGEST_MENU_ID, title: 'Suggest a coaching rule for “%s”', contexts: ['selection'] },
    () => void browser.runtime.lastError,
  );
}

export function listenToSuggestMenu(): void {
  browser.contextMenus?.onClicked.addListener((info) => {
    if (info.menuItemId === SUGGEST_MENU_ID && info.selectionText) void openStudioWithWords(info.selectionText);
  });
}
