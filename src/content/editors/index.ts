/** The editor kinds Empathy Coach recognises, most specific first; a new editor is one file and one line here. */
import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { draftjs } from './draftjs';
import { froala } from './froala';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { slate } from './slate';
import { tinymce } from './tinymce';
import type { EditorAdapter } from './types';

export const EDITORS: readonly EditorAdapter[] = [
  prosemirror,
  ckeditor5,
  lexical,
  draftjs,
  slate,
  quill,
  tinymce,
  froala,
  contenteditable,
];

export type { ApplyPath, EditorAdapter } from './types';

/** The rich editor an element belongs to: its editable root and adapter, or null. */
export function findRichEditor(target: Element): { root: HTMLElement; adapter: EditorAdapter } | null {
  for (const adapter of EDITORS) {
    const root = target.closest<HTMLElement>(adapter.selector);
    if (root && root.isContentEditable) return { root: outermostEditable(root), adapter };
  }
  return null;
}

/** Nested contenteditables (a table cell inside the editor) belong to the outermost editable root. */
function outermostEditable(root: HTMLElement): HTMLElement {
  let top = root;
  for (let el = root.parentElement; el; el = el.parentElement) if (el.isContentEditable) top = el;
  return top;
}
