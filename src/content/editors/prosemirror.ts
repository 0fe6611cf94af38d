import type { EditorAdapter } from './types';

/** ProseMirror (Intercom's composer). ProseMirror reads DOM changes back into its state, so the browser's own insertText lands in the model and in its history. */
export const prosemirror: EditorAdapter = {
  kind: 'prosemirror',
  selector: '.ProseMirror',
  apply: 'insert-text',
  known: true,
};
