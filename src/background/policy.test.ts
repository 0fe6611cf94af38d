// Enterprise policy: normalising storage.managed, managed subscriptions, locking, and key rotation by policy.
import { fakeBrowser } from 'wxt/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getActivePacks, getSitePolicy, packStatesItem, policyItem, subscriptionsItem } from '../storage';
import { applyPolicy, normalisePolicy, onPolicyChanged, subscribe, syncSubscription, unsubscribe } from './index';
import { startPackServer, type PackServer } from './test-server';
import { teamPack, testKey } from './test-packs';

let server: PackServer;
beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());
beforeEach(() => fakeBrowser.reset());

const FAST = { timeoutMs: 500, retries: 0 };
const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

describe('normalisePolicy', () => {
  it('keeps what is usable and says what it dropped and why', async () => {
    const key = testKey();
    const { policy, problems } = await normalisePolicy({
      packs: [
        { url: 'https://packs.example.com/acme.yaml', publicKey: key.publicKey, interval: 60 },
        { url: 'http://packs.example.com/acme.yaml' },
        { url: 'https://packs.example.com/other.yaml', publicKey: 'not a key' },
        { url: 'https://packs.example.com/slow.yaml', interval: 1 },
        { name: 'no url' },
      ],
      disabledRules: ['core/just', 7],
      enabledSites: 'zendesk.com',
      lockSettings: 'yes',
    });
    expect(policy).toEqual({
      packs: [
        { url: 'https://packs.example.com/acme.yaml', publicKey: key.publicKey, interval: 60 },
        { url: 'https://packs.example.com/slow.yaml' },
      ],
      disabledRules: ['core/just'],
      enabledSites: [],
      disabledSites: [],
      lockSettings: false,
    });
    expect(problems).toEqual([
      'packs[1].url: "http://packs.example.com/acme.yaml" uses http: packs must come over https (http only on localhost or 127.0.0.1, for testing), ignored',
      'packs[2].publicKey: the public key is not base64; the pack is not used',
      'packs[3].interval: expected 15 to 10080 minutes (a week); using the default',
      'packs[4]: expected {url, publicKey, interval} with a url, ignored',
      'disabledRules[1]: expected text, ignored',
      'enabledSites: expected a list of text, ignored',
      'lockSettings: expected true or false, ignored',
    ]);
  });
});

