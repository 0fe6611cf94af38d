import type { EditorAdapter } from './types';

/** Slate. Slate handles beforeinput (insertText, insertReplacementText) itself and reverts foreign DOM edits. */
export const slate: EditorAdapter = {
  kind: 'slate',
  selector: '[data-slate-editor="true"]',
  apply: 'before-input',
  known: true,
};
