import type { EditorAdapter } from './types';

/** Any other contenteditable or role=textbox: the browser's own editing, so its own insertText and undo. */
export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  selector: '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]',
  apply: 'insert-text',
  known: false,
};
