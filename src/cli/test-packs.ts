import { formatIssue, runExamples } from '../packs';
import { paint, type Io } from './io';
import { loadPackFile, packFileArgs } from './packs';

export const TEST_HELP = `Usage: empathy-coach test PACK...

Runs each pack's examples (must flag exactly the text in "flags") and allows (must flag nothing),
and prints every failure by rule with what was expected and what the rule did.

Exit status: 0 all pass, 1 an example fails, 2 a pack does not load (syntax, schema, compile).`;

export function testPacks(args: string[], io: Io): number {
  const positionals = packFileArgs(args, io, TEST_HELP);
  if (!positionals) return 0;
  const p = paint(io.color);
  let broken = false;
  let failedTotal = 0;
  let passedTotal = 0;
  for (const file of positionals) {
    const loaded = loadPackFile(io, file, false);
    if (!loaded.ok) {
      broken = true;
      io.err(loaded.issues.map(formatIssue).join('\n'));
      continue;
    }
    const { failures, counts } = runExamples(loaded.pack);
    passedTotal += counts.passed;
    failedTotal += counts.failed;
    io.out(p.bold(`${file} (${loaded.pack.id} ${loaded.pack.version})`));
    for (const [index, rule] of loaded.pack.rules.entries()) {
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
  }
  io.out(`${passedTotal} passed, ${failedTotal} failed`);
  if (broken) return 2;
  return failedTotal ? 1 : 0;
}
