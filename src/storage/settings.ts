/** The agent's settings, declared once with a version so later changes migrate instead of losing them. */
import { storage } from '#imports';
import type { Severity } from '../engine/types';

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
