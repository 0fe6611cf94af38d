/**
 * A pack's examples are its tests: every `examples` entry must produce exactly the findings it names from its
 * rule, and every `allows` entry none. One runner serves the CLI's `test`, pack loading in the extension, and
 * the project's own test suite.
 */
import {
  createAnalyzer,
  languageHooks,
  packLanguage,
  type ExampleSpec,
  type AllowSpec,
  type PackSpec,
} from '../engine';

export interface ExampleFailure {
  /** Index of the rule in pack.rules. */
  ruleIndex: number;
  rule: string;
  which: 'examples' | 'allows';
  index: number;
  text: string;
  expected: string;
  actual: string;
}

export interface ExampleCounts {
  passed: number;
  failed: number;
}

const normalise = (spec: ExampleSpec | AllowSpec) => (typeof spec === 'string' ? { text: spec } : spec);
const quoteList = (texts: string[]) => (texts.length ? texts.map((t) => `"${t}"`).join(', ') : 'nothing');

export function runExamples(pack: PackSpec): { failures: ExampleFailure[]; counts: ExampleCounts } {
  // Examples test the pack on its own: rules of other packs can neither hide nor add findings.
  // …and in the pack's own language: a Spanish pack's examples are read with the Spanish cues
  const analyzer = createAnalyzer([{ ...pack, disable: [] }], { language: languageHooks(packLanguage(pack)) });
  const failures: ExampleFailure[] = [];
  let passed = 0;
  pack.rules.forEach((rule, ruleIndex) => {
    const qualified = rule.id.includes('/') ? rule.id : `${pack.id}/${rule.id}`;
    const flagged = (text: string, customer?: string, channel?: 'email' | 'chat') =>
      analyzer
        .analyze(text, { customerMessage: customer, channel })
        .findings.filter((f) => f.rule === qualified)
        .map((f) => f.text);
    const fail = (which: ExampleFailure['which'], index: number, text: string, expected: string, actual: string) =>
      failures.push({ ruleIndex, rule: qualified, which, index, text, expected, actual });

    rule.examples.forEach((spec, index) => {
      const example = normalise(spec) as Exclude<ExampleSpec, string>;
      const actual = flagged(example.text, example.customer, example.channel);
      if (example.flags === undefined) {
        if (actual.length) passed++;
        else fail('examples', index, example.text, 'a finding', 'nothing');
        return;
      }
      const expected = Array.isArray(example.flags) ? example.flags : [example.flags];
      if (expected.length === actual.length && expected.every((t, i) => t === actual[i])) passed++;
      else fail('examples', index, example.text, quoteList(expected), quoteList(actual));
    });
    rule.allows.forEach((spec, index) => {
      const allow = normalise(spec);
      const actual = flagged(allow.text, allow.customer, allow.channel);
      if (!actual.length) passed++;
      else fail('allows', index, allow.text, 'nothing', quoteList(actual));
    });
  });
  return { failures, counts: { passed, failed: failures.length } };
}
