/**
 * Help Scout (secure.helpscout.net, `/conversation/<id>/<number>`). Email-first; Beacon chats land in the
 * same thread.
 *
 * Sources: a public Help Scout assistant extension on GitHub reads the thread as `li > div[id^="thread-"]` items
 * (customer ones carry `is-customer`) and the editor as `[data-cy="ConvoEditor"]` /
 * `[role="textbox"][aria-label="Reply Editor"]`; Help Scout's Mailbox API names thread types `customer`,
 * `beaconchat`, `message` (agent), `note` (public scripts that drop `note` and keep `customer`/`beaconchat`).
 * Best guess: notes as `is-note` and Beacon chats as `is-beaconchat` items, and a note editor labelled
 * "Note". The editor library is not known from public sources: generic detection coaches the contenteditable.
 */
import { authorFromCues, latestCustomerItem, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const COMPOSER = '[data-cy="ConvoEditor"], [role="textbox"][aria-label$="Editor"]';

const THREAD: ThreadSpec = {
  items: 'li > div[id^="thread-"], .thread-item',
  author: authorFromCues,
  body: (item) => item.querySelector('.thread-content, [data-cy="ThreadContent"]'),
};

export const helpscout: SiteAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: SITE_MATCHES.helpscout,
  isComposer: (element) => Boolean(element.closest(COMPOSER)),
  conversation(composer) {
    const label = composer.closest(COMPOSER)?.getAttribute('aria-label') ?? '';
    const customer = latestCustomerItem(composer, THREAD);
    return {
      customerMessage: customer?.text,
      channel: customer?.item.matches('.is-beaconchat, .is-chat') ? 'chat' : 'email',
      audience: /note/i.test(label) ? 'internal' : 'customer',
    };
  },
};
