/** Messages between the extension's contexts: one discriminated union, so every sender and handler is typed. */
import { browser } from '#imports';
import type { ActionResult, SyncOutcome } from './results';
import type { Report } from '../engine';
import type { Settings } from '../storage/settings';
import type { SettingsChange } from '../settings/changes';

export type { ActionResult, SubscribeRequest, SyncOutcome } from './results';

export type Message =
  /** To a tab's content script: the active field's latest report. */
  | { kind: 'get-report' }
  /** To the background: sync one subscription now, or all of them. */
  | { kind: 'sync-now'; subscription?: string }
  | { kind: 'subscribe'; url: string; publicKey?: string; intervalMinutes?: number }
  | { kind: 'unsubscribe'; subscription: string }
  | { kind: 'import-pack'; fileName: string; text: string }
  /** To the background, from a tab: coaching counts to add (never text; checked again by the background). */
  | { kind: 'record-insights'; delta: object }
  /** To the background, from the options page: "clear my data". */
  | { kind: 'clear-insights' }
  /** To the background, from a coaching card: open the pack studio with a rule for these words (kept in session storage only). */
  | { kind: 'suggest-rule'; words: string }
  /** To the background, the settings' one writer: apply this change (src/settings/changes.ts). */
  | { kind: 'update-settings'; change: SettingsChange };

export type MessageKind = Message['kind'];

/** What each message is answered with. */
export interface Replies {
  'get-report': Report | null;
  'sync-now': SyncOutcome[];
  subscribe: ActionResult;
  unsubscribe: ActionResult;
  'import-pack': ActionResult;
  'record-insights': boolean;
  'clear-insights': void;
  'suggest-rule': void;
  /** The settings once the change is stored, or why it was refused. */
  'update-settings': { ok: true; settings: Settings } | { ok: false; error: string };
}

const FIELDS: { [K in MessageKind]: Record<string, 'string' | 'number' | 'object' | 'string?' | 'number?'> } = {
  'get-report': {},
  'sync-now': { subscription: 'string?' },
  subscribe: { url: 'string', publicKey: 'string?', intervalMinutes: 'number?' },
  unsubscribe: { subscription: 'string' },
  'import-pack': { fileName: 'string', text: 'string' },
  'record-insights': { delta: 'object' },
  'clear-insights': {},
  'suggest-rule': { words: 'string' },
  'update-settings': { change: 'object' },
};

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const fields =
    typeof record.kind === 'string' && Object.hasOwn(FIELDS, record.kind)
      ? FIELDS[record.kind as MessageKind]
      : undefined;
  if (!fields) return false;
  return Object.entries(fields).every(([name, type]) => {
    const optional = type.endsWith('?');
    const v = record[name];
    return (optional && v === undefined) || (typeof v === type.replace('?', '') && v !== null);
  });
}

/** Sends a message to the background (runtime) and types the reply. */
export async function sendToBackground<M extends Exclude<Message, { kind: 'get-report' }>>(
  message: M,
): Promise<Replies[M['kind']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['kind']];
}
