import { render } from 'preact';
import {
  createPracticeStore,
  PracticePage,
  scenarioFromHash,
  scenarioHash,
  startPracticeCoaching,
} from '../../src/ui/practice';
import '../../src/ui/base.css';
import '../../src/ui/practice/practice.css';
import '../../src/ui/practice/practice-result.css';

const practice = createPracticeStore();
// the page's address names the scenario on screen, so a reload (or a link) opens it again
void practice.ready.then(() => {
  const key = scenarioFromHash(location.hash);
  if (key) practice.actions.choose(key);
  practice.store.subscribe((state, previous) => {
    if (state.current !== previous.current && state.current)
      history.replaceState(null, '', scenarioHash(state.current.key));
  });
});
startPracticeCoaching(document, practice, new AbortController().signal);
render(<PracticePage practice={practice} />, document.getElementById('app')!);
