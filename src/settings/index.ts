/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { mutate } from '../storage/mutate';
import { settingsItem, type Settings } from '../storage/settings';
import { canIgnorePhrase, normalisePhrase } from './phrases';

export {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsItem,
  type InternalNotes,
  type Settings,
} from '../storage/settings';
export { canIgnorePhrase, MAX_IGNORED_PHRASE_LENGTH, MAX_IGNORED_PHRASE_WORDS, normalisePhrase } from './phrases';

/**
 * The one writer of the settings: every change is a read-modify-write run after the previous one has been stored
 * (storage's write queue), so three changes at once (a rule turned off, a phrase ignored, a site switched) keep
 * all three instead of the last. Every setter below goes through it.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return mutate(async () => {
    const next = change(await settingsItem.getValue());
    await settingsItem.setValue(next);
    return next;
  });
}

export async function disableRule(rule: string): Promise<void> {
  await updateSettings((s) =>
    s.disabledRules.includes(rule) ? s : { ...s, disabledRules: [...s.disabledRules, rule] },
  );
}

/** Whether coaching runs on a host: a known helpdesk unless turned off, any other site once enabled. */
export function siteIsOn(settings: Settings, host: string, known: boolean): boolean {
  if (settings.disabledSites.includes(host)) return false;
  return known || settings.enabledSites.includes(host);
}

/** Adds a phrase to the ignore list (once); refuses what is not a short phrase. Returns whether it is on the list. */
export async function ignorePhrase(phrase: string): Promise<boolean> {
  if (!canIgnorePhrase(phrase)) return false;
  const p = normalisePhrase(phrase);
  await updateSettings((s) => (s.ignoredPhrases.includes(p) ? s : { ...s, ignoredPhrases: [...s.ignoredPhrases, p] }));
  return true;
}

export async function unignorePhrase(phrase: string): Promise<void> {
  await updateSettings((s) => ({ ...s, ignoredPhrases: s.ignoredPhrases.filter((p) => p !== phrase) }));
}

/** Turns a rule (qualified id) on or off for this agent. */
export async function setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
  await updateSettings((settings) => {
    const rest = settings.disabledRules.filter((r) => r !== rule);
    return { ...settings, disabledRules: enabled ? rest : [...rest, rule] };
  });
}
