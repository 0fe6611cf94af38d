/**
 * When the coach analyses: a quiet time after the last keystroke (debounce), then an idle period, then, for the
 * first analysis of a long draft, as many short slices as it needs, so no task of ours blocks the page.
 */

/** Quiet time after the last keystroke before analysing; the analysis itself then runs when the page is idle. */
export const PAUSE_MS = 120;
/** The longest run of analysis in one task while a long draft is analysed for the first time. */
export const SLICE_MS = 8;

type Task = (deadline: IdleDeadline | null) => void;

export interface AnalysisSteps {
  /**
   * Prepares the field's analysis (warm-up, the draft's sentences) while `more()`: true when done, false when
   * work is left for another slice, null when there is nothing to analyse (no field, or no analyzer for it).
   */
  prepare(more: () => boolean): boolean | null;
  /** Layout work placing will need (an editor's own); true when some was done and the rest wants a slice. */
  prepareLayout(): boolean;
  /** The analysis itself, on a warm cache: one task. */
  analyse(): void;
}

export interface AnalysisScheduler {
  /** Analyses after `delay` ms of quiet (and then in idle time); a later call replaces an earlier one. */
  schedule(delay?: number): void;
  cancel(): void;
}

export function createAnalysisScheduler(win: Window, steps: AnalysisSteps): AnalysisScheduler {
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  function idle(task: Task) {
    if ('requestIdleCallback' in win) win.requestIdleCallback(task, { timeout: 300 });
    else setTimeout(() => task(null), 0);
  }

  /**
   * The next slice of work already begun: a background-priority task, which the browser runs after input and
   * frames but without waiting for another idle period (those come up to 50 ms apart, and the first analysis of
   * a cold draft is a few hundred slices).
   */
  function slice(task: Task) {
    const scheduler = (
      win as { scheduler?: { postTask?(callback: () => void, options: { priority: string }): Promise<unknown> } }
    ).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(() => task(null), { priority: 'background' });
    else idle(task);
  }

  /**
   * The first analysis of a long draft (on focus, after a pack or rule change) starts in an idle period and runs
   * sentence by sentence over as many slices as it needs, so no task of ours blocks the page; later keystrokes find the cache warm.
   */
  function prepareThenAnalyse(deadline: IdleDeadline | null, prepared = false) {
    const started = performance.now();
    // An idle period may offer up to 50 ms, and a sentence of our work can take several ms on a busy page:
    // slices stay well below the 50 ms of a long task.
    const more = () =>
      performance.now() - started < SLICE_MS && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
    const ready = steps.prepare(more);
    if (ready === null) return;
    if (!ready) return slice(prepareThenAnalyse);
    // a slice that did some of the work leaves the rest to a task of its own: the layout work placing needs
    // (which then takes a task itself), then the analysis, and placing the underlines in the next frame
    if (!prepared && performance.now() - started >= 2) return slice((next) => prepareThenAnalyse(next, true));
    if (steps.prepareLayout()) return slice((next) => prepareThenAnalyse(next, true));
    steps.analyse();
  }

  return {
    schedule(delay = PAUSE_MS) {
      clearTimeout(scheduled);
      // no keystroke to wait out (a focus, a refresh): start in the next task, in slices, rather than wait for an
      // idle period, which a busy page may not give for a few hundred milliseconds while the agent waits to see
      // the first underlines
      scheduled = delay
        ? setTimeout(() => idle(prepareThenAnalyse), delay)
        : setTimeout(() => prepareThenAnalyse(null), 0);
    },
    cancel: () => clearTimeout(scheduled),
  };
}
