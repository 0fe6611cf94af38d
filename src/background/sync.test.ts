// The sync state machine against a real HTTP server on 127.0.0.1, with fakeBrowser's storage and alarms.
import { fakeBrowser } from 'wxt/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packStatesItem, subscriptionsItem, type PackState } from '../storage';
import { subscribe, syncSubscription, unsubscribe, type SyncOptions } from './index';
import { startPackServer, type PackServer } from './test-server';
import { teamPack, testKey } from './test-packs';

let server: PackServer;
beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());

let path = '';
let n = 0;
// fast limits so failures are quick; one retry so retrying is tested
const FAST: SyncOptions = { timeoutMs: 300, retries: 1, backoffMs: 5 };

beforeEach(() => {
  fakeBrowser.reset();
  path = `/packs/team-${++n}.yaml`; // a fresh URL per test: the server keeps its routes
});

const state = async (id = server.url(path)): Promise<PackState | undefined> => (await packStatesItem.getValue())[id];
const requestsTo = (p: string) => server.requests.filter((r) => r.path === p);

async function subscribed(publicKey?: string) {
  const result = await subscribe({ url: server.url(path), publicKey });
  expect(result).toEqual({ ok: true, id: server.url(path) });
  return server.url(path);
}

/** Subscribes and activates version 1.0.0, which flags "widget id". */
async function withVersion1(publicKey?: string, sign?: (text: string) => string) {
  const v1 = teamPack('1.0.0', 'widget id');
  server.publish(path, v1);
  if (sign) server.publish(`${path}.sig`, sign(v1));
  const id = await subscribed(publicKey);
  expect(await syncSubscription(id, FAST)).toMatchObject({ result: 'updated', version: '1.0.0' });
  return id;
}

