/**
 * HubSpot conversations inbox (app.hubspot.com/live-messages/<portal>/inbox/<thread>, and the EU host).
 * The composer is ProseMirror (`div.ProseMirror[contenteditable="true"]`), with Reply and Comment modes;
 * comments are internal.
 *
 * Sources: the inbox address and the ProseMirror composer: public HubSpot inbox automations on GitHub (a
 * Selenium script types into `div.ProseMirror[contenteditable='true']` and reads the message body from
 * `[data-test-id="primary-message-body-content"]`; an MV3 extension matching
 * `https://app.hubspot.com/live-messages/*`); Reply/Comment: HubSpot's inbox documentation.
 * Best guess: thread messages as `[data-test-id="thread-item"]` with an INCOMING/OUTGOING
 * `data-message-direction`, comments marked `data-comment`, the mode as the selected composer tab, and chat
 * versus email from the thread's channel attribute.
 */
import { authorFromCues, latestCustomerItem, nearest, nearestScope, type Author, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const THREAD: ThreadSpec = {
  items: '[data-test-id="thread-item"]',
  author: (item): Author => (item.hasAttribute('data-comment') ? 'internal' : authorFromCues(item)),
  body: (item) => item.querySelector('[data-test-id="primary-message-body-content"], [data-test-id="message-body"]'),
};

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: SITE_MATCHES.hubspot,
  isComposer: (element) => Boolean(element.closest('.ProseMirror') && nearestScope(element, THREAD.items)),
  conversation(composer) {
    const tab = nearest(composer, '[role="tab"][aria-selected="true"]')?.textContent ?? '';
    const customer = latestCustomerItem(composer, THREAD);
    return {
      customerMessage: customer?.text,
      channel: customer?.item.closest('[data-channel="chat"], [data-channel="whatsapp"]') ? 'chat' : 'email',
      audience: /comment/i.test(tab) ? 'internal' : 'customer',
    };
  },
};
