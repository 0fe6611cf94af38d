/**
 * Intercom inbox (app.intercom.com, and the EU and Australian hosts). The reply composer is ProseMirror
 * (`.ProseMirror[contenteditable]`), with Reply and Note as tabs above it.
 *
 * Sources: the inbox address `https://app.intercom.com/a/inbox/<workspace>/inbox/conversation/<id>` (public
 * tools that link to conversations, Intercom's developer docs for the regional hosts); ProseMirror as the
 * composer: the issue this adapter comes from, and Intercom's own composer being ProseMirror-based.
 * Best guess (no public code found that reads the inbox thread): conversation parts as `.conversation__part`
 * with `o__user` (customer), `o__admin`/`o__bot` (teammate) and `o__note` (note) classes, from Intercom's
 * older inbox markup; the author is read through `authorFromCues`, which also understands
 * `data-direction`-style attributes, so a renamed class yields "no customer message" rather than a wrong one.
 * Channel: chat unless the part is an email (`o__email`).
 */
import { authorFromCues, latestCustomerItem, nearest, nearestScope, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const THREAD: ThreadSpec = {
  items: '.conversation__part, [data-conversation-part]',
  author: authorFromCues,
  body: (item) => item.querySelector('.conversation__text, [data-part-body]'),
};

export const intercom: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  matches: SITE_MATCHES.intercom,
  isComposer: (element) => Boolean(element.closest('.ProseMirror') && nearestScope(element, THREAD.items)),
  conversation(composer) {
    const tab = nearest(composer, '[role="tab"][aria-selected="true"]')?.textContent ?? '';
    const customer = latestCustomerItem(composer, THREAD);
    return {
      customerMessage: customer?.text,
      channel: customer?.item.classList.contains('o__email') ? 'email' : 'chat',
      audience: /note/i.test(tab) || Boolean(composer.closest('.o__note')) ? 'internal' : 'customer',
    };
  },
};
