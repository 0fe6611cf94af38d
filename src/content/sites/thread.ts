/**
 * Reading a helpdesk thread, shared by the site adapters: each adapter says what one message of its thread is
 * and who wrote it; this walks the thread of the composer's own conversation from the newest message back to
 * the customer's latest one. Everything here is defensive: markup that is not found yields nothing, never a
 * wrong guess that would pass an agent's reply or an internal note off as the customer's words.
 */

/** Who wrote a message of the thread. */
export type Author = 'customer' | 'agent' | 'internal' | 'unknown';

export interface ThreadSpec {
  /** Selector of one message of the thread; matches are read in document order, oldest first. */
  items: string;
  /** Who wrote a message. */
  author(item: Element): Author;
  /** The element holding the message's own words (default: the whole item). */
  body?(item: Element): Element | null;
}

/** Longer customer messages are cut: the emotion shows in the words the customer wrote, not in pages of quoted logs. */
const MAX_CHARS = 4000;

/** Parts of a rendered message that are not the customer's words: quoted history, signatures, controls. */
const NOT_THE_MESSAGE =
  'blockquote, .gmail_quote, .gmail_extra, .signature, [data-signature], button, script, style, svg, time';

/** The customer's latest message in the composer's conversation, as plain text; undefined when none is found. */
export function latestCustomerMessage(composer: Element, spec: ThreadSpec): string | undefined {
  return latestCustomerItem(composer, spec)?.text;
}

/** The customer's latest message in the composer's conversation: the thread item and its words. */
export function latestCustomerItem(composer: Element, spec: ThreadSpec): { item: Element; text: string } | undefined {
  const scope = nearestScope(composer, spec.items);
  if (!scope) return undefined;
  const items = [...scope.querySelectorAll(spec.items)].filter(
    (item) => !item.contains(composer) && !composer.contains(item),
  );
  for (let i = items.length - 1; i >= 0; i--) {
    if (spec.author(items[i]) !== 'customer') continue;
    const text = messageText(spec.body?.(items[i]) ?? items[i]);
    if (text) return { item: items[i], text };
  }
  return undefined;
}

/**
 * The nearest ancestor of the composer that holds `selector`: the composer's own ticket. Helpdesks keep
 * several open tickets in one page (Zendesk keeps every open tab's panel), so a document-wide query could
 * read another customer's thread.
 */
export function nearestScope(composer: Element, selector: string): Element | null {
  for (let el = composer.parentElement; el; el = el.parentElement) if (el.querySelector(selector)) return el;
  return null;
}

/** The first element matching `selector` in the composer's nearest surroundings (see nearestScope). */
export function nearest(composer: Element, selector: string): Element | null {
  return composer.closest(selector) ?? nearestScope(composer, selector)?.querySelector(selector) ?? null;
}

/** A rendered message's words as one line of plain text, without quoted history, signatures or controls. */
export function messageText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(NOT_THE_MESSAGE)) part.remove();
  // a space for each block boundary, so "<p>Hi</p><p>there</p>" does not read "Hithere"
  for (const block of copy.querySelectorAll('p, div, li, br, h1, h2, h3, h4, tr')) block.append(' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
}

const INTERNAL = /^(?:note|notes|internal|private|comment|comments|whisper)$/;
const CUSTOMER = /^(?:customer|enduser|requester|contact|visitor|lead|user|inbound|incoming|received)$/;
const AGENT = /^(?:agent|admin|teammate|operator|bot|outbound|outgoing|sent|staff|rep)$/;

/**
 * Who wrote a message, from the words its own classes and author/direction attributes carry ("o__user",
 * `data-direction="inbound"`, `type="end-user"`). A fallback for products whose markup is a best guess:
 * an internal note wins over everything, and an item that says nothing is 'unknown' (never the customer).
 */
export function authorFromCues(item: Element): Author {
  const words = [
    ...item.classList,
    ...['type', 'data-type', 'data-direction', 'data-author-type', 'data-message-direction', 'data-sender-type'].map(
      (name) => item.getAttribute(name) ?? '',
    ),
  ]
    .flatMap((value) => value.toLowerCase().split(/[^a-z]+/))
    .filter(Boolean);
  if (words.some((word) => INTERNAL.test(word))) return 'internal';
  if (words.some((word) => CUSTOMER.test(word))) return 'customer';
  if (words.some((word) => AGENT.test(word))) return 'agent';
  return 'unknown';
}
