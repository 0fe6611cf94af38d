/**
 * Front (app.frontapp.com). Shared inboxes of email and chat; teammates talk about a conversation in
 * comments, written in a separate comment composer under the thread.
 *
 * Sources: the address `https://app.frontapp.com/open/<conversation id>` (Front's developer docs for
 * conversation links; public tools that block `https://app.frontapp.com/*`); messages being inbound or
 * outbound and comments being internal: Front's Core API (message `is_inbound`, `/comments`).
 * Best guess (no public code found that reads Front's DOM): messages as `[data-testid="message"]` with a
 * `data-direction` of inbound/outbound, comments as `[data-testid="comment"]`, the comment composer inside
 * `[data-testid="comment-composer"]`, and a chat conversation marked `data-channel="chat"`. Front's editor
 * library is not known from public sources: generic detection coaches the composer's contenteditable.
 */
import { authorFromCues, latestCustomerItem, type Author, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const THREAD: ThreadSpec = {
  items: '[data-testid="message"], [data-testid="comment"]',
  author: (item): Author => (item.matches('[data-testid="comment"]') ? 'internal' : authorFromCues(item)),
  body: (item) => item.querySelector('[data-testid="message-body"], [data-testid="comment-body"]'),
};

export const front: SiteAdapter = {
  id: 'front',
  name: 'Front',
  matches: SITE_MATCHES.front,
  isComposer: (element) => Boolean(element.closest('[data-testid="composer"], [data-testid="comment-composer"]')),
  conversation(composer) {
    const customer = latestCustomerItem(composer, THREAD);
    return {
      customerMessage: customer?.text,
      channel: customer?.item.closest('[data-channel="chat"]') ? 'chat' : 'email',
      audience: composer.closest('[data-testid="comment-composer"]') ? 'internal' : 'customer',
    };
  },
};
