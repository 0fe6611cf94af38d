/**
 * Who may send what to the background. A content script runs inside pages we do not control: were one
 * compromised (or its page found a way to drive it), it must not subscribe to packs, import one, remove one or
 * erase the agent's data. It may only add coaching counts, and change the settings the overlay changes (turn a rule
 * off, ignore a phrase: settings/changes.ts checks which). Everything else comes from the extension's own pages.
 */
import type { MessageKind } from './index';

/** The kinds a content script may send; the background checks the counts again. */
const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageKind> = new Set(['record-insights', 'update-settings']);

/** Whether the sender is one of the extension's own pages (options, popup, studio), not a content script. */
export function fromExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export interface MessageSender {
  id?: string;
  url?: string;
}

/**
 * Whether the background acts on a message of this kind from this sender. `extensionId` is the extension's own
 * id, `extensionOrigin` its pages' origin ("chrome-extension://<id>/"): a page of the extension has both.
 */
export function senderMayAsk(
  kind: MessageKind,
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  if (FROM_CONTENT_SCRIPTS.has(kind)) return true;
  return fromExtensionPage(sender, extensionId, extensionOrigin);
}
