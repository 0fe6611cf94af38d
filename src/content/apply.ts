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
  field.select(r.start, r.end);
  const path = field.adapter?.apply ?? 'insert-text';
  // Editors that keep their own selection (Draft.js through React's onSelect) learn of ours from the
  // selectionchange event, which the browser dispatches as a task of its own: let it run first.
  if (path !== 'insert-text') await nextTask();
  // the agent may have typed while we waited
  const before = field.read();
  if (before.slice(r.start, r.end) !== r.text) return 'stale';
  const expected = before.slice(0, r.start) + r.replacement + before.slice(r.end);
  field.adapter?.settleUndo?.(field.element);
  perform(field, path, r.replacement);
  if (await settles(field, expected)) {
    field.adapter?.settleUndo?.(field.element);
    return 'applied';
  }
  if (field.read() !== before) {
    undo(field);
    await settles(field, before);
  }
  return 'refused';
}

function perform(field: Field, path: ApplyPath, text: string): void {
  const doc = field.element.ownerDocument;
  if (path === 'before-input') {
    const selection = doc.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
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
    new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true }),
  );
}

function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** Waits (a few frames at most) for the field's text to become `expected`: some editors render asynchronously. */
async function settles(field: Field, expected: string): Promise<boolean> {
  for (let frame = 0; frame < 12; frame++) {
    if (field.read() === expected) return true;
    // a timer, not requestAnimationFrame: frames stop in background tabs
    await new Promise((done) => setTimeout(done, 16));
  }
  return field.read() === expected;
}
