/**
 * The support-reply corpora in tests/corpus/{good,poor}/: one reply per file, with a YAML front-matter block
 * saying what a trainer knows about it:
 *
 *   ---
 *   channel: chat                      # email (default) or chat
 *   customer: "It's been two weeks…"   # the customer's message the reply answers (optional)
 *   flags: [blame, empathy]            # poor replies only: the categories a trainer would flag
 *   note: Blames the customer, ignores their worry.
 *   ---
 *   Hi Sam, …
 */
import { parse } from 'yaml';
import { CATEGORIES, type Category } from '../engine';

export interface Reply {
  file: string;
  text: string;
  channel: 'email' | 'chat';
  customer?: string;
  flags: Category[];
  note?: string;
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function parseReply(file: string, source: string): Reply {
  const m = FRONT.exec(source);
  if (!m) throw new Error(`${file}: starts without a --- front-matter block`);
  const meta = (parse(m[1]) ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(meta).filter((k) => !['channel', 'customer', 'flags', 'note'].includes(k));
  if (unknown.length) throw new Error(`${file}: unknown front-matter field ${unknown.join(', ')}`);
  const channel = meta.channel ?? 'email';
  if (channel !== 'email' && channel !== 'chat') throw new Error(`${file}: channel must be email or chat`);
  const flags = (meta.flags ?? []) as unknown[];
  if (!Array.isArray(flags)) throw new Error(`${file}: flags must be a list`);
  for (const f of flags)
    if (!CATEGORIES.includes(f as Category)) throw new Error(`${file}: unknown category ${String(f)}`);
  const text = source.slice(m[0].length).trim();
  if (!text) throw new Error(`${file}: no reply text`);
  const reply: Reply = { file, text, channel, flags: flags as Category[] };
  if (typeof meta.customer === 'string') reply.customer = meta.customer;
  if (typeof meta.note === 'string') reply.note = meta.note;
  return reply;
}
