/**
 * Live checking of the studio's pack with the loader the CLI and the background use (src/packs): the whole pack
 * as `empathy-coach test` loads it, and each rule on its own as well, so one rule's errors never hide another
 * rule's (a pattern's RE2 error shows while the next rule is still half written) and each rule's examples and
 * allows run as soon as the rule compiles. Practice scenarios are checked as the CLI checks them.
 */
import { createAnalyzer, type PackIssue, type PackSpec } from '../../engine';
import { BUILTIN_PACKS, loadPack, runExamples } from '../../packs';
import { runScenarioChecks, type ScenarioFailure } from '../../practice';
import type { FormPack } from './form';
import { packFromForm } from './form-write';

export interface CaseResult {
  ok: boolean;
  /** What the rule flagged ("nothing", or the quoted texts); what it should have flagged. */
  actual: string;
  expected: string;
}

export interface StudioCheck {
  /** Every problem, each with the path of the field it concerns ("rules[0].phrases[1]"), without repeats. */
  issues: PackIssue[];
  /** Each example and allow that ran, by path ("rules[0].examples[1]"). */
  cases: Record<string, CaseResult>;
  scenarios: ScenarioFailure[];
  /** Each rule's message as the agent reads it on its first example, placeholders filled, by rule index. */
  previews: Record<number, string>;
  /** The pack as loaded (schema and compile passed), for the "try it" box. */
  pack?: PackSpec;
  /** Whether the scenarios could be checked (they need a pack that loads). */
  scenariosChecked: boolean;
  /** True when `empathy-coach test` would pass on the exported file. */
  passes: boolean;
}

const MINI = { name: 'rule', version: '0.0.0', language: 'en' };

const caseText = (c: unknown): string => {
  const text = typeof c === 'string' ? c : (c as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
};

/** The cases of a list that have text, with their index in the list. */
const written = (list: unknown): Array<readonly [number, unknown]> =>
  (Array.isArray(list) ? list : []).map((c, i) => [i, c] as const).filter(([, c]) => caseText(c).trim() !== '');

export function checkForm(form: FormPack, file = `${form.id || 'pack'}.yaml`): StudioCheck {
  const pack = packFromForm(form);
  const issues = new Map<string, PackIssue>();
  const add = (issue: PackIssue) => issues.set(`${issue.path}|${issue.message}`, issue);
  const whole = loadPack(JSON.stringify(pack), file, { examples: false });
  if (!whole.ok) whole.issues.forEach(add);

  const cases: Record<string, CaseResult> = {};
  const previews: Record<number, string> = {};
  const packId = /^[a-z][a-z0-9-]{0,39}$/.test(form.id) ? form.id : 'studio';
  const rules = (pack.rules as Array<Record<string, unknown>> | undefined) ?? [];
  rules.forEach((rule, index) => {
    const own = loadPack(JSON.stringify({ id: packId, ...MINI, rules: [rule] }), file, { examples: false, with: [] });
    if (!own.ok)
      own.issues.forEach((issue) => add({ ...issue, path: issue.path.replace(/^rules\[0\]/, `rules[${index}]`) }));
    // the cases written so far run whatever else the rule still lacks (an allow not yet written, a typo in the
    // message): the trainer sees an example turn green as soon as the rule compiles
    const examples = written(rule.examples);
    const allows = written(rule.allows);
    // (a message not yet written reads as empty: the finding needs one, the cases do not)
    const spec = {
      ...rule,
      message: typeof rule.message === 'string' ? rule.message : '',
      examples: examples.map(([, c]) => c),
      allows: allows.map(([, c]) => c),
    };
    const mini = { id: packId, ...MINI, rules: [spec] } as unknown as PackSpec;
    let run: ReturnType<typeof runExamples>;
    try {
      run = runExamples(mini);
    } catch {
      return; // a rule that does not compile: its errors are shown above
    }
    const sample = examples[0]?.[1];
    if (sample) {
      const finding = createAnalyzer([mini]).analyze(caseText(sample), {
        customerMessage: (sample as { customer?: string }).customer,
      }).findings[0];
      if (finding) previews[index] = finding.message;
    }
    const failures = new Map(run.failures.map((f) => [`${f.which}[${f.index}]`, f]));
    for (const [which, kept] of [
      ['examples', examples],
      ['allows', allows],
    ] as const) {
      kept.forEach(([at], i) => {
        const failure = failures.get(`${which}[${i}]`);
        cases[`rules[${index}].${which}[${at}]`] = failure
          ? { ok: false, actual: failure.actual, expected: failure.expected }
          : { ok: true, actual: which === 'allows' ? 'nothing' : 'as expected', expected: '' };
      });
    }
  });

  let scenarios: ScenarioFailure[] = [];
  const scenariosChecked = whole.ok && Boolean(whole.pack.scenarios?.length);
  if (whole.ok && whole.pack.scenarios?.length) {
    // scored with the built-in packs and this one, as `empathy-coach test` and the practice page do
    const analyzer = createAnalyzer([...BUILTIN_PACKS.filter((b) => b.id !== whole.pack.id), whole.pack]);
    scenarios = runScenarioChecks(analyzer, whole.pack).failures;
  }
  // the verdict of `empathy-coach test`: the whole pack's examples, as the loader runs them
  const passes = whole.ok && !runExamples(whole.pack).failures.length && !scenarios.length;
  return {
    issues: [...issues.values()],
    cases,
    previews,
    pack: whole.ok ? whole.pack : undefined,
    scenarios,
    scenariosChecked,
    passes,
  };
}

/** The path of the field a scenario failure concerns: the model reply for a goal, the message for the emotion. */
export function scenarioFailurePath(failure: ScenarioFailure): string {
  return `scenarios[${failure.scenarioIndex}].${failure.check === 'model' ? 'model' : 'message'}`;
}
