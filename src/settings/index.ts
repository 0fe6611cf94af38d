/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { storage } from '#imports';
import type { Severity } from '../engine/types';
import { canIgnorePhrase, normalisePhrase } from './phrases';

export { canIgnorePhrase, MAX_IGNORED_PHRASE_LENGTH, MAX_IGNORED_PHRASE_WORDS, normalisePhrase } from './phrases';

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
  /** Findings below this severity are not shown: 'hint' shows everything, 'suggestion' hides hints. */
  minSeverity: Severity;
  /**
   * Phrases never flagged again, whatever the rule, lower-cased ("per my last email"): the agent's own
   * "ignore everywhere". Only short phrases (MAX_IGNORED_PHRASE_LENGTH) are kept, so no draft is stored here.
   */
  ignoredPhrases: string[];
}

export type InternalNotes = 'off' | 'light' | 'full';

export const DEFAULT_SETTINGS: Settings = {
  disabledRules: [],
  inputSites: [],
  enabledSites: [],
  disabledSites: [],
  internalNotes: 'light',
  minSeverity: 'hint',
  ignoredPhrases: [],
};

export const SETTINGS_VERSION = 3;

type SettingsV1 = Pick<Settings, 'disabledRules' | 'inputSites'>;
type SettingsV2 = Omit<Settings, 'minSeverity' | 'ignoredPhrases'>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    // v2: sites beyond the helpdesks are enabled one by one; any site can be turned off; internal notes
    2: (v1: SettingsV1): SettingsV2 => ({ ...DEFAULT_SETTINGS, ...v1 }),
    // v3: a severity threshold and the personal ignore list
    3: (v2: SettingsV2): Settings => ({ ...v2, minSeverity: 'hint', ignoredPhrases: [] }),
  },
});

let writes: Promise<unknown> = Promise.resolve();

/**
 * The one writer of the settings: every change is a read-modify-write run after the previous one has been stored,
 * so three changes at once (a rule turned off, a phrase ignored, a site switched) keep all three instead of the
 * last. Every setter below goes through it.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const step = async () => {
    const next = change(await settingsItem.getValue());
    await settingsItem.setValue(next);
    return next;
  };
  const run = writes.then(step, step);
  writes = run.catch(() => undefined);
  return run;
}

export async function disableRule(rule: string): Promise<void> {
  await updateSettings((s) => (s.disabledRules.includes(rule) ? s : { ...s, disabledRules: [...s.disabledRules, rule] }));
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
