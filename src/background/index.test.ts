// The worker's wiring: install/startup, alarms, messages, live policy, and what open tabs are told.
import { fakeBrowser } from 'wxt/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIssue, loadPack } from '../packs';
import { DEFAULT_SETTINGS, settingsItem } from '../settings';
import { dayKey, insightsItem } from '../insights';
import { packStatesItem, subscriptionsItem, watchActivePacks, type ActivePacks } from '../storage';
import { handleMessage, startBackground, subscribe, syncSubscription } from './index';
import { startPackServer, type PackServer } from './test-server';
import { teamPack } from './test-packs';

let server: PackServer;
beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no context menus: the worker's "Suggest a rule" item is tested in the studio's browser suite
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
});

/** What the options page sends: fakeBrowser's own sendMessage gives no sender, which the worker refuses. */
const fromSender = async (message: unknown, sender: { id?: string; url?: string }) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find((reply: unknown) => reply !== undefined);
const fromOptionsPage = (message: unknown) =>
  fromSender(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

const activeVersion = async (id: string) => (await packStatesItem.getValue())[id]?.active?.pack.version;

describe('startBackground', () => {
  it('on install: applies the policy, sets one alarm per subscription (6 h unless overridden) and syncs', async () => {
    server.publish('/a.yaml', teamPack('1.0.0', 'widget id', { id: 'a' }));
    server.publish('/b.yaml', teamPack('1.0.0', 'sev1', { id: 'b' }));
    await subscribe({ url: server.url('/a.yaml') });
    await fakeBrowser.storage.managed.set({ packs: [{ url: server.url('/b.yaml'), interval: 30 }] });
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await activeVersion(server.url('/b.yaml'))).toBe('1.0.0'));
    expect(await activeVersion(server.url('/a.yaml'))).toBe('1.0.0');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes]).sort()).toEqual([
      [`sync:${server.url('/a.yaml')}`, 360],
      [`sync:${server.url('/b.yaml')}`, 30],
    ]);
  });

  it('syncs a subscription when its alarm fires', async () => {
    server.publish('/alarm.yaml', teamPack('1.0.0', 'widget id', { id: 'alarm' }));
    await subscribe({ url: server.url('/alarm.yaml') });
    startBackground();
    await fakeBrowser.alarms.onAlarm.trigger({ name: `sync:${server.url('/alarm.yaml')}`, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await activeVersion(server.url('/alarm.yaml'))).toBe('1.0.0'));
  });

  it('answers the options page: subscribe (then sync), sync now, import, remove', async () => {
    startBackground();
    const send = (message: unknown) => fromOptionsPage(message);
    server.publish('/msg.yaml', teamPack('1.0.0', 'widget id', { id: 'msg' }));
    expect(await send({ kind: 'subscribe', url: server.url('/msg.yaml') })).toEqual({
      ok: true,
      id: server.url('/msg.yaml'),
    });
    expect(await activeVersion(server.url('/msg.yaml'))).toBe('1.0.0');
    expect(await send({ kind: 'subscribe', url: 'http://example.com/p.yaml' })).toEqual({
      ok: false,
      error:
        '"http://example.com/p.yaml" uses http: packs must come over https (http only on localhost or 127.0.0.1, for testing)',
    });
    expect(await send({ kind: 'subscribe', url: 'https://example.com/p.yaml', publicKey: 'nope' })).toEqual({
      ok: false,
      error: 'Public key: the public key is not an ECDSA P-256 public key (SubjectPublicKeyInfo, base64)',
    });

    server.publish('/msg.yaml', teamPack('1.1.0', 'widget id', { id: 'msg' }));
    expect(await send({ kind: 'sync-now' })).toEqual([
      { id: server.url('/msg.yaml'), result: 'updated', version: '1.1.0' },
    ]);

    const bad = teamPack('1.0.0', 'widget id', { id: 'mine', exampleFlags: 'Widget' });
    const expected = loadPack(bad, 'mine.yaml');
    expect(expected.ok).toBe(false);
    expect(await send({ kind: 'import-pack', fileName: 'mine.yaml', text: bad })).toEqual({
      ok: false,
      error: 'mine.yaml was not imported',
      details: expected.ok ? [] : expected.issues.map(formatIssue), // the CLI's lines, word for word
    });
    expect(
      await send({ kind: 'import-pack', fileName: 'mine.yaml', text: teamPack('1.0.0', 'widget id', { id: 'mine' }) }),
    ).toEqual({ ok: true, id: 'file:mine' });
    expect(await activeVersion('file:mine')).toBe('1.0.0');
    expect(await send({ kind: 'unsubscribe', subscription: 'file:mine' })).toEqual({ ok: true, id: 'file:mine' });
    expect((await subscriptionsItem.getValue()).list.map((s) => s.id)).toEqual([server.url('/msg.yaml')]);
    expect(await send({ kind: 'subscribe', url: 42 })).toBeUndefined(); // not a message of ours: no answer
  });

  it('takes only counts from a content script: no subscribing, importing, removing or erasing from a page', async () => {
    startBackground();
    const page = { id: fakeBrowser.runtime.id, url: 'https://acme.zendesk.com/agent/tickets/1' };
    server.publish('/page.yaml', teamPack('1.0.0', 'widget id', { id: 'page' }));
    expect(await fromSender({ kind: 'subscribe', url: server.url('/page.yaml') }, page)).toBeUndefined();
    expect(
      await fromSender(
        { kind: 'import-pack', fileName: 'p.yaml', text: teamPack('1.0.0', 'widget id', { id: 'p' }) },
        page,
      ),
    ).toBeUndefined();
    expect((await subscriptionsItem.getValue()).list).toEqual([]);
    await insightsItem.setValue({
      ...(await insightsItem.getValue()),
      days: { [dayKey(new Date())]: { drafts: 3 } },
    } as never);
    const before = await insightsItem.getValue();
    expect(await fromSender({ kind: 'clear-insights' }, page)).toBeUndefined();
    expect(await insightsItem.getValue()).toEqual(before);
    expect(
      await fromSender(
        { kind: 'subscribe', url: server.url('/page.yaml') },
        { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
      ),
    ).toBeUndefined();
    expect((await subscriptionsItem.getValue()).list).toEqual([]);
  });

  it('answers a throw while subscribing with a refusal, not silence', async () => {
    startBackground();
    const set = subscriptionsItem.setValue;
    subscriptionsItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await fromOptionsPage({ kind: 'subscribe', url: server.url('/quota.yaml') })).toEqual({
        ok: false,
        error: 'QUOTA_BYTES quota exceeded',
      });
    } finally {
      subscriptionsItem.setValue = set;
    }
  });

  it('applies a policy change live', async () => {
    server.publish('/live.yaml', teamPack('1.0.0', 'widget id', { id: 'live' }));
    startBackground();
    await fakeBrowser.storage.managed.set({ packs: [{ url: server.url('/live.yaml') }] });
    await vi.waitFor(async () => expect(await activeVersion(server.url('/live.yaml'))).toBe('1.0.0'));
  });
});

