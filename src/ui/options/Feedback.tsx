import { useState } from 'preact/hooks';
import { ProblemAlert } from '../ProblemAlert';

/**
 * What an action on the options page answered: a status line when it worked, an alert naming each problem when
 * it did not. The empty live region stays in the page, so screen readers announce what comes into it.
 */
export type Feedback = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export function FeedbackView({ feedback, id }: { feedback: Feedback; id: string }) {
  if (!feedback) return <div id={id} role="status" aria-live="polite" />;
  if (feedback.kind === 'ok') {
    return (
      <div id={id} role="status" aria-live="polite" data-feedback="ok">
        {feedback.text}
      </div>
    );
  }
  return <ProblemAlert id={id} data={{ 'data-feedback': 'error' }} lead={feedback.text} problems={feedback.details} />;
}

/**
 * A file input's change handler and what the import answered: the chosen file is read as text and handed to
 * `importText`; the input is cleared, so choosing the same file again imports it again.
 */
export function useFileImport(importText: (name: string, text: string) => Promise<Feedback>) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const change = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setFeedback(null);
    const answer = await importText(file.name, await file.text());
    input.value = '';
    setFeedback(answer);
  };
  return { feedback, change };
}
