/**
 * Salesforce Service Console (Lightning Experience, `*.lightning.force.com`). Case feed: emails from and to
 * the customer, and Chatter posts, which only colleagues see.
 *
 * Sources: the Chatter "Post" composer is `lightning-input-rich-text`, Quill inside SLDS markup
 * (`.forceChatterMessageBodyInputRichTextEditor … div.ql-editor.slds-rich-text-area__content`), and the
 * email publisher lives in an `#emailuiFrame` iframe: a public Salesforce console userscript on GitHub;
 * `.slds-rich-text-editor` / `.slds-feed__item`: the Salesforce Lightning Design System (rich text editor
 * and feed blueprints); host patterns: public Lightning userscripts and extensions.
 * Best guess: case feed items as `.slds-feed__item` / `.cuf-feedItem` carrying an inbound or outbound
 * direction, and a record page under `/lightning/r/MessagingSession/` meaning a chat. The real email
 * publisher's iframe editor is not reproduced by the fixture page; generic detection coaches it.
 */
import { authorFromCues, latestCustomerMessage, type ThreadSpec } from './thread';
import { SITE_MATCHES } from './matches';
import type { SiteAdapter } from './types';

const COMPOSER = '.slds-rich-text-editor, .forceChatterMessageBodyInputRichTextEditor';

const THREAD: ThreadSpec = {
  items: '.slds-feed__item, .cuf-feedItem',
  author: authorFromCues,
  body: (item) => item.querySelector('.feedBodyInner, .slds-rich-text-editor__output, [data-email-body]'),
};

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  name: 'Salesforce Service Console',
  matches: SITE_MATCHES.salesforce,
  isComposer: (element) => Boolean(element.closest(COMPOSER)),
  conversation(composer) {
    const path = composer.ownerDocument.location?.pathname ?? '';
    return {
      customerMessage: latestCustomerMessage(composer, THREAD),
      channel: /\/MessagingSession\//i.test(path) ? 'chat' : 'email',
      audience: composer.closest('.forceChatterMessageBodyInputRichTextEditor, [data-publisher="post"]')
        ? 'internal'
        : 'customer',
    };
  },
};
