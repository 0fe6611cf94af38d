import type { EditorAdapter } from './types';

/**
 * TinyMCE (inside its iframe). Its body is a plain contenteditable and native insertText lands in its model,
 * but its undo manager keeps one open "typing" step until a navigation key goes up: without closing it, Ctrl+Z
 * after a suggestion would undo the whole paragraph the agent typed. Its keyup handler treats an arrow key as
 * the end of a step.
 */
export const tinymce: EditorAdapter = {
  kind: 'tinymce',
  selector: '.mce-content-body',
  apply: 'insert-text',
  known: true,
  settleUndo(root) {
    root.dispatchEvent(
      new KeyboardEvent('keyup', { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, bubbles: true }),
    );
  },
};
