import type { EditorAdapter } from './types';

/** CKEditor 5 (Zendesk's composer). CKEditor 5 renders its model onto the DOM and ignores DOM edits it did not make: execCommand('insertText') changes nothing in its model (verified with v44). It handles beforeinput with insertReplacementText and target ranges, like a spell-checker's replacement. */
export const ckeditor5: EditorAdapter = {
  kind: 'ckeditor5',
  selector: '.ck-editor__editable',
  apply: 'before-input',
  known: true,
};
