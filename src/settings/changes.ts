/**
 * Every change to the agent's settings, as data. The options page, the popup and the tabs' overlays each used to
 * write the settings themselves, queued only within their own context: a rule turned off in a tab while the
 * options page changed the threshold kept one of the two (issue 14). A change is now a message to the background
 * worker, the settings' one writer, which applies changes one at a time (storage/mutate.ts): each is applied to
 * what the previous one stored, whichever context asked.
 */
import type { Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';
import { settingsItem, type Settings } from '../storage/settings';
import { mutate } from '../storage/mutate';
import { canIgnorePhrase, normalisePhrase } from './phrases';
import { exportSettings, parseSettingsFile } from './transfer';

export type SettingsChange =
  | { op: 'set-rule-enabled'; rule: string; enabled: boolean }
  | { op: 'ignore-phrase'; phrase: string }
  | { op: 'unignore-phrase'; phrase: string }
  | { op: 'set-min-severity'; severity: Severity }
  /** A site switched on or off in the popup; `helpdesk`: a known helpdesk, coached unless turned off. */
  | { op: 'set-site'; host: string; helpdesk: boolean; on: boolean }
  /** Settings imported from a file (checked again by the worker, as a file would be). */
  | { op: 'replace'; settings: Settings };

/** The changes an overlay in a tab may ask for: the rest come from the extension's own pages only. */
export const OVERLAY_CHANGES: ReadonlySet<SettingsChange['op']> = new Set(['set-rule-enabled', 'ignore-phrase']);

/** The settings after one change; the same object when the change changes nothing. */
export function applySettingsChange(s: Settings, change: SettingsChange): Settings {
  switch (change.op) {
    case 'set-rule-enabled': {
      const { rule, enabled } = change;
      if (s.disabledRules.includes(rule) !== enabled) return s;
      const rest = s.disabledRules.filter((r) => r !== rule);
      return { ...s, disabledRules: enabled ? rest : [...rest, rule] };
    }
    case 'ignore-phrase': {
      const p = normalisePhrase(change.phrase);
      return s.ignoredPhrases.includes(p) ? s : { ...s, ignoredPhrases: [...s.ignoredPhrases, p] };
    }
    case 'unignore-phrase':
      return { ...s, ignoredPhrases: s.ignoredPhrases.filter((p) => p !== change.phrase) };
    case 'set-min-severity':
      return { ...s, minSeverity: change.severity };
    case 'set-site': {
      const { host, helpdesk, on } = change;
      if (on)
        return {
          ...s,
          enabledSites: helpdesk || s.enabledSites.includes(host) ? s.enabledSites : [...s.enabledSites, host],
          disabledSites: s.disabledSites.filter((h) => h !== host),
        };
      return {
        ...s,
        enabledSites: s.enabledSites.filter((h) => h !== host),
        disabledSites: helpdesk && !s.disabledSites.includes(host) ? [...s.disabledSites, host] : s.disabledSites,
      };
    }
    case 'replace':
      return change.settings;
  }
}

/**
 * A change as it arrived in a message, checked field by field (a message is untyped data), or a reason to refuse
 * it. Imported settings go through the settings file's own check.
 */
export function checkSettingsChange(
  value: unknown,
): { ok: true; change: SettingsChange } | { ok: false; error: string } {
  const bad = (error: string) => ({ ok: false as const, error });
  if (typeof value !== 'object' || value === null) return bad('a settings change must be an object');
  const c = value as Record<string, unknown>;
  const str = (k: string) => typeof c[k] === 'string' && (c[k] as string).length > 0 && (c[k] as string).length <= 300;
  switch (c.op) {
    case 'set-rule-enabled':
      return str('rule') && typeof c.enabled === 'boolean'
        ? { ok: true, change: { op: c.op, rule: c.rule as string, enabled: c.enabled } }
        : bad('set-rule-enabled needs "rule" and "enabled"');
    case 'ignore-phrase':
      return str('phrase') && canIgnorePhrase(c.phrase as string)
        ? { ok: true, change: { op: c.op, phrase: c.phrase as string } }
        : bad('ignore-phrase needs a short phrase');
    case 'unignore-phrase':
      return str('phrase')
        ? { ok: true, change: { op: c.op, phrase: c.phrase as string } }
        : bad('unignore-phrase needs "phrase"');
    case 'set-min-severity':
      return (SEVERITIES as readonly unknown[]).includes(c.severity)
        ? { ok: true, change: { op: c.op, severity: c.severity as Severity } }
        : bad(`set-min-severity needs one of ${SEVERITIES.join(', ')}`);
    case 'set-site':
      return str('host') && typeof c.helpdesk === 'boolean' && typeof c.on === 'boolean'
        ? { ok: true, change: { op: c.op, host: c.host as string, helpdesk: c.helpdesk, on: c.on } }
        : bad('set-site needs "host", "helpdesk" and "on"');
    case 'replace': {
      const parsed = parseSettingsFile(exportSettings(c.settings as Settings));
      return parsed.ok ? { ok: true, change: { op: c.op, settings: parsed.settings } } : bad(parsed.errors.join('; '));
    }
    default:
      return bad(`unknown settings change ${JSON.stringify(String(c.op))}`);
  }
}

/** The worker's side: applies one change to what storage holds, after every change asked before it. */
export function applyToStoredSettings(change: SettingsChange): Promise<Settings> {
  return mutate(async () => {
    const current = await settingsItem.getValue();
    const next = applySettingsChange(current, change);
    if (next !== current) await settingsItem.setValue(next);
    return next;
  });
}

/**
 * The worker's answer to an `update-settings` message: checked, limited to what an overlay may change when a tab
 * sent it (turn a rule off, ignore a phrase), then applied in turn.
 */
export async function answerSettingsChange(
  value: unknown,
  fromExtensionPage: boolean,
): Promise<{ ok: true; settings: Settings } | { ok: false; error: string }> {
  const checked = checkSettingsChange(value);
  if (!checked.ok) return checked;
  const { change } = checked;
  const overlayMay = OVERLAY_CHANGES.has(change.op) && !(change.op === 'set-rule-enabled' && change.enabled);
  if (!fromExtensionPage && !overlayMay) return { ok: false, error: `a tab may not ask for "${change.op}"` };
  return { ok: true, settings: await applyToStoredSettings(change) };
}
