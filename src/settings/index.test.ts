import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, disableRule, settingsItem, siteIsOn } from '.';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 without losing the agent’s choices', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledRules: ['core/just'], inputSites: ['chat.example.com'] }, settings$: { v: 1 } });
    await settingsItem.migrate(); // as each context does when it defines the item
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, disabledRules: ['core/just'], inputSites: ['chat.example.com'] });
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
