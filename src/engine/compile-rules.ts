/**
 * Turns validated packs into the flat, ordered list of compiled rules an analyzer runs, with a table of rule kinds
 * given by the caller: all of them (compile.ts), or only those the first pass runs before compromise is loaded
 * (quick.ts). This file imports no kind, so a first pass never carries compromise.
 */
import { RuleFieldError, type RuleBase, type RuleKind } from './kinds/kind';
import type { CompiledRule, PackIssue, PackSpec, RuleSpecBase, RuleWhen } from './types';

export class PackCompileError extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n'));
    this.name = 'PackCompileError';
  }
}

export interface CompiledPacks {
  rules: CompiledRule[];
  vocabulary: Record<string, number>;
}

/**
 * Compiled rules kept by the rule's spec object: a frame's first pass compiles the rules it can run, and the full
 * analyzer built from the same stored packs a moment later takes them from here instead of compiling them again.
 */
export type CompiledRuleCache = WeakMap<RuleSpecBase, { rule: string; compiled: CompiledRule }>;

export interface CompileOptions {
  cache?: CompiledRuleCache;
  /** Whether rules compiled here are written to `cache` (default true; a first pass writes them when really compiled). */
  keep?: boolean;
  /**
   * The first pass: a rule whose kind is not in the table, or that applies only in some conversations (`when`),
   * is left out (still replacing an earlier rule of the same id); a rule that fails to compile is left out too.
   */
  partial?: boolean;
}

/**
 * Packs apply in order. A rule whose id names another pack's rule ("core/unfortunately") replaces it in place;
 * a pack's `disable` list and the agent's disabled rules remove rules. Every compile problem is collected, so a
 * trainer sees them all at once.
 */
export function compileRules(
  packs: readonly PackSpec[],
  disabled: Iterable<string>,
  kinds: Readonly<Record<string, RuleKind>>,
  { cache, keep = true, partial = false }: CompileOptions = {},
): CompiledPacks {
  const rules = new Map<string, CompiledRule | null>();
  const vocabulary: Record<string, number> = {};
  const issues: PackIssue[] = [];
  const off = new Set(disabled);
  for (const pack of packs) {
    Object.assign(vocabulary, pack.vocabulary);
    for (const id of pack.disable ?? []) off.add(id);
    pack.rules.forEach((spec, index) => {
      const qualified = spec.id.includes('/') ? spec.id : `${pack.id}/${spec.id}`;
      const kind = kinds[spec.kind];
      if (partial && (!kind || spec.when)) return void rules.set(qualified, null);
      const cached = cache?.get(spec);
      if (cached?.rule === qualified) return void rules.set(qualified, cached.compiled);
      if (!kind) {
        issues.push({
          file: pack.id,
          path: `rules[${index}].kind`,
          message: `unknown rule kind "${spec.kind}"; expected one of ${Object.keys(kinds).join(', ')}`,
        });
        return;
      }
      const base: RuleBase = {
        rule: qualified,
        category: spec.category,
        severity: spec.severity,
        message: spec.message,
        why: spec.why,
        suggest: spec.suggest ?? [],
        ...(spec.when && { appliesTo: conversationTest(spec.when) }),
      };
      try {
        const compiled = kind.compile(spec, base);
        rules.set(qualified, compiled);
        if (keep) cache?.set(spec, { rule: qualified, compiled });
      } catch (error) {
        if (partial) return void rules.set(qualified, null);
        const field = error instanceof RuleFieldError ? `.${error.field}` : '';
        issues.push({ file: pack.id, path: `rules[${index}]${field}`, message: (error as Error).message });
      }
    });
  }
  if (issues.length) throw new PackCompileError(issues);
  const compiled = [...rules.values()].filter((r): r is CompiledRule => r !== null && !off.has(r.rule));
  return { rules: compiled, vocabulary };
}

/**
 * A rule's `when` as a test of the conversation: the channel (email when the site does not say) and the
 * customer's emotions (any of those listed; 'urgent' asks for the reading's urgency flag).
 */
export function conversationTest(when: RuleWhen): NonNullable<CompiledRule['appliesTo']> {
  return ({ customer, channel }) => {
    if (when.channel && (channel ?? 'email') !== when.channel) return false;
    if (when.emotion && !when.emotion.some((e) => (e === 'urgent' ? customer?.urgent : customer?.emotions.includes(e))))
      return false;
    return true;
  };
}
