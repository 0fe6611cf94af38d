import type { CompiledRule, RuleSpecBase } from '../types';

/** The fields every compiled rule shares, filled in once by the compiler before the kind adds its checks. */
export type RuleBase = Pick<
  CompiledRule,
  'rule' | 'category' | 'severity' | 'message' | 'why' | 'suggest' | 'appliesTo'
>;

/**
 * One rule kind: data validated by the pack schema, plus `compile`, which turns a rule's own fields into a
 * sentence or draft check. Runs once when the pack loads, never per keystroke.
 */
export interface RuleKind<Spec extends RuleSpecBase = RuleSpecBase> {
  kind: string;
  /**
   * The kind's own fields as JSON Schema: the `then` of its branch in rules/pack.schema.json (kinds/schema.test.ts
   * proves the two agree), `$ref`s pointing into that file's `$defs`.
   */
  schema: KindSchema;
  compile(spec: Spec, base: RuleBase): CompiledRule;
}

export interface KindSchema {
  required?: string[];
  properties: Record<string, unknown>;
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
