import { loadCoach } from '../../src/content/load-coach';
import { pageUrl } from '../../src/content/page-url';
import { KNOWN_SITE_MATCHES } from '../../src/content/sites/matches';
import { watchForFields } from '../../src/content/watcher';
import { settingsItem } from '../../src/settings';

// Runs by default on the known helpdesks only; the background registers this same script for each site the
// agent enables from the popup (scripting.registerContentScripts), so no page is read without consent.
// In every frame it only watches for a field; the coach itself loads in the frame where the agent writes.
export default defineContentScript({
  matches: [...KNOWN_SITE_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // The popup injects this script into the open page when the agent enables its site, and the background
    // registers it for the site's next pages: one page never runs it twice.
    const scope = globalThis as { empathyCoachStarted?: boolean };
    if (scope.empathyCoachStarted) return;
    scope.empathyCoachStarted = true;
    const host = new URL(pageUrl()).hostname;
    watchForFields(
      document,
      {
        inputsCoached: () => settingsItem.getValue().then((settings) => settings.inputSites.includes(host)),
        start: (target) =>
          void loadCoach()
            .then((coach) => coach.startSession(document, target, ctx.signal))
            .catch((error: unknown) => console.error('Empathy Coach: the coach did not start', error)),
      },
      ctx.signal,
    );
  },
});
