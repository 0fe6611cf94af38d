import type { EditorAdapter } from './types';

/**
 * Quill. Its MutationObserver turns DOM text changes into its Delta model and its history module, but the
 * history merges changes less than a second apart (its `delay` option) into one undo step: a suggestion applied
 * right after typing would be undone together with the typing.
 */
export const quill: EditorAdapter = {
  kind: 'quill',
  selector: '.ql-editor',
  apply: 'insert-text',
  known: true,
  undoMergeMs: 1000,
};
