import { syncSiteScripts } from '../src/background/sites';
import { settingsItem } from '../src/settings';

// The background worker: thin, its state in storage. It may be stopped at any moment and started again.
export default defineBackground(() => {
  const syncSites = () => settingsItem.getValue().then(syncSiteScripts).catch((error: unknown) => console.error('Empathy Coach: site registration failed', error));
  browser.runtime.onInstalled.addListener(syncSites);
  browser.runtime.onStartup.addListener(syncSites);
  settingsItem.watch(syncSites);
  // a permission taken back from the browser's own settings takes the site's coaching with it
  browser.permissions.onRemoved.addListener(syncSites);
});
