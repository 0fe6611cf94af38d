/**
 * Limits of a pack beyond what the schema's per-field caps (rules/pack.schema.json: rules per pack, phrases per
 * rule, string lengths…) can say: totals over the whole pack. They keep the largest pack a trainer may ship cheap
 * on every keystroke (`npm run bench` measures it); each is named in the error that enforces it.
 */
import type { PackIssue, PackSpec } from '../engine';
import type { PackSource } from './source';

export const PACK_CAPS = {
  /**
   * compromise patterns over all `match` rules. Any match rule costs one compromise parse of each changed sentence
   * that holds its words (the largest share of a keystroke: npm run bench), and each pattern a walk of the parse.
   */
  matchPatterns: 10,
  /** Regular expressions over all `pattern` rules: each costs a linear scan of the sentence. */
  regexes: 200,
  /** Phrases, swap entries and exceptions over all rules but `require`. */
  phrases: 50_000,
  /** Phrases of `require` rules: they are looked for in the whole draft on every keystroke. */
  requirePhrases: 1000,
} as const;

export function capIssues(pack: PackSpec, source: PackSource): PackIssue[] {
  const totals = { matchPatterns: 0, regexes: 0, phrases: 0, requirePhrases: 0 };
  const over: Array<[keyof typeof totals, number]> = [];
  pack.rules.forEach((rule, index) => {
    const spec = rule as unknown as Record<string, unknown>;
    const count = (value: unknown) =>
      value === undefined
        ? 0
        : Array.isArray(value)
          ? value.length
          : typeof value === 'object' && value
            ? Object.keys(value).length
            : 1;
    const before = { ...totals };
    if (rule.kind === 'match') totals.matchPatterns += count(spec.match);
    if (rule.kind === 'pattern') totals.regexes += count(spec.pattern);
    if (rule.kind === 'require') totals.requirePhrases += count(spec.phrases);
    else totals.phrases += count(spec.phrases) + count(spec.swap) + count(spec.except);
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) {
      if (totals[key] > PACK_CAPS[key] && before[key] <= PACK_CAPS[key]) over.push([key, index]);
    }
  });
  const what = {
    matchPatterns: 'compromise patterns in its match rules',
    regexes: 'regular expressions in its pattern rules',
    phrases: 'phrases, swaps and exceptions',
    requirePhrases: 'phrases in its require rules',
  };
  return over.map(([key, index]) =>
    source.issue(
      ['rules', index],
      `the pack has more than ${PACK_CAPS[key]} ${what[key]} in all (this rule goes past it)`,
    ),
  );
}
