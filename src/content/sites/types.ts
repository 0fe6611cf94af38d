/**
 * A helpdesk the extension knows: where it lives, where its reply composer is, and how to read the conversation
 * the agent is answering. One file per helpdesk in this folder; the generic editor detection coaches the
 * composer even when a product changes its markup, and the adapter only adds what it knows about the thread.
 */
import type { CustomerContext } from '../../engine';

export interface SiteAdapter {
  /** Lowercase id, e.g. "zendesk". */
  id: string;
  /** The product's name, for the popup. */
  name: string;
  /** Match patterns (manifest syntax) of the product's agent pages; they decide where the content script runs by default. */
  matches: string[];
  /** Whether an editable element is this product's reply composer (or inside it). */
  isComposer(element: Element): boolean;
  /** What the reply answers, read from the page around a composer; anything it cannot find is left out. */
  conversation(composer: Element): Conversation;
}

export interface Conversation {
  /** The customer's latest message: never the agent's own replies or internal notes. */
  customerMessage?: string;
  /** Email tolerates and expects more (greeting, closing); chat replies are short and quick. */
  channel?: CustomerContext['channel'];
  /** A public reply to the customer, or an internal note to colleagues (coached lightly or not at all: a setting). */
  audience: 'customer' | 'internal';
}
