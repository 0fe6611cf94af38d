/**
 * Applying a suggestion through the editor's own input path, so its model and undo history stay in step, then
 * checking the result. Nothing is applied if the text under the finding changed since it was computed; if the
 * editor ends up with anything but the expected text, the change is undone and the agent's text stays as it was.
 */
import type { ApplyPath } from './editors';
import type { Field } from './field';

export type ApplyOutcome = 'applied' | 'stale' | 'refused';

export interface Replacement {
  start: number;
  end: number;
  /** The text the finding was computed on, start to end. */
  text: string;
  replacement: string;
}

export async function applyReplacement(field: Field, r: Replacement): Promise<ApplyOutcome> {
  if (field.read().slice(r.start, r.end) !== r.text) return 'stale';
  const mergeWait = (field.adapter?.undoMergeMs ?? 0) - (performance.now() - field.lastInputAt);
  if (mergeWait > 0) await new Promise((done) => setTimeout(done, mergeWait));
  const path = field.adapter?.apply ?? 'insert-text';
  // Editors that keep their own selection model (CKEditor 5, Draft.js through React's onSelect) learn of ours
  // from the selectionchange event, which the browser dispatches later as a task of its own. CKEditor 5 then
  // replaces at its model selection, not at the event's target ranges: wait for that event to be handled.
  const selected = path === 'insert-text' ? Promise.resolve() : selectionChanged(field.element.ownerDocument);
  field.select(r.start, r.end);
  await selected;
  // the agent may have typed while we waited
  const before = field.read();
  if (before.slice(r.start, r.end) !== r.text) return 'stale';
  const expected = before.slice(0, r.start) + r.replacement + before.slice(r.end);
  field.adapter?.settleUndo?.(field.element);
  const change = firstChange(field, before);
  perform(field, path, r.replacement, field.range(r.start, r.end));
  const changed = await change;
  if (changed === expected) {
    field.adapter?.settleUndo?.(field.element);
    return 'applied';
  }
  if (changed !== null) {
    const reverted = firstChange(field, changed);
    undo(field);
    await reverted;
  }
  return 'refused';
}

/**
 * The field's text at its first change away from `before`. It is read in the microtask (mutation observer)
 * or input event that follows the editor's own update, so the agent's next keystrokes, which arrive as tasks
 * of their own, cannot be mistaken for a wrong replacement (and undone with it). null if nothing changed in a
 * second: editors render their models asynchronously, and a busy page can take a while.
 */
function firstChange(field: Field, before: string): Promise<string | null> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = () => {
      const text = field.read();
      if (text !== before) finish(text);
    };
    const finish = (text: string | null) => {
      observer.disconnect();
      field.element.removeEventListener('input', check);
      clearTimeout(timer);
      resolve(text);
    };
    const timer = setTimeout(() => finish(null), 1000);
    observer.observe(field.element, { subtree: true, childList: true, characterData: true });
    // textarea and input values change without DOM mutations
    field.element.addEventListener('input', check);
  });
}

function perform(field: Field, path: ApplyPath, text: string, target: Range | null): void {
  const doc = field.element.ownerDocument;
  if (path === 'before-input') {
    // The target is the finding's own range, not the document's selection: CKEditor 5 may already have
    // rendered its older model selection back over ours.
    const selection = doc.getSelection();
    const range = target ?? (selection?.rangeCount ? selection.getRangeAt(0) : null);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      dataTransfer: data,
      targetRanges: range ? [new StaticRange(range)] : [],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // an editor that handles the replacement cancels the browser's default, which a synthetic event lacks anyway
    if (!field.element.dispatchEvent(event)) return;
  } else if (path === 'paste') {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    if (!field.element.dispatchEvent(event)) return;
  }
  if (text) doc.execCommand('insertText', false, text);
  else doc.execCommand('delete', false);
}

function undo(field: Field): void {
  if (!field.adapter || field.adapter.apply === 'insert-text') {
    if (field.element.ownerDocument.execCommand('undo')) return;
  }
  // Editors with their own history (ProseMirror, CKEditor 5, Lexical, Draft.js) bind undo to the key itself.
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  field.element.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'z',
      code: 'KeyZ',
      keyCode: 90,
      ctrlKey: !mac,
      metaKey: mac,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/** Resolves a task after the next selectionchange event (or after 100 ms if the selection did not change). */
function selectionChanged(doc: Document): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', finish);
      setTimeout(done, 0);
    };
    const timer = setTimeout(finish, 100);
    doc.addEventListener('selectionchange', finish);
  });
}
