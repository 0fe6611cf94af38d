/**
 * Which fields Empathy Coach coaches. Agents' reply fields yes; passwords, searches, addresses, read-only
 * fields, and fields whose page opted out of writing assistants (the same attributes Grammarly honours) no.
 */
import { findRichEditor, type EditorAdapter } from './editors';

export type Target =
  | { kind: 'plain'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'rich'; element: HTMLElement; adapter: EditorAdapter };

const TEXT_INPUT_TYPES = new Set(['text', '']);

export interface EligibilityOptions {
  /** Coach single-line text inputs (chat boxes); a per-site choice. */
  inputs: boolean;
}

export function coachableTarget(node: EventTarget | null, options: EligibilityOptions): Target | null {
  if (!(node instanceof Element)) return null;
  if (optedOut(node)) return null;
  if (node instanceof HTMLTextAreaElement) {
    return node.readOnly || node.disabled || node.getAttribute('spellcheck') === 'false'
      ? null
      : { kind: 'plain', element: node };
  }
  if (node instanceof HTMLInputElement) {
    if (!options.inputs || !TEXT_INPUT_TYPES.has(node.type) || node.readOnly || node.disabled) return null;
    if (
      node.getAttribute('spellcheck') === 'false' ||
      /search|email|url|user|login|code|otp|token|password/i.test(`${node.name} ${node.id} ${node.autocomplete}`)
    )
      return null;
    return { kind: 'plain', element: node };
  }
  const rich = findRichEditor(node);
  if (!rich) return null;
  if (rich.root.getAttribute('aria-readonly') === 'true') return null;
  if (!rich.adapter.known && rich.root.getAttribute('spellcheck') === 'false') return null;
  return { kind: 'rich', element: rich.root, adapter: rich.adapter };
}

/** Opt-outs on the field or any ancestor: data-gramm="false", data-enable-grammarly="false", data-empathy-coach="off". */
function optedOut(element: Element): boolean {
  return Boolean(
    element.closest(
      '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"], [data-empathy-coach="off"]',
    ),
  );
}
