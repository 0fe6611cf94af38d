import type { EditorAdapter } from './types';

/** Draft.js. Draft.js rebuilds its EditorState from its own events; a DOM edit through execCommand desynchronises it. Its paste handler replaces the selection through its own model and undo stack. */
export const draftjs: EditorAdapter = {
  kind: 'draftjs',
  selector: '.public-DraftEditor-content',
  apply: 'paste',
  known: true,
};
