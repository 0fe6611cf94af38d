/**
 * Watches the focused textarea and coaches its text with the engine, scheduled off the input event so typing
 * never waits. The inline overlay comes with its own issue; this keeps the latest report for the popup to ask.
 */
import type { Analyzer, Report } from '../engine';

export interface TextareaWatch {
  latest(): Report | undefined;
}

const PAUSE_MS = 150;

export function watchTextareas(analyzer: Analyzer, signal: AbortSignal): TextareaWatch {
  let report: Report | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const coach = (field: HTMLTextAreaElement) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      report = analyzer.analyze(field.value);
    }, PAUSE_MS);
  };
  const onEvent = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLTextAreaElement && !target.readOnly && !target.disabled) coach(target);
  };
  document.addEventListener('focusin', onEvent, { capture: true, signal });
  document.addEventListener('input', onEvent, { capture: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
  return { latest: () => report };
}
