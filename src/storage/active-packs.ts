/**
 * The packs and rules in force, as every tab and the options page see them: the built-in packs, then the
 * agent's subscriptions and imported files, then the managed packs (last, so an organisation's rules win over
 * anyone's override by id). Read from storage only; `watchActivePacks` lets an open tab rebuild its analyzer
 * when a new version is activated, a pack is removed, a rule is turned off, or the policy changes.
 */
import type { PackSpec } from '../engine';
// the rule packs only, not the packs index: the loader (YAML parser, schema validator) and the practice
// scenarios have no place in every tab
import { BUILTIN_RULE_PACKS } from '../packs/builtin-rules';
import { settingsItem, type Settings } from './settings';
import {
  packStatesItem,
  policyItem,
  subscriptionsItem,
  type PackState,
  type PolicyState,
  type Subscriptions,
} from './packs';

export interface ActivePacks {
  packs: PackSpec[];
  /** Rules turned off: the agent's (unless locked) and the policy's. */
  disabledRules: string[];
  /** Rules the agent cannot turn on or off: those of managed packs when the policy locks settings, and the policy's disabled rules. */
  lockedRules: string[];
  /** Changes exactly when the packs or the rules in force change (not on a sync that found nothing new). */
  key: string;
}

export function qualifiedRuleIds(pack: PackSpec): string[] {
  return pack.rules.map((r) => (r.id.includes('/') ? r.id : `${pack.id}/${r.id}`));
}

export function activePacksFrom(
  subscriptions: Subscriptions,
  states: Record<string, PackState>,
  policy: PolicyState,
  settings: Settings,
): ActivePacks {
  const own = subscriptions.list.filter((s) => s.source !== 'policy');
  const managed = subscriptions.list.filter((s) => s.source === 'policy');
  const active = (list: typeof own) => list.map((s) => states[s.id]?.active).filter((a) => a !== undefined);
  const ownActive = active(own);
  const managedActive = active(managed);
  const packs = [...BUILTIN_RULE_PACKS, ...ownActive.map((a) => a.pack), ...managedActive.map((a) => a.pack)];
  const locked = new Set(policy.policy.disabledRules);
  if (policy.policy.lockSettings) for (const a of managedActive) qualifiedRuleIds(a.pack).forEach((r) => locked.add(r));
  const disabled = new Set(settings.disabledRules.filter((r) => !locked.has(r)));
  policy.policy.disabledRules.forEach((r) => disabled.add(r));
  const disabledRules = [...disabled].sort();
  const key = JSON.stringify([[...ownActive, ...managedActive].map((a) => [a.file, a.fetchedAt]), disabledRules]);
  return { packs, disabledRules, lockedRules: [...locked].sort(), key };
}

export async function getActivePacks(): Promise<ActivePacks> {
  const [subscriptions, states, policy, settings] = await Promise.all([
    subscriptionsItem.getValue(),
    packStatesItem.getValue(),
    policyItem.getValue(),
    settingsItem.getValue(),
  ]);
  return activePacksFrom(subscriptions, states, policy, settings);
}

/**
 * Calls back whenever the packs or rules in force differ from `known` (the key of what the caller already
 * uses), and once at the start if they already differ. Returns the function that stops watching.
 */
export function watchActivePacks(callback: (active: ActivePacks) => void, known?: string): () => void {
  let last = known;
  let generation = 0;
  let stopped = false;
  const check = async () => {
    const mine = ++generation;
    const active = await getActivePacks();
    // a later change may have been read first: deliver only the newest reading, and only if it is new
    if (stopped || mine !== generation || active.key === last) return;
    last = active.key;
    callback(active);
  };
  const unwatchers = [subscriptionsItem, packStatesItem, policyItem, settingsItem].map((item) =>
    (item.watch as (cb: () => void) => () => void)(() => void check()),
  );
  void check();
  return () => {
    stopped = true;
    unwatchers.forEach((unwatch) => unwatch());
  };
}
