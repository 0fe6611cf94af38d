import { watchTextareas } from '../../src/content/textarea-watch';
import { createAnalyzer } from '../../src/engine';
import { isMessage } from '../../src/messages';
import { BUILTIN_PACKS } from '../../src/packs/builtin';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const analyzer = createAnalyzer(BUILTIN_PACKS);
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const watch = watchTextareas(analyzer, controller.signal);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isMessage(message) && message.kind === 'get-report') return Promise.resolve(watch.latest() ?? null);
      return undefined;
    });
  },
});
