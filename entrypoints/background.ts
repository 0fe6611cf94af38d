// The background worker: pack subscriptions, sync, signatures and enterprise policy (src/background), and the
// registration of the content script on the sites the agent enabled. Thin: its state lives in storage, and it
// may be stopped at any moment and started again.
import { createSuggestMenu, listenToSuggestMenu, startBackground } from '../src/background';
import { syncSiteScripts } from '../src/background/sites';
import { settingsItem } from '../src/settings';

export default defineBackground(() => {
  startBackground();
  // "Suggest a rule" on text selected in a draft opens the pack studio with it
  browser.runtime.onInstalled.addListener(createSuggestMenu);
  listenToSuggestMenu();
  const syncSites = () => settingsItem.getValue().then(syncSiteScripts).catch((error: unknown) => console.error('Empathy Coach: site registration failed', error));
  browser.runtime.onInstalled.addListener(syncSites);
  browser.runtime.onStartup.addListener(syncSites);
  settingsItem.watch(syncSites);
  // a permission taken back from the browser's own settings takes the site's coaching with it
  browser.permissions.onRemoved.addListener(syncSites);
});
