// The background worker: pack subscriptions, sync, signatures, enterprise policy and the registration of the
// content script on the sites the agent enabled (src/background). Thin: its state lives in storage, and it may be
// stopped at any moment and started again.
import { startBackground, watchSiteScripts } from '../src/background';

export default defineBackground(() => {
  startBackground();
  watchSiteScripts();
});
