import { startCoaching } from '../../src/content/coach';
import { createAnalyzer, type Analyzer } from '../../src/engine';
import { isMessage } from '../../src/messages';
import { BUILTIN_PACKS } from '../../src/packs/builtin';
import { disableRule, settingsItem, type Settings } from '../../src/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = await settingsItem.getValue();
    let analyzer: Analyzer = createAnalyzer(BUILTIN_PACKS, { disabledRules: settings.disabledRules });
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
    const unwatch = settingsItem.watch((next) => {
      settings = next;
      analyzer = createAnalyzer(BUILTIN_PACKS, { disabledRules: settings.disabledRules });
      coach.refresh();
    });
    controller.signal.addEventListener('abort', unwatch);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isMessage(message) && message.kind === 'get-report') return Promise.resolve(coach.latest());
      return undefined;
    });
  },
});
