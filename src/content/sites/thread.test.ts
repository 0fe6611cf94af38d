// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { authorFromCues, messageText } from './thread';

const element = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('authorFromCues', () => {
  it.each([
    ['<div class="conversation__part o__user">', 'customer'],
    ['<div class="conversation__part o__admin">', 'agent'],
    ['<div class="conversation__part o__admin o__note">', 'internal'],
    ['<div data-direction="inbound">', 'customer'],
    ['<div data-message-direction="OUTGOING">', 'agent'],
    ['<div class="thread-item is-customer">', 'customer'],
    ['<div class="thread-message private-note incoming">', 'internal'],
    ['<div type="end-user">', 'customer'],
    ['<div class="thread-item">', 'unknown'],
    ['<div class="userland-widget">', 'unknown'],
  ])('%s is %s', (html, author) => {
    expect(authorFromCues(element(`${html}</div>`))).toBe(author);
  });
});

describe('messageText', () => {
  it('reads the words as one line, without quoted history, signature or controls', () => {
    const text = messageText(
      element(
        '<div><p>Hi,</p><p>it broke <b>again</b>.</p><button>Translate</button><div class="signature">Dana</div><blockquote>On Monday you wrote</blockquote></div>',
      ),
    );
    expect(text).toBe('Hi, it broke again.');
  });
});
