import type { EditorAdapter } from './types';

/** Froala (Freshdesk's composer). Froala's editable is a contenteditable that syncs from native input events. */
export const froala: EditorAdapter = {
  kind: 'froala',
  selector: '.fr-element',
  apply: 'insert-text',
  known: true,
};
