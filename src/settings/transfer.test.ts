import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './index';
import { exportSettings, parseSettingsFile } from './transfer';

const mine: Settings = {
  disabledRules: ['core/just', 'team/internal-words'],
  inputSites: ['chat.example.com'],
  enabledSites: ['shop.example.com'],
  disabledSites: ['acme.zendesk.com'],
  internalNotes: 'full',
  minSeverity: 'suggestion',
  ignoredPhrases: ['per my last email'],
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'empathy-coach-settings', version: SETTINGS_VERSION, settings, ...extra });

describe('settings files', () => {
  it('round-trips every setting', () => {
    const text = exportSettings(mine, new Date('2025-06-01T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'empathy-coach-settings',
      version: SETTINGS_VERSION,
      exportedAt: '2025-06-01T10:00:00.000Z',
    });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine });
  });

  it('fills what an older file lacks with the defaults, and normalises phrases', () => {
    const old = file({ disabledRules: ['core/just'], ignoredPhrases: ['  Per My Last Email'] }, { version: 2 });
    expect(parseSettingsFile(old)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, disabledRules: ['core/just'], ignoredPhrases: ['per my last email'] },
    });
  });

  it('names every problem by its path, and what was expected', () => {
    const result = parseSettingsFile(
      file({
        disabledRules: ['core/just', 42, 'no slash'],
        enabledSites: 'shop.example.com',
        minSeverity: 'loud',
        ignoredPhrases: ['a whole sentence of a draft that is far too long to keep'],
        colour: 'red',
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'settings.disabledRules[1]: expected text, got 42',
        'settings.disabledRules[2]: expected a rule id like "core/just", got "no slash"',
        'settings.enabledSites: expected a list, got "shop.example.com"',
        'settings.ignoredPhrases[0]: expected a short phrase (up to 5 words, 40 characters), got "a whole sentence of a draft that is far …"',
        'settings.minSeverity: expected one of "hint", "suggestion", "warning", got "loud"',
        'settings.colour: unknown setting',
      ],
    });
  });

  it.each([
    ['not JSON', '{"format": ', /^not JSON: /],
    [
      'another file',
      JSON.stringify({ id: 'team', rules: [] }),
      /^format: expected "empathy-coach-settings", got undefined: this is not an Empathy Coach settings file$/,
    ],
    [
      'a newer version',
      file({}, { version: SETTINGS_VERSION + 1 }),
      /^version: \d+ is newer than this extension understands/,
    ],
    [
      'no settings',
      JSON.stringify({ format: 'empathy-coach-settings', version: 1 }),
      /^settings: expected an object, got undefined$/,
    ],
    ['a list', '[]', /^\(file\): expected an object, got a list$/],
  ])('refuses %s', (_, text, error) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors[0]).toMatch(error);
  });
});