describe('watchActivePacks', () => {
  it('tells open tabs about a new version or a rule turned off, and stays quiet on a sync that found nothing new', async () => {
    server.publish('/watch.yaml', teamPack('1.0.0', 'widget id', { id: 'watch' }));
    await subscribe({ url: server.url('/watch.yaml') });
    const seen: ActivePacks[] = [];
    const stop = watchActivePacks((active) => seen.push(active));
    await vi.waitFor(() => expect(seen).toHaveLength(1)); // the first reading, with no known key
    expect(seen[0].packs.map((p) => p.id)).toEqual([
      'core',
      'jargon',
      'macros',
      'core-es',
      'core-fr',
      'core-de',
      'core-pt',
    ]);

    await syncSubscription(server.url('/watch.yaml'));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1].packs.map((p) => `${p.id} ${p.version}`).at(-1)).toBe('watch 1.0.0');

    await syncSubscription(server.url('/watch.yaml')); // 304
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['watch/internal-words'] });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2].disabledRules).toEqual(['watch/internal-words']);
    stop();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: [] });
    await new Promise((done) => setTimeout(done, 50));
    expect(seen).toHaveLength(3);
  });
});

describe('insights messages', () => {
  it('records a tab’s counts, refuses a report that does not check out, and clears on request', async () => {
    const day = dayKey(new Date());
    expect(
      await handleMessage({ kind: 'record-insights', delta: { day, drafts: 1, applied: { 'core/just': 1 } } }),
    ).toBe(true);
    expect(await handleMessage({ kind: 'record-insights', delta: { day, drafts: 1, draft: 'Dear customer…' } })).toBe(
      false,
    );
    expect((await insightsItem.getValue()).days[day]).toMatchObject({ drafts: 1, applied: { 'core/just': 1 } });
    await handleMessage({ kind: 'clear-insights' });
    expect((await insightsItem.getValue()).days).toEqual({});
  });
});
