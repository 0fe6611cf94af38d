import type { EditorAdapter } from './types';

/** Quill. Quill's MutationObserver turns DOM text changes into its Delta model and its history module. */
export const quill: EditorAdapter = {
  kind: 'quill',
  selector: '.ql-editor',
  apply: 'insert-text',
  known: true,
};
