import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  answerSettingsChange,
  canIgnorePhrase,
  changeSettings,
  DEFAULT_SETTINGS,
  disableRule,
  ignorePhrase,
  setRuleEnabled,
  settingsItem,
  SETTINGS_VERSION,
  siteIsOn,
  unignorePhrase,
} from '.';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // the background worker's part: fakeBrowser delivers a page's message to the listeners of the same process
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { kind, change } = message as { kind: string; change: unknown };
      return kind === 'update-settings' ? answerSettingsChange(change, true) : undefined;
    });
  });

  it('migrates version 1 without losing the agent’s choices', async () => {
    await fakeBrowser.storage.local.set({
      settings: { disabledRules: ['core/just'], inputSites: ['chat.example.com'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate(); // as each context does when it defines the item
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledRules: ['core/just'],
      inputSites: ['chat.example.com'],
    });
  });

  it('migrates version 2: all the hints shown, an empty ignore list, the rest kept', async () => {
    const v2 = {
      disabledRules: ['core/just'],
      inputSites: [],
      enabledSites: ['shop.example.com'],
      disabledSites: ['acme.zendesk.com'],
      internalNotes: 'off',
    };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ ...v2, minSeverity: 'hint', ignoredPhrases: [] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('keeps every change when several are made at once', async () => {
    await Promise.all([
      disableRule('core/just'),
      ignorePhrase('per my last email'),
      setRuleEnabled('core/asap', false),
      changeSettings({ op: 'set-min-severity', severity: 'suggestion' }),
      disableRule('core/obviously'),
    ]);
    const settings = await settingsItem.getValue();
    expect(settings.disabledRules).toEqual(['core/just', 'core/asap', 'core/obviously']);
    expect(settings.ignoredPhrases).toEqual(['per my last email']);
    expect(settings.minSeverity).toBe('suggestion');
  });

  it('keeps short phrases on the ignore list, once, normalised; never a sentence', async () => {
    expect(await ignorePhrase('  Per my   LAST email ')).toBe(true);
    expect(await ignorePhrase('per my last email')).toBe(true);
    expect(await ignorePhrase('I’m')).toBe(true);
    expect(await ignorePhrase('We tried to reach you several times about this issue last week.')).toBe(false);
    expect(await ignorePhrase('   ')).toBe(false);
    expect((await settingsItem.getValue()).ignoredPhrases).toEqual(['per my last email', "i'm"]);
    await unignorePhrase('per my last email');
    expect((await settingsItem.getValue()).ignoredPhrases).toEqual(["i'm"]);
    expect(canIgnorePhrase('x'.repeat(41))).toBe(false);
  });

  it('turns a rule off once, however often asked', async () => {
    await disableRule('core/just');
    await disableRule('core/just');
    expect((await settingsItem.getValue()).disabledRules).toEqual(['core/just']);
  });
});

describe('siteIsOn', () => {
  const settings = { ...DEFAULT_SETTINGS, enabledSites: ['shop.example.com'], disabledSites: ['acme.zendesk.com'] };
  it.each([
    ['a known helpdesk', 'other.zendesk.com', true, true],
    ['a known helpdesk the agent turned off', 'acme.zendesk.com', true, false],
    ['a site the agent enabled', 'shop.example.com', false, true],
    ['any other site', 'news.example.com', false, false],
  ])('%s', (_, host, known, on) => {
    expect(siteIsOn(settings, host, known)).toBe(on);
  });
});
