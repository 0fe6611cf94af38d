// The worker is the settings' one writer: changes sent at once from a tab and from the options page all stay.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '../settings';
import { startBackground } from './index';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  startBackground();
});

async function send(change: unknown, sender: { id?: string; url?: string }) {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ kind: 'update-settings', change }, sender);
  return (await replies.find((reply: unknown) => reply !== undefined)) as { ok: boolean; error?: string };
}
const fromTab = (change: unknown) =>
  send(change, { id: fakeBrowser.runtime.id, url: 'https://acme.zendesk.com/agent/tickets/1' });
const fromOptionsPage = (change: unknown) =>
  send(change, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

describe('the settings’ one writer', () => {
  it('keeps every change sent at once from two contexts', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['core/kept'], ignoredPhrases: ['old one'] });
    const replies = await Promise.all([
      fromTab({ op: 'set-rule-enabled', rule: 'core/just', enabled: false }),
      fromOptionsPage({ op: 'set-min-severity', severity: 'warning' }),
      fromTab({ op: 'ignore-phrase', phrase: 'Per my last email' }),
      fromOptionsPage({ op: 'set-rule-enabled', rule: 'core/asap', enabled: false }),
      fromTab({ op: 'set-rule-enabled', rule: 'core/obviously', enabled: false }),
      fromOptionsPage({ op: 'unignore-phrase', phrase: 'old one' }),
      fromOptionsPage({ op: 'set-site', host: 'shop.example.com', helpdesk: false, on: true }),
      fromTab({ op: 'ignore-phrase', phrase: 'kindly' }),
      fromOptionsPage({ op: 'set-site', host: 'acme.zendesk.com', helpdesk: true, on: false }),
    ]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledRules: ['core/kept', 'core/just', 'core/asap', 'core/obviously'],
      ignoredPhrases: ['per my last email', 'kindly'],
      minSeverity: 'warning',
      enabledSites: ['shop.example.com'],
      disabledSites: ['acme.zendesk.com'],
    });
  });

  it('lets a tab only turn a rule off or ignore a phrase', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['core/just'] });
    expect(await fromTab({ op: 'set-rule-enabled', rule: 'core/just', enabled: true })).toEqual({
      ok: false,
      error: 'a tab may not ask for "set-rule-enabled"',
    });
    expect((await fromTab({ op: 'replace', settings: DEFAULT_SETTINGS })).ok).toBe(false);
    expect((await fromTab({ op: 'set-site', host: 'acme.zendesk.com', helpdesk: true, on: false })).ok).toBe(false);
    expect((await settingsItem.getValue()).disabledRules).toEqual(['core/just']);
    expect((await fromOptionsPage({ op: 'set-rule-enabled', rule: 'core/just', enabled: true })).ok).toBe(true);
    expect((await settingsItem.getValue()).disabledRules).toEqual([]);
  });

  it('refuses a malformed change with the reason, and a sentence on the ignore list', async () => {
    expect(await fromOptionsPage({ op: 'set-min-severity', severity: 'loud' })).toEqual({
      ok: false,
      error: 'set-min-severity needs one of hint, suggestion, warning',
    });
    expect(await fromOptionsPage({ op: 'drop-everything' })).toEqual({
      ok: false,
      error: 'unknown settings change "drop-everything"',
    });
    const sentence = 'We tried to reach you several times about this issue last week.';
    expect((await fromTab({ op: 'ignore-phrase', phrase: sentence })).ok).toBe(false);
    expect((await fromOptionsPage({ op: 'replace', settings: { disabledRules: 'all' } })).ok).toBe(false);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
