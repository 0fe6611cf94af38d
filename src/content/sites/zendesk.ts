/**
 * Zendesk Support, agent workspace. The composer is CKEditor 5; its editable carries
 * `data-test-id="omnicomposer-rich-text-ckeditor"` (role="textbox").
 *
 * Sources (public code that reads the same markup):
 * - composer selector `.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]` and the channel
 *   switcher `[data-test-id="omnichannel-channel-switcher-button"]` whose menu offers "Internal note": public
 *   Zendesk userscripts and extensions on GitHub (translation helpers, Playwright scripts that click
 *   "Internal note" from the switcher);
 * - thread: `article[data-test-id="omni-log-comment-item"]` per event, `div[data-test-id="omni-log-item-message"]`
 *   with `type="end-user" | "agent" | "internal"`, `div[data-test-id="omni-log-internal-note-tag"]` on notes,
 *   `[data-test-id="omni-log-message-content"]` for the body: public transcript-copying and chat-timer
 *   userscripts for the agent workspace.
 * Best guess: the switcher's label says "Internal note" only in English UIs, and which switcher labels mean a
 * chat channel ("Messaging", "Chat", WhatsApp…) is inferred from Zendesk's product names, not read in code.
 */
import { latestCustomerMessage, nearest, type Author, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const COMPOSER = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';

const THREAD: ThreadSpec = {
  items: '[data-test-id="omni-log-comment-item"]',
  author(item): Author {
    if (item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'internal';
    const type = item.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type');
    if (type === 'end-user') return 'customer';
    if (type === 'internal') return 'internal';
    return type ? 'agent' : 'unknown';
  },
  body: (item) =>
    item.querySelector('[data-test-id="omni-log-message-content"]') ??
    item.querySelector('[data-test-id="omni-log-item-message"]'),
};

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: SITE_MATCHES.zendesk,
  isComposer: (element) => Boolean(element.closest(COMPOSER)),
  conversation(composer) {
    const mode = nearest(composer, SWITCHER)?.textContent ?? '';
    return {
      customerMessage: latestCustomerMessage(composer, THREAD),
      channel: /messag|chat|whatsapp|sms|facebook|instagram|line|wechat/i.test(mode) ? 'chat' : 'email',
      audience: /internal|note/i.test(mode) ? 'internal' : 'customer',
    };
  },
};
