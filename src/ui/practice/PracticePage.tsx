/**
 * The practice page: choose a scenario, read the customer, write the reply with inline coaching, score it, and
 * see progress. Focus follows the agent's work: to the scenario when it opens, to the score when it is ready,
 * back to the reply to revise it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { ProgressView } from './ProgressView';
import { ResultView } from './ResultView';
import { ScenarioPicker } from './ScenarioPicker';
import { ScenarioView } from './ScenarioView';
import type { PracticeStore } from './store';
import { useStoreState } from '../stores';

type FocusTarget = 'scenario' | null;

export function PracticePage({ practice }: { practice: PracticeStore }) {
  const state = useStoreState(practice.store);
  const scenarioHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const reply = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef<FocusTarget>(null);

  // after the render that shows it
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'scenario') scenarioHeading.current?.focus();
  });
  const focusLater = (target: FocusTarget) => () => {
    focusNext.current = target;
  };

  return (
    <>
      <header class="page-header">
        <h1>Practice</h1>
        <p class="lead">
          Role-play a customer’s message, write your reply with the same coaching you get in your helpdesk, and see how
          it meets the scenario’s goals. Nothing you write leaves this browser.
        </p>
      </header>
      <main class="practice">
        {state.problem && (
          <p class="problem" role="alert">
            {state.problem}
          </p>
        )}
        {!state.loaded ? (
          <p class="hint">Loading scenarios…</p>
        ) : (
          <div class="practice-layout">
            <ScenarioPicker state={state} practice={practice} onOpen={focusLater('scenario')} />
            <div class="practice-work">
              {state.current ? (
                <ScenarioView
                  scenario={state.current}
                  state={state}
                  practice={practice}
                  headingRef={scenarioHeading}
                  replyRef={reply}
                  onScored={() => {
                    // the score is rendered by now, or in this task's microtasks; on a second try nothing re-renders the page
                    setTimeout(() => resultHeading.current?.focus(), 0);
                  }}
                />
              ) : (
                <section class="welcome" aria-labelledby="welcome-heading">
                  <h2 id="welcome-heading">Pick a scenario</h2>
                  <p>
                    Each scenario is a customer’s message from a real kind of support situation, with goals for your
                    reply: what it should contain, and what it should avoid. Choose one from the list, or let{' '}
                    <strong>Surprise me</strong> pick one you haven’t done yet.
                  </p>
                </section>
              )}
              {state.current && state.result && (
                <ResultView
                  result={state.result}
                  scenario={state.current}
                  labels={state.labels}
                  headingRef={resultHeading}
                  onRevise={() => reply.current?.focus()}
                  onNext={() => {
                    if (practice.actions.surprise()) focusNext.current = 'scenario';
                  }}
                />
              )}
            </div>
          </div>
        )}
        {state.loaded && <ProgressView state={state} practice={practice} />}
      </main>
    </>
  );
}
