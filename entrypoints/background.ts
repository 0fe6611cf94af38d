// The background worker. Pack sync and policy arrive with their issue; for now it only marks install time.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => undefined);
});
