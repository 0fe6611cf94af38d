import { render } from 'preact';
import { createStudioStore, startTryIt, StudioPage, SUGGEST_HASH } from '../../src/ui/studio';
import { SUGGESTION_KEY } from '../../src/background/studio';
import '../../src/ui/base.css';
import '../../src/ui/studio/studio.css';

const studio = createStudioStore();
// "Suggest a rule": the words wait in session storage (memory only); they are taken once, then forgotten
void studio.ready.then(async () => {
  if (location.hash !== SUGGEST_HASH) return;
  history.replaceState(null, '', location.pathname);
  const words = (await browser.storage.session.get(SUGGESTION_KEY))[SUGGESTION_KEY];
  await browser.storage.session.remove(SUGGESTION_KEY);
  if (typeof words === 'string' && words) studio.actions.suggest(words);
});
const tryIt = startTryIt(document, studio, new AbortController().signal);
render(<StudioPage studio={studio} refreshTryIt={() => tryIt.refresh()} />, document.getElementById('app')!);
