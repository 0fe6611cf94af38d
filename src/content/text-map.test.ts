// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from './text-map';

const editable = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
};

describe('buildTextMap', () => {
  it.each([
    [
      'paragraphs (ProseMirror, CKEditor, Quill)',
      '<p>Hi Sam,</p><p>Thanks <b>a lot</b>.</p>',
      'Hi Sam,\nThanks a lot.',
    ],
    ['an empty line kept open by a placeholder <br>', '<p>Hi,</p><p><br></p><p>Best</p>', 'Hi,\n\nBest'],
    ["ProseMirror's trailing break", '<p>Hi<br class="ProseMirror-trailingBreak"></p>', 'Hi'],
    ['<br> between lines', 'Hi Sam,<br>Thanks.<br><br>Best', 'Hi Sam,\nThanks.\n\nBest'],
    ['nested blocks and lists', '<div><ul><li>One</li><li>Two</li></ul></div><div>End</div>', 'One\nTwo\nEnd'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hi</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">Yo</span></span></div></div></div>',
      'Hi\n\nYo',
    ],
    [
      'hidden and non-text content',
      '<p>Hi<span hidden>secret</span> <img alt="x">there<script>x()</script></p>',
      'Hi there',
    ],
  ])('%s', (_, html, expected) => {
    expect(buildTextMap(editable(html)).text).toBe(expected);
  });

  it('maps every offset to a DOM position and back', () => {
    const root = editable('<p>Hi <b>Sam</b>,</p><p>Unfortunately 😞 no.</p>');
    const map = buildTextMap(root);
    for (let offset = 0; offset <= map.text.length; offset++) {
      const { node, offset: at } = map.positionOf(offset);
      expect(map.offsetOf(node, at), `offset ${offset}`).toBe(offset);
    }
  });

  it('gives ranges whose text is the span, across inline elements', () => {
    const root = editable('<p>Hi <b>Sam</b>, sorry</p><p>Unfortunately it broke.</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('Sam, sorry');
    expect(map.rangeOf(start, start + 10).toString()).toBe('Sam, sorry');
    const u = map.text.indexOf('Unfortunately');
    expect(map.rangeOf(u, u + 13).toString()).toBe('Unfortunately');
  });
});

describe('buildTextMap with a trailing empty line', () => {
  it('keeps an empty last paragraph as the editors do', () => {
    expect(buildTextMap(editable('<p>Hi</p><p><br></p>')).text).toBe('Hi\n');
  });
});
