/** One editor kind: how to recognise its editable root, and how a replacement enters its model. */
export type ApplyPath = 'insert-text' | 'before-input' | 'paste';

export interface EditorAdapter {
  kind: string;
  /** Matches the editor's editable root element. */
  selector: string;
  /** The input path that keeps this editor's model and undo history in step (see apply.ts). */
  apply: ApplyPath;
  /** A known editor is coached even where the page sets spellcheck=false (rich editors often do). */
  known: boolean;
  /** Closes the editor's current undo step, before and after a replacement, so Ctrl+Z undoes exactly it. */
  settleUndo?(root: HTMLElement): void;
  /** The editor merges changes closer together than this into one undo step: a replacement waits it out. */
  undoMergeMs?: number;
}
