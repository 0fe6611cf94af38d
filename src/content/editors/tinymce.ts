import type { EditorAdapter } from './types';

/** TinyMCE (inside its iframe). TinyMCE's iframe body is a plain contenteditable with its own undo manager that records native input. */
export const tinymce: EditorAdapter = {
  kind: 'tinymce',
  selector: '.mce-content-body',
  apply: 'insert-text',
  known: true,
};
