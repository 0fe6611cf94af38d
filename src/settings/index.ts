/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { sendToBackground } from '../messages';
import type { Settings } from '../storage/settings';
import type { SettingsChange } from './changes';
import { canIgnorePhrase } from './phrases';

export {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsItem,
  type InternalNotes,
  type Settings,
} from '../storage/settings';
export {
  answerSettingsChange,
  applySettingsChange,
  applyToStoredSettings,
  checkSettingsChange,
  type SettingsChange,
} from './changes';
export { canIgnorePhrase, MAX_IGNORED_PHRASE_LENGTH, MAX_IGNORED_PHRASE_WORDS, normalisePhrase } from './phrases';

/**
 * Changes the settings, from any context: the change goes to the background worker, their one writer, which
 * applies changes one at a time whichever context sent them (changes.ts). Every setter below goes through it.
 */
export async function changeSettings(change: SettingsChange): Promise<Settings> {
  const reply = await sendToBackground({ kind: 'update-settings', change });
  if (!reply?.ok) throw new Error(`the settings were not changed: ${reply?.error ?? 'the extension did not answer'}`);
  return reply.settings;
}

export async function disableRule(rule: string): Promise<void> {
  await changeSettings({ op: 'set-rule-enabled', rule, enabled: false });
}

/** Whether coaching runs on a host: a known helpdesk unless turned off, any other site once enabled. */
export function siteIsOn(settings: Settings, host: string, known: boolean): boolean {
  if (settings.disabledSites.includes(host)) return false;
  return known || settings.enabledSites.includes(host);
}

/** Adds a phrase to the ignore list (once); refuses what is not a short phrase. Returns whether it is on the list. */
export async function ignorePhrase(phrase: string): Promise<boolean> {
  if (!canIgnorePhrase(phrase)) return false;
  await changeSettings({ op: 'ignore-phrase', phrase });
  return true;
}

export async function unignorePhrase(phrase: string): Promise<void> {
  await changeSettings({ op: 'unignore-phrase', phrase });
}

/** Turns a rule (qualified id) on or off for this agent. */
export async function setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
  await changeSettings({ op: 'set-rule-enabled', rule, enabled });
}
