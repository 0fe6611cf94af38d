import { describe, expect, it } from 'vitest';
import { senderMayAsk } from './senders';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}options.html` };
const contentScript = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1' };

describe('senderMayAsk', () => {
  it('lets the extension pages ask for everything', () => {
    for (const kind of [
      'sync-now',
      'subscribe',
      'unsubscribe',
      'import-pack',
      'clear-insights',
      'record-insights',
    ] as const) {
      expect(senderMayAsk(kind, page, ID, ORIGIN)).toBe(true);
    }
  });

  it('lets a content script only add counts', () => {
    expect(senderMayAsk('record-insights', contentScript, ID, ORIGIN)).toBe(true);
    for (const kind of ['sync-now', 'subscribe', 'unsubscribe', 'import-pack', 'clear-insights'] as const) {
      expect(senderMayAsk(kind, contentScript, ID, ORIGIN)).toBe(false);
    }
  });

  it('refuses another extension, and a page URL that only looks like ours', () => {
    expect(senderMayAsk('record-insights', { id: 'other', url: `chrome-extension://other/x.html` }, ID, ORIGIN)).toBe(
      false,
    );
    expect(
      senderMayAsk('subscribe', { id: ID, url: `https://evil.example/chrome-extension://${ID}/` }, ID, ORIGIN),
    ).toBe(false);
    expect(senderMayAsk('subscribe', { id: ID }, ID, ORIGIN)).toBe(false);
  });
});
