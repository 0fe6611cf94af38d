/** Turns validated packs into the flat, ordered list of compiled rules the analyzer runs. */
import { RULE_KINDS, RuleFieldError, type RuleBase } from './kinds';
import type { CompiledRule, PackIssue, PackSpec, RuleWhen } from './types';

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
 * Packs apply in order. A rule whose id names another pack's rule ("core/unfortunately") replaces it in place;
 * a pack's `disable` list and the agent's disabled rules remove rules. Every compile problem is collected, so a
 * trainer sees them all at once.
 */
export function compilePacks(packs: readonly PackSpec[], disabled: Iterable<string> = []): CompiledPacks {
  const rules = new Map<string, CompiledRule>();
  const vocabulary: Record<string, number> = {};
  const issues: PackIssue[] = [];
  const off = new Set(disabled);
  for (const pack of packs) {
    Object.assign(vocabulary, pack.vocabulary);
    for (const id of pack.disable ?? []) off.add(id);
    pack.rules.forEach((spec, index) => {
      const qualified = spec.id.includes('/') ? spec.id : `${pack.id}/${spec.id}`;
      const kind = RULE_KINDS[spec.kind];
      if (!kind) {
        issues.push({
          file: pack.id,
          path: `rules[${index}].kind`,
          message: `unknown rule kind "${spec.kind}"; expected one of ${Object.keys(RULE_KINDS).join(', ')}`,
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
        rules.set(qualified, kind.compile(spec, base));
      } catch (error) {
        const field = error instanceof RuleFieldError ? `.${error.field}` : '';
        issues.push({ file: pack.id, path: `rules[${index}]${field}`, message: (error as Error).message });
      }
    });
  }
  if (issues.length) throw new PackCompileError(issues);
  return { rules: [...rules.values()].filter((r) => !off.has(r.rule)), vocabulary };
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
