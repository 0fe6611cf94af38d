// active-packs alone, not the background index: tabs read packs, they never fetch or validate them
import { getActivePacks, watchActivePacks } from '../../src/background/active-packs';
import { startCoaching } from '../../src/content/coach';
import { createAnalyzer, type Analyzer } from '../../src/engine';
import { isMessage } from '../../src/messages';
import { disableRule, settingsItem, type Settings } from '../../src/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = await settingsItem.getValue();
    const active = await getActivePacks();
    let analyzer: Analyzer = createAnalyzer(active.packs, { disabledRules: active.disabledRules });
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const coach = startCoaching(
      document,
      {
        analyzer: () => analyzer,
        get inputs() {
          return settings.inputSites.includes(location.hostname);
        },
        disableRule: (rule) => void disableRule(rule),
      },
      controller.signal,
    );
    const unwatchSettings = settingsItem.watch((next) => {
      settings = next;
    });
    // a new pack version, a removed pack, a rule turned off, a policy change: rebuild and redraw, no reload
    const unwatchPacks = watchActivePacks((next) => {
      analyzer = createAnalyzer(next.packs, { disabledRules: next.disabledRules });
      coach.refresh();
    }, active.key);
    controller.signal.addEventListener('abort', () => {
      unwatchSettings();
      unwatchPacks();
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isMessage(message) && message.kind === 'get-report') return Promise.resolve(coach.latest());
      return undefined;
    });
  },
});
