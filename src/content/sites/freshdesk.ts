/**
 * Freshdesk (helpdesk.freshdesk.com, `/a/tickets/<id>`). The reply and the "Add note" composers are Froala
 * (`.fr-element.fr-view` inside `.fr-box .fr-wrapper`).
 *
 * Sources: Froala as Freshdesk's editor and the `.fr-element.fr-view` / `.fr-wrapper [contenteditable]`
 * selectors: public Freshdesk helper extensions on GitHub that write into the reply box; the ticket address
 * `https://<account>.freshdesk.com/a/tickets/<id>`: Freshworks developer docs (app testing on `?dev=true`).
 * Best guess (the public extensions only scrape by heuristics): thread messages as `.thread-message` with
 * `incoming` (customer) / `outgoing` (agent) / `private-note` (note) classes, read through `authorFromCues`;
 * the note composer inside `.note-editor` (or any ancestor marked private/note). Channel: email, or chat for
 * a conversation marked as a chat message.
 */
import { authorFromCues, latestCustomerItem, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const THREAD: ThreadSpec = {
  items: '.thread-message, [data-testid="conversation-item"]',
  author: authorFromCues,
  body: (item) => item.querySelector('.thread-body, .message-body, .fr-view'),
};

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: SITE_MATCHES.freshdesk,
  isComposer: (element) => Boolean(element.closest('.fr-element')),
  conversation(composer) {
    const customer = latestCustomerItem(composer, THREAD);
    return {
      customerMessage: customer?.text,
      channel: customer?.item.matches('.chat, [data-source="chat"]') ? 'chat' : 'email',
      audience: composer.closest('.note-editor, .private-note, [data-editor="note"]') ? 'internal' : 'customer',
    };
  },
};
