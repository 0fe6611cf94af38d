import type { EditorAdapter } from './types';

/** Lexical. Lexical owns its DOM; it applies beforeinput insertText/insertReplacementText itself, which keeps its state and history in step. */
export const lexical: EditorAdapter = {
  kind: 'lexical',
  selector: '[data-lexical-editor="true"]',
  apply: 'before-input',
  known: true,
};
