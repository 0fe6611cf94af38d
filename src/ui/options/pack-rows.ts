/**
 * What the packs section shows, one row per pack (built-in, subscribed, imported, managed), computed from the
 * stored state alone so the view stays a plain function of it.
 */
// the modules, not the background index: the options page reads pack state, it never loads or fetches packs
import { activePacksFrom, qualifiedRuleIds } from '../../storage';
import type { PackState, PolicyState, Subscription, Subscriptions, SyncError } from '../../storage';
import type { PackSpec } from '../../engine';
import { BUILTIN_PACKS } from '../../packs/builtin';
import type { Settings } from '../../settings';

export type PackStatus = 'active' | 'error' | 'syncing' | 'never';

export interface RuleRow {
  rule: string;
  message: string;
  enabled: boolean;
  /** Why the agent cannot change it, when they cannot. */
  locked?: string;
}

export interface PackRow {
  /** The subscription id, or "builtin:<pack id>". */
  key: string;
  source: 'builtin' | Subscription['source'];
  sourceLabel: string;
  /** From the active version, when there is one. */
  packId?: string;
  name: string;
  version?: string;
  url?: string;
  file?: string;
  signed: boolean;
  lastSync?: number;
  status: PackStatus;
  statusLabel: string;
  error?: SyncError;
  canSync: boolean;
  canRemove: boolean;
  /** Why it cannot be removed, when it cannot. */
  removeBlocked?: string;
  rules: RuleRow[];
}

/** A sync that started longer ago than this was cut short (the worker was stopped): it no longer shows. */
const SYNC_STALE_MS = 2 * 60_000;

const SOURCE_LABELS: Record<PackRow['source'], string> = {
  builtin: 'Built-in',
  options: 'Subscribed',
  file: 'Imported file',
  policy: 'Managed by your organisation',
};

export function packRows(
  subscriptions: Subscriptions,
  states: Record<string, PackState>,
  policy: PolicyState,
  settings: Settings,
  now: number,
): PackRow[] {
  const { disabledRules, lockedRules } = activePacksFrom(subscriptions, states, policy, settings);
  const off = new Set(disabledRules);
  const locked = new Set(lockedRules);
  const policyOff = new Set(policy.policy.disabledRules);
  const ruleRows = (pack: PackSpec): RuleRow[] =>
    qualifiedRuleIds(pack).map((rule, i) => ({
      rule,
      message: pack.rules[i].message.replace(/\{[a-z]+\}/g, '…'),
      enabled: !off.has(rule),
      ...(locked.has(rule)
        ? { locked: policyOff.has(rule) ? 'turned off by your organisation' : 'set by your organisation' }
        : {}),
    }));

  const builtins: PackRow[] = BUILTIN_PACKS.map((pack) => ({
    key: `builtin:${pack.id}`,
    source: 'builtin',
    sourceLabel: SOURCE_LABELS.builtin,
    packId: pack.id,
    name: pack.name,
    version: pack.version,
    signed: false,
    status: 'active',
    statusLabel: 'Active',
    canSync: false,
    canRemove: false,
    removeBlocked: 'built-in packs cannot be removed; turn off their rules instead',
    rules: ruleRows(pack),
  }));

  const subscribed = subscriptions.list.map((sub): PackRow => {
    const state: PackState = states[sub.id] ?? { failures: 0 };
    const active = state.active;
    const syncing = state.syncingSince !== undefined && now - state.syncingSince < SYNC_STALE_MS;
    const status: PackStatus = syncing ? 'syncing' : state.error ? 'error' : active ? 'active' : 'never';
    const statusLabel = {
      syncing: 'Syncing…',
      error: active ? `Last sync failed; version ${active.pack.version} stays active` : 'Last sync failed; not active',
      active: 'Active',
      never: 'Not synced yet',
    }[status];
    const lockedByPolicy = sub.source === 'policy' && policy.policy.lockSettings;
    return {
      key: sub.id,
      source: sub.source,
      sourceLabel: SOURCE_LABELS[sub.source],
      packId: active?.pack.id,
      name: active?.pack.name ?? sub.url ?? sub.id,
      version: active?.pack.version,
      url: sub.url,
      file: sub.url ? undefined : active?.file,
      signed: Boolean(sub.publicKey),
      lastSync: state.lastCheckedAt,
      status,
      statusLabel,
      error: state.error,
      canSync: Boolean(sub.url) && !syncing,
      canRemove: !lockedByPolicy,
      ...(lockedByPolicy ? { removeBlocked: 'managed by your organisation' } : {}),
      rules: active ? ruleRows(active.pack) : [],
    };
  });
  return [...builtins, ...subscribed];
}
