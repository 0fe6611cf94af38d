/**
 * The practice editor gets the inline coaching of a helpdesk page: the same engine (startCoaching) with the
 * practice store's analyzer, answering the scenario's customer in the scenario's channel.
 */
import { startCoaching, type Coach } from '../../content/coach';
import type { PracticeStore } from './store';

export function startPracticeCoaching(doc: Document, { store, actions }: PracticeStore, signal: AbortSignal): Coach {
  const coach = startCoaching(
    doc,
    {
      analyzer: () => store.getState().analyzer,
      context() {
        const scenario = store.getState().current;
        return scenario ? { customerMessage: scenario.customerMessage, channel: scenario.channel } : {};
      },
      inputs: false,
      disableRule: actions.disableRule,
    },
    signal,
  );
  // new rules (a pack updated, a rule turned off) or another customer to answer: coach the draft again
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.analyzer !== previous.analyzer || state.current !== previous.current) coach.refresh();
  });
  signal.addEventListener('abort', unsubscribe);
  return coach;
}
