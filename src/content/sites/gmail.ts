/**
 * Gmail (mail.google.com). The compose and reply body is a plain contenteditable div labelled "Message Body";
 * there are no internal notes, and every conversation is email.
 *
 * Sources: `div[aria-label="Message Body"][contenteditable="true"]` and `div[g_editable="true"][role="textbox"]`:
 * many public Gmail extensions on GitHub (tone checkers, trackers, AI reply helpers), which key off these
 * accessibility attributes because Gmail's class names are obfuscated; the thread's messages as `div.adn`,
 * the sender as `span.gD[email]` and the body as `div.a3s`: long-standing selectors shared by public Gmail
 * userscripts and scraping libraries.
 * Best guess: the signed-in address is read from the page title ("Subject - me@example.com - Gmail"); when the
 * title shows none, no message is taken as the customer's (no context is better than the agent's own words).
 */
import { latestCustomerMessage, type Author, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const COMPOSER = 'div[aria-label="Message Body"], div[g_editable="true"]';

/** The signed-in account's address, from Gmail's page title. */
function accountAddress(document: Document): string | undefined {
  return /\s-\s([^\s@]+@[^\s]+)\s-\s[^-]*$/.exec(document.title)?.[1]?.toLowerCase();
}

function thread(document: Document): ThreadSpec {
  const me = accountAddress(document);
  return {
    items: 'div.adn',
    author(item): Author {
      const from = item.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase();
      if (!from || !me) return 'unknown';
      return from === me ? 'agent' : 'customer';
    },
    body: (item) => item.querySelector('div.a3s'),
  };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: SITE_MATCHES.gmail,
  isComposer: (element) => Boolean(element.closest(COMPOSER)),
  conversation: (composer) => ({
    customerMessage: latestCustomerMessage(composer, thread(composer.ownerDocument)),
    channel: 'email',
    audience: 'customer',
  }),
};