describe('syncSubscription', () => {
  it('activates a new version, asking conditionally with the ETag of the one it has', async () => {
    const id = await withVersion1();
    const first = await state(id);
    expect(first).toMatchObject({
      active: { pack: { id: 'team', version: '1.0.0' }, file: id, etag: expect.stringMatching(/^"/) },
      failures: 0,
    });
    expect(first?.error).toBeUndefined();
    expect(first?.syncingSince).toBeUndefined();
    server.publish(path, teamPack('1.1.0', 'sev1'));
    expect(await syncSubscription(id, FAST)).toEqual({ id, result: 'updated', version: '1.1.0' });
    expect((await state(id))?.active?.pack.rules[0].phrases).toEqual(['sev1']);
    expect(requestsTo(path).at(-1)?.headers['if-none-match']).toBe(first?.active?.etag);
  });

  it('changes nothing on 304 Not Modified (ETag, or Last-Modified alone)', async () => {
    const id = await withVersion1();
    const before = await state(id);
    expect(await syncSubscription(id, FAST)).toEqual({ id, result: 'unchanged', version: '1.0.0' });
    expect(requestsTo(path).at(-1)?.status).toBe(304);
    const after = await state(id);
    expect(after?.active).toEqual(before?.active);
    expect(after!.lastCheckedAt!).toBeGreaterThanOrEqual(before!.lastCheckedAt!);

    const dated = `${path}-dated`;
    server.publish(dated, {
      body: teamPack('2.0.0', 'widget id', { id: 'dated' }),
      etag: false,
      lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT',
    });
    expect((await subscribe({ url: server.url(dated) })).ok).toBe(true);
    expect((await syncSubscription(server.url(dated), FAST)).result).toBe('updated');
    expect((await syncSubscription(server.url(dated), FAST)).result).toBe('unchanged');
    expect(requestsTo(dated).at(-1)?.headers['if-modified-since']).toBe('Tue, 01 Jul 2025 10:00:00 GMT');
  });

  it('keeps the last good version on HTTP 500, retries, records the error and schedules a retry alarm', async () => {
    const id = await withVersion1();
    const before = requestsTo(path).length;
    server.publish(path, { body: 'oops', status: 500 });
    const outcome = await syncSubscription(id, FAST);
    expect(outcome).toMatchObject({
      result: 'failed',
      version: '1.0.0',
      error: { kind: 'http', file: id, messages: [`${id}: HTTP 500 Internal Server Error`] },
    });
    expect(requestsTo(path).length - before).toBe(2); // the attempt and one retry
    const after = await state(id);
    expect(after).toMatchObject({
      active: { pack: { version: '1.0.0' } },
      failures: 1,
      error: { kind: 'http', at: expect.any(Number) },
    });
    expect(await fakeBrowser.alarms.get(`retry:${id}`)).toMatchObject({ name: `retry:${id}` });
    // the server recovers: the error clears, the failure count resets
    server.publish(path, teamPack('1.0.1', 'widget id'));
    expect((await syncSubscription(id, FAST)).result).toBe('updated');
    expect(await state(id)).toMatchObject({ failures: 0, active: { pack: { version: '1.0.1' } } });
    expect((await state(id))?.error).toBeUndefined();
  });

  it('gives up on a server that does not answer in time', async () => {
    const id = await withVersion1();
    server.publish(path, { body: teamPack('9.0.0', 'widget id'), delayMs: 1000 });
    const outcome = await syncSubscription(id, { ...FAST, timeoutMs: 100, retries: 0 });
    expect(outcome).toMatchObject({
      result: 'failed',
      version: '1.0.0',
      error: { kind: 'timeout', messages: [`${id}: no complete answer within 0.1 s`] },
    });
  });

  it('says when the server cannot be reached at all', async () => {
    const closed = await startPackServer();
    const url = closed.url('/gone.yaml');
    await closed.close();
    expect((await subscribe({ url })).ok).toBe(true);
    const outcome = await syncSubscription(url, FAST);
    expect(outcome).toMatchObject({ result: 'failed', error: { kind: 'network', file: url } });
    expect(outcome.error?.messages[0]).toMatch(
      new RegExp(`^${url.replace(/[.?]/g, '\\$&')}: could not reach the server \\(`),
    );
  });

  it('refuses a file over 1 MB, with or without Content-Length, and stops downloading it', async () => {
    const id = await withVersion1();
    const huge = teamPack('2.0.0', 'widget id') + `# ${'x'.repeat(1024 * 1024)}\n`;
    for (const chunked of [false, true]) {
      server.publish(path, { body: huge, chunked });
      const outcome = await syncSubscription(id, FAST);
      expect(outcome.error?.kind).toBe('too-large');
      expect(outcome.error?.messages[0]).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/packs\/team-\d+\.yaml: the file is larger than the 1024 KB limit/,
      );
      expect((await state(id))?.active?.pack.version).toBe('1.0.0');
    }
  });

  it('refuses invalid YAML with the file, line and column', async () => {
    const id = await withVersion1();
    server.publish(path, teamPack('2.0.0', 'widget id').replace('phrases: ["widget id"]', 'phrases: ["widget id"'));
    const outcome = await syncSubscription(id, FAST);
    expect(outcome.error).toMatchObject({ kind: 'pack', file: id });
    expect(outcome.error?.messages).toEqual([
      expect.stringMatching(new RegExp(`^${id.replace(/[.?]/g, '\\$&')}:\\d+:\\d+: \\(syntax\\): `)),
    ]);
    expect((await state(id))?.active?.pack.version).toBe('1.0.0');
  });

  it('refuses a pack whose own examples fail, naming the example', async () => {
    const id = await withVersion1();
    server.publish(path, teamPack('2.0.0', 'widget id', { exampleFlags: 'Widget' }));
    const outcome = await syncSubscription(id, FAST);
    expect(outcome.error?.messages).toEqual([
      `${id}:13:9: rules[0].examples[0]: example of team/internal-words fails: "Widget id is ready." should flag "Widget", flagged "Widget id"`,
    ]);
    expect((await state(id))?.active?.pack.version).toBe('1.0.0');
  });

  it('with a pinned key, activates only a pack whose signature verifies', async () => {
    const key = testKey();
    const id = await withVersion1(key.publicKey, key.sign);
    const v2 = teamPack('2.0.0', 'widget id');
    server.publish(path, v2);
    server.publish(`${path}.sig`, testKey().sign(v2)); // signed by someone else
    const forged = await syncSubscription(id, FAST);
    expect(forged.error).toMatchObject({ kind: 'signature', file: `${id}.sig` });
    expect(forged.error?.messages[0]).toContain('the signature does not match the pinned public key');
    server.publish(`${path}.sig`, key.sign(v2.replace('2.0.0', '2.0.1'))); // the right key, other bytes
    expect((await syncSubscription(id, FAST)).error?.kind).toBe('signature');
    server.unpublish(`${path}.sig`);
    expect((await syncSubscription(id, FAST)).error?.messages).toEqual([
      `${id}.sig: the pack's signature could not be fetched: HTTP 404 Not Found`,
    ]);
    expect((await state(id))?.active?.pack.version).toBe('1.0.0');
    server.publish(`${path}.sig`, key.sign(v2));
    expect(await syncSubscription(id, FAST)).toMatchObject({ result: 'updated', version: '2.0.0' });
    expect((await state(id))?.active?.verifiedWith).toBe(key.publicKey);
  });

  it('refuses a pack whose id another pack uses', async () => {
    server.publish(path, teamPack('1.0.0', 'widget id', { id: 'core' }));
    const id = await subscribed();
    const outcome = await syncSubscription(id, FAST);
    expect(outcome.error).toMatchObject({
      kind: 'conflict',
      messages: [`${id}: id: pack id "core" is already used by the built-in pack "core"; packs need distinct ids`],
    });
    expect((await state(id))?.active).toBeUndefined();
  });

  it('leaves the last good version in storage at every moment of a sync, and drops the result of a removed subscription', async () => {
    const id = await withVersion1();
    server.publish(path, { body: teamPack('2.0.0', 'widget id'), delayMs: 150 });
    const running = syncSubscription(id, FAST);
    expect(syncSubscription(id, FAST)).toBe(running); // a second "sync now" joins the first
    await new Promise((done) => setTimeout(done, 50));
    // mid-sync, as a worker stopped now would leave it: marked as syncing, version 1 still active
    expect(await state(id)).toMatchObject({ syncingSince: expect.any(Number), active: { pack: { version: '1.0.0' } } });
    expect((await running).version).toBe('2.0.0');

    server.publish(path, { body: teamPack('3.0.0', 'widget id'), delayMs: 150 });
    const removed = syncSubscription(id, FAST);
    await new Promise((done) => setTimeout(done, 50));
    expect(await unsubscribe(id)).toEqual({ ok: true, id });
    expect((await removed).result).toBe('skipped');
    expect(await state(id)).toBeUndefined();
    expect((await subscriptionsItem.getValue()).list).toEqual([]);
  });
});

describe('syncSubscription against a hostile or misconfigured server', () => {
  it('with a pinned key, refuses an older signed version and another pack signed with the same key', async () => {
    const key = testKey();
    const id = await withVersion1(key.publicKey, key.sign);
    const v2 = teamPack('2.0.0', 'sev1');
    server.publish(path, v2);
    server.publish(`${path}.sig`, key.sign(v2));
    expect(await syncSubscription(id, FAST)).toMatchObject({ result: 'updated', version: '2.0.0' });

    const old = teamPack('1.0.0', 'widget id'); // validly signed, once
    server.publish(path, old);
    server.publish(`${path}.sig`, key.sign(old));
    const rolledBack = await syncSubscription(id, FAST);
    expect(rolledBack).toMatchObject({ result: 'failed', version: '2.0.0', error: { kind: 'stale' } });
    expect(rolledBack.error?.messages[0]).toContain('version 1.0.0 is older than version 2.0.0, already active');

    const other = teamPack('3.0.0', 'widget id', { id: 'other' });
    server.publish(path, other);
    server.publish(`${path}.sig`, key.sign(other));
    const swapped = await syncSubscription(id, FAST);
    expect(swapped.error?.messages[0]).toContain('the signed pack is "other", but this subscription\'s pack is "team"');
    expect((await state(id))?.active?.pack).toMatchObject({ id: 'team', version: '2.0.0' });

    const same = teamPack('2.0.0', 'widget id'); // the same version again is fine (a re-publish)
    server.publish(path, same);
    server.publish(`${path}.sig`, key.sign(same));
    expect((await syncSubscription(id, FAST)).result).toBe('updated');
  });

  it('records an exception while loading or storing as a failure: error kept, retry set, syncing marker cleared', async () => {
    const id = await withVersion1();
    server.publish(path, teamPack('2.0.0', 'widget id'));
    const set = packStatesItem.setValue;
    let calls = 0;
    // the first write (the syncing marker) passes; activating the new version hits the quota
    packStatesItem.setValue = (value) =>
      ++calls === 2 ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : set.call(packStatesItem, value);
    let outcome;
    try {
      outcome = await syncSubscription(id, FAST);
    } finally {
      packStatesItem.setValue = set;
    }
    expect(outcome).toMatchObject({ result: 'failed', version: '1.0.0', error: { kind: 'storage' } });
    expect(outcome.error?.messages[0]).toContain('the browser refused to store the pack');
    const after = await state(id);
    expect(after).toMatchObject({ failures: 1, error: { kind: 'storage' }, active: { pack: { version: '1.0.0' } } });
    expect(after?.syncingSince).toBeUndefined();
    expect(await fakeBrowser.alarms.get(`retry:${id}`)).toBeDefined();
  });

  it('refuses a redirect to where a pack may not come from, and records where an accepted one led', async () => {
    const id = await withVersion1();
    server.publish(`${path}-moved`, teamPack('2.0.0', 'widget id'));
    server.publish(path, {
      body: 'moved',
      status: 302,
      headers: { location: server.url(`${path}-moved`).replace('127.0.0.1', 'localhost') },
    });
    expect(await syncSubscription(id, FAST)).toMatchObject({ result: 'updated', version: '2.0.0' });
    expect((await state(id))?.active).toMatchObject({
      file: id,
      finalUrl: server.url(`${path}-moved`).replace('127.0.0.1', 'localhost'),
    });

    // a redirect to plain http elsewhere, as fetch reports it after following
    const fetchRedirected: typeof fetch = async () => {
      const response = new Response(teamPack('3.0.0', 'widget id'), { status: 200 });
      Object.defineProperty(response, 'url', { value: 'http://packs.example.com/team.yaml' });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    const outcome = await syncSubscription(id, { ...FAST, fetch: fetchRedirected });
    expect(outcome).toMatchObject({ result: 'failed', version: '2.0.0', error: { kind: 'redirect' } });
    expect(outcome.error?.messages[0]).toContain(
      'the server redirected to http://packs.example.com/team.yaml, which is refused: ',
    );
  });

  it('tells a server without CORS headers from one that is down, and says which header to add', async () => {
    const id = await withVersion1();
    let attempts = 0;
    const corsless: typeof fetch = async (_url, init) => {
      if (init?.mode === 'no-cors')
        return Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaque' });
      attempts++;
      throw new TypeError('Failed to fetch');
    };
    const outcome = await syncSubscription(id, { ...FAST, fetch: corsless });
    expect(outcome).toMatchObject({ result: 'failed', error: { kind: 'cors' } });
    expect(outcome.error?.messages[0]).toContain('Access-Control-Allow-Origin: *');
    expect(attempts).toBe(1); // not retried as if the network were down
  });
});
