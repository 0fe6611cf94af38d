import type { CompiledRule, RuleSpecBase } from '../types';

/** The fields every compiled rule shares, filled in once by the compiler before the kind adds its checks. */
export type RuleBase = Pick<CompiledRule, 'rule' | 'category' | 'severity' | 'message' | 'why' | 'suggest' | 'appliesTo'>;

/**
 * One rule kind: data validated by the pack schema, plus `compile`, which turns a rule's own fields into a
 * sentence or draft check. Runs once when the pack loads, never per keystroke.
 */
export interface RuleKind<Spec extends RuleSpecBase = RuleSpecBase> {
  kind: string;
  compile(spec: Spec, base: RuleBase): CompiledRule;
}

/** A problem with one field of one rule, found while compiling it (a bad regex, an unparsable pattern…). */
export class RuleFieldError extends Error {
  constructor(
    /** Path below the rule, e.g. "pattern" or "phrases[2]". */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleFieldError';
  }
}

/** The rule's list of strings, whether written as one string or a list. */
export function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}