describe('applyPolicy', () => {
  it('subscribes to managed packs after the agent’s, locks them, and exposes the site lists', async () => {
    server.publish('/own.yaml', teamPack('1.0.0', 'widget id', { id: 'own' }));
    server.publish('/org.yaml', teamPack('1.0.0', 'sev1', { id: 'org' }));
    await subscribe({ url: server.url('/own.yaml') });
    await setPolicy({
      packs: [{ url: server.url('/org.yaml') }],
      disabledRules: ['core/just'],
      enabledSites: ['*.zendesk.com'],
      disabledSites: ['mail.example.com'],
      lockSettings: true,
    });
    expect(await applyPolicy()).toEqual([server.url('/org.yaml')]);
    expect((await subscriptionsItem.getValue()).list.map((s) => [s.source, s.url])).toEqual([
      ['options', server.url('/own.yaml')],
      ['policy', server.url('/org.yaml')],
    ]);
    await syncSubscription(server.url('/own.yaml'), FAST);
    await syncSubscription(server.url('/org.yaml'), FAST);
    const active = await getActivePacks();
    expect(active.packs.map((p) => p.id)).toEqual([
      'core',
      'jargon',
      'macros',
      'core-es',
      'core-fr',
      'core-de',
      'core-pt',
      'own',
      'org',
    ]);
    expect(active.lockedRules).toEqual(['core/just', 'org/internal-words']);
    expect(active.disabledRules).toContain('core/just');
    expect(await getSitePolicy()).toEqual({ enabledSites: ['*.zendesk.com'], disabledSites: ['mail.example.com'] });

    expect(await unsubscribe(server.url('/org.yaml'))).toEqual({
      ok: false,
      error: 'this pack is managed by your organisation and cannot be removed',
    });
    expect((await packStatesItem.getValue())[server.url('/org.yaml')]?.active?.pack.id).toBe('org');
  });

  it('lets the agent remove a managed pack when settings are not locked, and does not bring it back', async () => {
    await setPolicy({ packs: [{ url: 'https://packs.example.com/org.yaml' }] });
    await applyPolicy();
    expect(await unsubscribe('https://packs.example.com/org.yaml')).toEqual({
      ok: true,
      id: 'https://packs.example.com/org.yaml',
    });
    expect(await applyPolicy()).toEqual([]);
    expect((await subscriptionsItem.getValue()).list).toEqual([]);
    // with the lock, IT's packs come back
    await setPolicy({ lockSettings: true });
    expect(await applyPolicy()).toEqual(['https://packs.example.com/org.yaml']);
  });

  it('drops a managed pack and its state when the policy no longer names it, and records that a policy exists', async () => {
    await setPolicy({ packs: [{ url: 'https://packs.example.com/org.yaml' }] });
    await applyPolicy();
    expect((await policyItem.getValue()).managed).toBe(true);
    await fakeBrowser.storage.managed.clear();
    await applyPolicy();
    expect((await subscriptionsItem.getValue()).list).toEqual([]);
    expect(await policyItem.getValue()).toMatchObject({ managed: false, problems: [] });
  });

  it('takes over an agent’s own subscription to the same URL', async () => {
    await subscribe({ url: 'https://packs.example.com/org.yaml' });
    await setPolicy({ packs: [{ url: 'https://packs.example.com/org.yaml', interval: 30 }] });
    expect(await applyPolicy()).toEqual(['https://packs.example.com/org.yaml']);
    expect((await subscriptionsItem.getValue()).list).toEqual([
      expect.objectContaining({ source: 'policy', intervalMinutes: 30 }),
    ]);
    expect(await subscribe({ url: 'https://packs.example.com/org.yaml' })).toEqual({
      ok: false,
      error: 'https://packs.example.com/org.yaml is already managed by your organisation',
    });
  });

  it('keeps the key the agent pinned when the policy names the same URL without one', async () => {
    const key = testKey();
    await subscribe({ url: 'https://packs.example.com/org.yaml', publicKey: key.publicKey });
    await setPolicy({ packs: [{ url: 'https://packs.example.com/org.yaml' }] });
    await applyPolicy();
    expect((await subscriptionsItem.getValue()).list).toEqual([
      expect.objectContaining({ source: 'policy', publicKey: key.publicKey }),
    ]);
    await applyPolicy(); // and on every later reading of the policy
    expect((await subscriptionsItem.getValue()).list[0].publicKey).toBe(key.publicKey);
    const policyKey = testKey();
    await setPolicy({ packs: [{ url: 'https://packs.example.com/org.yaml', publicKey: policyKey.publicKey }] });
    await applyPolicy(); // a key of the policy's own wins
    expect((await subscriptionsItem.getValue()).list[0].publicKey).toBe(policyKey.publicKey);
  });

  it('rotates the signing key: a pack signed with the new key waits until the policy pins it, then is fetched in full', async () => {
    const [oldKey, newKey] = [testKey(), testKey()];
    const v1 = teamPack('1.0.0', 'widget id');
    const v2 = teamPack('2.0.0', 'widget id');
    server.publish('/signed.yaml', v1);
    server.publish('/signed.yaml.sig', oldKey.sign(v1));
    const url = server.url('/signed.yaml');
    await setPolicy({ packs: [{ url, publicKey: oldKey.publicKey }] });
    await onPolicyChanged(FAST);
    expect((await packStatesItem.getValue())[url]?.active?.pack.version).toBe('1.0.0');

    // the trainer signs version 2 with the new key before IT pins it: refused, version 1 stays
    server.publish('/signed.yaml', v2);
    server.publish('/signed.yaml.sig', newKey.sign(v2));
    expect((await syncSubscription(url, FAST)).error?.kind).toBe('signature');

    // IT pins the new key: the pack is fetched again without If-None-Match, verified, activated
    await setPolicy({ packs: [{ url, publicKey: newKey.publicKey }] });
    await onPolicyChanged(FAST);
    const state = (await packStatesItem.getValue())[url];
    expect(state?.active).toMatchObject({ pack: { version: '2.0.0' }, verifiedWith: newKey.publicKey });
    expect(state?.error).toBeUndefined();
    const last = server.requests.filter((r) => r.path === '/signed.yaml').at(-1);
    expect(last?.headers['if-none-match']).toBeUndefined();
    expect(last?.status).toBe(200);
  });
});
