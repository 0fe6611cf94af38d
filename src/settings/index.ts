/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { storage } from '#imports';

export interface Settings {
  /** Qualified rule ids ("core/just") turned off. */
  disabledRules: string[];
  /** Sites (host names) where single-line inputs (chat boxes) are coached too: an opt-in per site. */
  inputSites: string[];
  /** Sites (host names) the agent enabled beyond the known helpdesks, each with its host permission granted. */
  enabledSites: string[];
  /** Sites (host names) where coaching is off, known helpdesks included. */
  disabledSites: string[];
  /** Internal notes to colleagues: not coached, coached for warnings only, or coached like replies. */
  internalNotes: InternalNotes;
}

export type InternalNotes = 'off' | 'light' | 'full';

export const DEFAULT_SETTINGS: Settings = { disabledRules: [], inputSites: [], enabledSites: [], disabledSites: [], internalNotes: 'light' };

type SettingsV1 = Pick<Settings, 'disabledRules' | 'inputSites'>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // v2: sites beyond the helpdesks are enabled one by one; any site can be turned off; internal notes
    2: (v1: SettingsV1): Settings => ({ ...DEFAULT_SETTINGS, ...v1 }),
  },
});

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await settingsItem.getValue());
  await settingsItem.setValue(next);
  return next;
}

export async function disableRule(rule: string): Promise<void> {
  await updateSettings((s) => (s.disabledRules.includes(rule) ? s : { ...s, disabledRules: [...s.disabledRules, rule] }));
}

/** Whether coaching runs on a host: a known helpdesk unless turned off, any other site once enabled. */
export function siteIsOn(settings: Settings, host: string, known: boolean): boolean {
  if (settings.disabledSites.includes(host)) return false;
  return known || settings.enabledSites.includes(host);
}

/** Turns a rule (qualified id) on or off for this agent. */
export async function setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
  const settings = await settingsItem.getValue();
  const rest = settings.disabledRules.filter((r) => r !== rule);
  await settingsItem.setValue({ ...settings, disabledRules: enabled ? rest : [...rest, rule] });
}
