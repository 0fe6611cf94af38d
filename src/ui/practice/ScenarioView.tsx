/**
 * One scenario: who the customer is, what they wrote (or the conversation so far), the goals, and the reply
 * editor, a plain textarea that the page's inline coaching underlines as on any helpdesk.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Scenario } from '../../practice';
import { DIFFICULTY_LABELS } from './ScenarioPicker';
import type { PracticeState, PracticeStore } from './store';
import { situationLabel } from './view';

const EMOTIONS: Record<Scenario['emotion'], string> = {
  frustrated: 'frustrated',
  angry: 'angry',
  confused: 'confused',
  anxious: 'anxious',
  sad: 'grieving',
  urgent: 'in a hurry',
  happy: 'happy',
  neutral: 'calm',
};

export interface ScenarioViewProps {
  scenario: Scenario;
  state: PracticeState;
  practice: PracticeStore;
  headingRef: Ref<HTMLHeadingElement>;
  replyRef: Ref<HTMLTextAreaElement>;
  onScored(): void;
}

export function ScenarioView({ scenario, state, practice, headingRef, replyRef, onScored }: ScenarioViewProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const customer = scenario.customer ?? 'The customer';
  const goalKeys = [
    ...scenario.goals.elements.map((e) => `element:${e}`),
    ...scenario.goals.rules.map((r) => `rule:${r}`),
  ];

  const submit = async (form: HTMLFormElement) => {
    const reply = (form.elements.namedItem('reply') as HTMLTextAreaElement).value;
    if (!reply.trim()) {
      setProblem('Write your reply first.');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      if (await practice.actions.submit(reply)) onScored();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="scenario" aria-labelledby="scenario-heading" data-scenario-view={scenario.key}>
      <h2 id="scenario-heading" tabIndex={-1} ref={headingRef}>
        {scenario.title}
      </h2>
      <p class="tags">
        <span class="tag-chip">{scenario.pack.name}</span>
        <span class="tag-chip">{situationLabel(scenario.situation)}</span>
        <span class="tag-chip">{DIFFICULTY_LABELS[scenario.difficulty]}</span>
        <span class="tag-chip">{scenario.channel === 'chat' ? 'Chat' : 'Email'}</span>
      </p>
      <h3>{scenario.thread.length > 1 ? 'The conversation so far' : `${customer} writes`}</h3>
      <p class="hint">
        {customer} is {EMOTIONS[scenario.emotion]}.
      </p>
      <ol class="thread" aria-label="Messages, oldest first">
        {scenario.thread.map((m, i) => (
          <li key={i} class={`message ${m.author}`} data-author={m.author}>
            <span class="author">{m.author === 'customer' ? customer : 'Agent'}</span>
            <p class="message-text">{m.text.trim()}</p>
          </li>
        ))}
      </ol>
      <h3>Goals</h3>
      <ul class="goal-list" aria-label="Goals for your reply">
        {goalKeys.map((key) => (
          <li key={key}>{state.labels.get(key) ?? key}</li>
        ))}
      </ul>
      <form
        class="reply-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        <label for="reply" class="reply-label">
          Your reply
        </label>
        <p id="reply-hint" class="hint">
          Coaching underlines appear as you type, as on a helpdesk: hover or press Alt+J for the next one. Ctrl+Enter
          scores your reply.
        </p>
        <textarea
          id="reply"
          name="reply"
          key={scenario.key}
          ref={replyRef}
          rows={scenario.channel === 'chat' ? 6 : 11}
          aria-describedby={problem ? 'reply-hint reply-problem' : 'reply-hint'}
          data-practice-reply=""
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {problem && (
          <p id="reply-problem" class="error-text" role="alert">
            {problem}
          </p>
        )}
        <div class="actions">
          <button type="submit" data-action="score" disabled={busy || !state.analyzer}>
            Score my reply
          </button>
          {state.result && <span class="hint">Change your reply and score it again as often as you like.</span>}
        </div>
      </form>
    </section>
  );
}
