import { createAnalyzer, type PackSpec } from '../engine';
import { formatIssue, runExamples } from '../packs';
import { runScenarioChecks } from '../practice';
import { paint, type Io } from './io';
import { loadPackFiles, packFileArgs, withBuiltins } from './packs';

export const TEST_HELP = `Usage: empathy-coach test PACK...

Runs each pack's examples (must flag exactly the text in "flags") and allows (must flag nothing),
and prints every failure by rule with what was expected and what the rule did.
Checks each practice scenario too: its model reply must meet every one of its goals, and the customer's
message must read as the emotion the scenario gives. Scenarios are scored with the built-in packs and
every PACK given, as the extension would.

Exit status: 0 all pass, 1 an example or a scenario fails, 2 a pack does not load (syntax, schema, compile).`;

export function testPacks(args: string[], io: Io): number {
  const positionals = packFileArgs(args, io, TEST_HELP);
  if (!positionals) return 0;
  const p = paint(io.color);
  const results = loadPackFiles(io, positionals, false);
  const loaded: Array<{ file: string; pack: PackSpec }> = [];
  let broken = false;
  results.forEach((result, i) => {
    if (result.ok) loaded.push({ file: positionals[i], pack: result.pack });
    else {
      broken = true;
      io.err(result.issues.map(formatIssue).join('\n'));
    }
  });
  // scenarios are scored the way the extension would: built-in packs and every pack of this run
  const analyzer = loaded.some(({ pack }) => pack.scenarios?.length)
    ? createAnalyzer(withBuiltins(loaded.map(({ pack }) => pack)))
    : undefined;
  let failedTotal = 0;
  let passedTotal = 0;
  for (const { file, pack } of loaded) {
    const { failures, counts } = runExamples(pack);
    passedTotal += counts.passed;
    failedTotal += counts.failed;
    io.out(p.bold(`${file} (${pack.id} ${pack.version}, language ${pack.language})`));
    for (const [index, rule] of pack.rules.entries()) {
      const mine = failures.filter((f) => f.ruleIndex === index);
      const cases = rule.examples.length + rule.allows.length;
      if (!mine.length) {
        io.out(`  ${p.green('✓')} ${rule.id} ${p.dim(`(${cases} case${cases === 1 ? '' : 's'})`)}`);
        continue;
      }
      io.out(`  ${p.red('✗')} ${rule.id}`);
      for (const f of mine) {
        io.out(`      ${f.which}[${f.index}]: ${JSON.stringify(f.text)}`);
        io.out(`        expected: ${f.expected}`);
        io.out(`        actual:   ${f.actual}`);
      }
    }
    if (!analyzer || !pack.scenarios?.length) continue;
    const scenarios = runScenarioChecks(analyzer, pack);
    passedTotal += scenarios.counts.passed;
    failedTotal += scenarios.counts.failed;
    for (const [index, scenario] of pack.scenarios.entries()) {
      const mine = scenarios.failures.filter((f) => f.scenarioIndex === index);
      if (!mine.length) {
        const goals = (scenario.goals.elements?.length ?? 0) + (scenario.goals.rules?.length ?? 0);
        const what =
          scenario.model === undefined ? 'no model reply' : `model reply meets ${goals} goal${goals === 1 ? '' : 's'}`;
        io.out(`  ${p.green('✓')} scenario ${scenario.id} ${p.dim(`(${what})`)}`);
        continue;
      }
      io.out(`  ${p.red('✗')} scenario ${scenario.id} ${p.dim(`(scenarios[${index}])`)}`);
      for (const f of mine) {
        io.out(
          f.goal
            ? `      model reply misses ${f.goal.key} (${f.goal.label}): ${f.message}`
            : `      emotion: ${f.message}`,
        );
      }
    }
  }
  io.out(`${passedTotal} passed, ${failedTotal} failed`);
  if (broken) return 2;
  return failedTotal ? 1 : 0;
}
