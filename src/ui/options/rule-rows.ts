/**
 * Every rule in force, one row each, for the options page's rules section: what it flags (message, why,
 * examples), its category and severity, whether it is on, and why the agent cannot change it when they cannot.
 * A plain function of the stored state, like pack-rows.
 */
import { activePacksFrom, qualifiedRuleIds } from '../../storage';
import type { PackState, PolicyState, Subscriptions } from '../../storage';
import type { Category, Severity } from '../../engine/types';
import type { Settings } from '../../settings';

export interface RuleExample {
  text: string;
  /** The words the rule flags in it. */
  flags: string[];
}

export interface RuleInfo {
  rule: string;
  packName: string;
  category: Category;
  severity: Severity;
  /** The message with its placeholders shown as "…". */
  message: string;
  why?: string;
  examples: RuleExample[];
  allows: string[];
  enabled: boolean;
  locked?: string;
}

export function ruleInfos(
  subscriptions: Subscriptions,
  states: Record<string, PackState>,
  policy: PolicyState,
  settings: Settings,
): RuleInfo[] {
  const { packs, disabledRules, lockedRules } = activePacksFrom(subscriptions, states, policy, settings);
  const off = new Set(disabledRules);
  const locked = new Set(lockedRules);
  const policyOff = new Set(policy.policy.disabledRules);
  const byId = new Map<string, RuleInfo>();
  const disabledBy = new Map<string, string>();
  for (const pack of packs) {
    for (const rule of pack.disable ?? []) disabledBy.set(rule, pack.name);
    qualifiedRuleIds(pack).forEach((rule, i) => {
      const spec = pack.rules[i];
      byId.delete(rule); // a later pack overrides by id: its rule, in its place
      byId.set(rule, {
        rule,
        packName: pack.name,
        category: spec.category,
        severity: spec.severity,
        message: spec.message.replace(/\{[a-z]+\}/g, '…'),
        ...(spec.why ? { why: spec.why } : {}),
        examples: spec.examples.map((e) =>
          typeof e === 'string'
            ? { text: e, flags: [] }
            : { text: e.text, flags: e.flags === undefined ? [] : [e.flags].flat() },
        ),
        allows: spec.allows.map((a) => (typeof a === 'string' ? a : a.text)),
        enabled: !off.has(rule),
        ...(locked.has(rule)
          ? { locked: policyOff.has(rule) ? 'turned off by your organisation' : 'set by your organisation' }
          : {}),
      });
    });
  }
  for (const [rule, packName] of disabledBy) {
    const info = byId.get(rule);
    if (info && !info.locked)
      byId.set(rule, { ...info, enabled: false, locked: `turned off by the “${packName}” pack` });
  }
  return [...byId.values()];
}

/** The rows that match a search (rule id, message, why, examples) and a category ('' for all). */
export function filterRules(rules: RuleInfo[], search: string, category: Category | ''): RuleInfo[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter((r) => {
    if (category && r.category !== category) return false;
    if (!words.length) return true;
    const haystack = [r.rule, r.message, r.why ?? '', ...r.examples.map((e) => e.text)].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
