/**
 * Settings as a JSON file an agent can keep or move to another browser: exported whole, and imported only when
 * every field checks out. Errors name the field by its path in the file ("settings.disabledRules[2]") and say
 * what was expected, so a hand-edited file can be fixed; a file with any error changes nothing.
 */
import { SEVERITIES } from '../engine/types';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type InternalNotes, type Settings } from '../storage/settings';
import { canIgnorePhrase, normalisePhrase } from './phrases';

export const SETTINGS_FILE_FORMAT = 'empathy-coach-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function exportSettings(settings: Settings, now = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// a host name as the popup stores it: letters, digits, dots and dashes (IDN hosts are stored in punycode)
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const INTERNAL_NOTES: readonly InternalNotes[] = ['off', 'light', 'full'];

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : typeof value === 'object'
          ? 'an object'
          : String(value);

/** Parses and checks a settings file. Fields a file from an older version lacks take their defaults. */
export function parseSettingsFile(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [`(file): expected an object, got ${describe(data)}`] };
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return {
      ok: false,
      errors: [
        `format: expected "${SETTINGS_FILE_FORMAT}", got ${describe(file.format)}: this is not an Empathy Coach settings file`,
      ],
    };
  }
  const errors: string[] = [];
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    errors.push(`version: expected a whole number from 1, got ${describe(file.version)}`);
  else if (file.version > SETTINGS_VERSION)
    errors.push(
      `version: ${file.version} is newer than this extension understands (${SETTINGS_VERSION}): update Empathy Coach first`,
    );
  for (const key of Object.keys(file))
    if (!['format', 'version', 'exportedAt', 'settings'].includes(key)) errors.push(`${key}: unknown field`);
  const raw = file.settings;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`settings: expected an object, got ${describe(raw)}`);
    return { ok: false, errors };
  }
  const input = raw as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };

  const list = (
    key: 'disabledRules' | 'inputSites' | 'enabledSites' | 'disabledSites' | 'ignoredPhrases',
    check: (item: string) => string | null,
    normalise = (s: string) => s,
  ) => {
    const value = input[key];
    if (value === undefined) return;
    if (!Array.isArray(value)) return void errors.push(`settings.${key}: expected a list, got ${describe(value)}`);
    const out: string[] = [];
    value.forEach((item, i) => {
      const problem = typeof item !== 'string' ? `expected text, got ${describe(item)}` : check(item);
      if (problem) errors.push(`settings.${key}[${i}]: ${problem}`);
      else if (!out.includes(normalise(item as string))) out.push(normalise(item as string));
    });
    settings[key] = out;
  };
  const rule = (r: string) => (RULE_ID.test(r) ? null : `expected a rule id like "core/just", got ${describe(r)}`);
  const host = (h: string) =>
    HOST.test(h) ? null : `expected a host name like "support.example.com", got ${describe(h)}`;
  list('disabledRules', rule);
  list('inputSites', host);
  list('enabledSites', host);
  list('disabledSites', host);
  list(
    'ignoredPhrases',
    (p) => (canIgnorePhrase(p) ? null : `expected a short phrase (up to 5 words, 40 characters), got ${describe(p)}`),
    normalisePhrase,
  );

  if (input.internalNotes !== undefined) {
    if (INTERNAL_NOTES.includes(input.internalNotes as InternalNotes))
      settings.internalNotes = input.internalNotes as InternalNotes;
    else
      errors.push(
        `settings.internalNotes: expected one of ${INTERNAL_NOTES.map((v) => `"${v}"`).join(', ')}, got ${describe(input.internalNotes)}`,
      );
  }
  if (input.minSeverity !== undefined) {
    if ((SEVERITIES as readonly unknown[]).includes(input.minSeverity))
      settings.minSeverity = input.minSeverity as Settings['minSeverity'];
    else
      errors.push(
        `settings.minSeverity: expected one of ${SEVERITIES.map((v) => `"${v}"`).join(', ')}, got ${describe(input.minSeverity)}`,
      );
  }
  for (const key of Object.keys(input))
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) errors.push(`settings.${key}: unknown setting`);
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}
