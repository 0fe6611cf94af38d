/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { storage } from '#imports';

export interface Settings {
  /** Qualified rule ids ("core/just") turned off. */
  disabledRules: string[];
  /** Sites (host names) where single-line inputs (chat boxes) are coached too: an opt-in per site. */
  inputSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { disabledRules: [], inputSites: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function disableRule(rule: string): Promise<void> {
  const settings = await settingsItem.getValue();
  if (settings.disabledRules.includes(rule)) return;
  await settingsItem.setValue({ ...settings, disabledRules: [...settings.disabledRules, rule] });
}

/** Turns a rule (qualified id) on or off for this agent. */
export async function setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
  const settings = await settingsItem.getValue();
  const rest = settings.disabledRules.filter((r) => r !== rule);
  await settingsItem.setValue({ ...settings, disabledRules: enabled ? rest : [...rest, rule] });
}
