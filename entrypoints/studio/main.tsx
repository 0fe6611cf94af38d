import { render } from 'preact';
import { createStudioStore, startTryIt, StudioPage, wordsFromHash } from '../../src/ui/studio';
import '../../src/ui/options/options.css';
import '../../src/ui/studio/studio.css';

const studio = createStudioStore();
// "Suggest a rule" opens the studio with the words in its address: a rule for them in the agent's own pack
void studio.ready.then(() => {
  const words = wordsFromHash(location.hash);
  if (words) {
    studio.actions.suggest(words);
    history.replaceState(null, '', location.pathname);
  }
});
const tryIt = startTryIt(document, studio, new AbortController().signal);
render(<StudioPage studio={studio} refreshTryIt={() => tryIt.refresh()} />, document.getElementById('app')!);
