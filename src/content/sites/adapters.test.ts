// @vitest-environment happy-dom
/**
 * Every helpdesk adapter against its product's markup, built from the same templates as the browser fixture
 * pages (tests/e2e/fixtures/helpdesks.mjs): the thread holds an earlier customer message, an agent reply, the
 * customer's latest message and an internal note after it; only the latest customer message is the context.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  helpdeskBody,
  HELPDESKS,
  STORY,
  THREAD,
  type Helpdesk,
  type ThreadItem,
} from '../../../tests/e2e/fixtures/helpdesks.mjs';
import { SITES, siteForUrl, type SiteAdapter } from '.';

/** The class each editor gives its editable root (what generic detection and the adapters see). */
const EDITOR_CLASS: Record<string, string> = {
  ckeditor5: 'ck ck-content ck-editor__editable ck-editor__editable_inline',
  prosemirror: 'ProseMirror',
  quill: 'ql-editor',
  contenteditable: '',
};

/** Lays out a helpdesk page and mounts an editable root where its editor would; returns that root. */
function open(helpdesk: Helpdesk, mode: 'reply' | 'note' = 'reply', thread?: ThreadItem[]): HTMLElement {
  document.title = helpdesk.pageTitle ?? 'Helpdesk';
  document.body.innerHTML = helpdeskBody(helpdesk, mode, thread);
  const mount = document.getElementById('composer')!;
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  editable.className = EDITOR_CLASS[helpdesk.editor];
  for (const [name, value] of Object.entries(JSON.parse(mount.dataset.editable ?? '{}') as Record<string, string>)) {
    if (name === 'class') editable.classList.add(...value.split(' '));
    else editable.setAttribute(name, value);
  }
  editable.innerHTML = '<p>Unfortunately you failed to attach the invoice.</p>';
  mount.append(editable);
  return editable;
}

const adapter = (name: string): SiteAdapter => SITES.find((site) => site.id === name)!;
const threadOf = (helpdesk: Helpdesk) => helpdesk.thread ?? THREAD;

afterEach(() => {
  document.body.innerHTML = '';
});

it('has an adapter for every helpdesk page, and a page for every adapter', () => {
  expect(SITES.map((site) => site.id).sort()).toEqual(HELPDESKS.map((helpdesk) => helpdesk.name).sort());
});

describe.each(HELPDESKS)('$name', (helpdesk) => {
  const site = adapter(helpdesk.name);

  it('is the helpdesk found at its real address', () => {
    expect(siteForUrl(helpdesk.url)?.id).toBe(helpdesk.name);
  });

  it('knows its composer, and not another editable on the page', () => {
    const composer = open(helpdesk);
    const other = document.createElement('div');
    other.contentEditable = 'true';
    document.body.append(other);
    expect(site.isComposer(composer)).toBe(true);
    expect(site.isComposer(other)).toBe(false);
  });

  it('reads the customer’s latest message: not their earlier one, nor the internal note after it', () => {
    const conversation = site.conversation(open(helpdesk));
    expect(conversation.customerMessage).toBe(STORY.latest.text);
    expect(conversation.channel).toBe(helpdesk.channel);
    expect(conversation.audience).toBe('customer');
  });

  it('does not take an agent’s reply after the customer’s message for the customer’s', () => {
    const composer = open(helpdesk, 'reply', [...threadOf(helpdesk), STORY.later]);
    expect(site.conversation(composer).customerMessage).toBe(STORY.latest.text);
  });

  it('reads no customer message from a thread where only the agent (and notes) wrote', () => {
    const composer = open(
      helpdesk,
      'reply',
      threadOf(helpdesk).filter((item) => item.kind !== 'customer'),
    );
    expect(site.conversation(composer).customerMessage).toBeUndefined();
  });

  it.runIf(helpdesk.notes)('tells an internal-note composer from a public reply', () => {
    expect(site.conversation(open(helpdesk, 'note')).audience).toBe('internal');
  });
});

describe('zendesk', () => {
  it('reads the thread of the composer’s own ticket when several tickets are open', () => {
    const helpdesk = HELPDESKS.find((h) => h.name === 'zendesk')!;
    const composer = open(helpdesk);
    const other = document.createElement('div');
    other.setAttribute('data-ticket-id', '9999');
    other.innerHTML = helpdeskBody(helpdesk, 'reply', [
      { kind: 'customer', name: 'Lee', text: 'Thank you so much, this is wonderful!' },
    ]);
    document.body.prepend(other);
    expect(adapter('zendesk').conversation(composer).customerMessage).toBe(STORY.latest.text);
  });

  it('reads a messaging channel as chat', () => {
    const composer = open(HELPDESKS.find((h) => h.name === 'zendesk')!);
    document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.textContent = 'Messaging';
    expect(adapter('zendesk').conversation(composer)).toMatchObject({ channel: 'chat', audience: 'customer' });
  });
});

describe('gmail', () => {
  const helpdesk = HELPDESKS.find((h) => h.name === 'gmail')!;

  it('leaves the quoted history out of the customer’s message', () => {
    expect(adapter('gmail').conversation(open(helpdesk)).customerMessage).not.toMatch(/wrote/);
  });

  it('takes no message for the customer’s when the page does not say which account is signed in', () => {
    const composer = open(helpdesk);
    document.title = 'Gmail';
    expect(adapter('gmail').conversation(composer).customerMessage).toBeUndefined();
  });
});
