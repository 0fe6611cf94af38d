/**
 * V8 compiles a regular expression when it first runs, and again to machine code when it runs once more, and
 * does both once for one-byte strings and once for strings with other characters (a curly apostrophe): a
 * pack's phrase and glossary expressions, compiled by the first sentences, are a long task (measured: several
 * 100 ms in a busy page). The warmer runs each rule twice on each kind of sample first, and the sentence's own
 * measures (elements, politeness, syllables, sentiment) last: one run is one step, so no step is long
 * (measured in Chromium: a few ms each; the first runs of a measure with many expressions, up to about 10).
 */
import type { CompiledRule, SentenceInput } from './types';

export const WARM_SAMPLES = [
  'Hi Sam, thanks for your patience: unfortunately we are still looking into it, and I will update you today.',
  'You’re right, and I’m sorry — we’ll fix it; unfortunately it can’t be done today.',
];

/**
 * Returns `warm(more)`: runs the next steps while `more()` says there is time, true once all have run.
 * `samples` is called once, when the first step may run; `measures` lists a sample's own measures.
 */
export function createRuleWarmer(
  samples: () => SentenceInput[],
  sentenceRules: readonly CompiledRule[],
  measures: (sample: SentenceInput) => Array<() => unknown>,
): (more: () => boolean) => boolean {
  let steps: Array<() => unknown> | undefined;
  let done = 0;
  return (more) => {
    if (!steps) {
      if (!more()) return false;
      steps = [];
      for (const sample of samples()) {
        // the sample's parse, which a rule would otherwise do inside its own step
        steps.push(() => sample.doc());
        for (const rule of sentenceRules)
          steps.push(
            () => rule.sentence!(sample),
            () => rule.sentence!(sample),
          );
        for (const measure of measures(sample)) steps.push(measure, measure);
      }
    }
    for (; done < steps.length; done++) {
      if (!more()) return false;
      steps[done]();
    }
    return true;
  };
}
