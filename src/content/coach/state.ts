/**
 * The overlay's state as the coach changes it: the popover and the panel, findings' ids, the ignore keys. Pure
 * functions of the state (no DOM), so each transition is unit-tested; the coach keeps the one current state and draws it.
 */
import type { Finding } from '../../engine';
import type { OverlayState, Underline } from '../overlay/Overlay';
import { badgeAnchor } from './geometry';

export function emptyState(viewport: OverlayState['viewport']): OverlayState {
  return { underlines: [], clip: null, report: null, badge: null, popover: null, panelOpen: false, viewport };
}

export function findingId(f: Finding): string {
  return `${f.rule}@${f.start}-${f.end}`;
}

/** An occurrence to ignore: the rule, the words, and a little of what surrounds them, so it survives edits elsewhere. */
export function ignoreKey(text: string, f: Finding): string {
  return `${f.rule}\u0000${text.slice(Math.max(0, f.start - 24), f.end + 24)}`;
}

/**
 * The same finding after the text moved (the agent typed before it): same rule and words, nearest place.
 * Ids carry offsets, so without this an open popover would close at every keystroke earlier in the text.
 */
export function movedUnderline(previous: Underline | undefined, underlines: Underline[]): Underline | undefined {
  if (!previous) return undefined;
  const { rule, text, start } = previous.finding;
  let best: Underline | undefined;
  for (const u of underlines) {
    if (u.finding.rule !== rule || u.finding.text !== text) continue;
    if (!best || Math.abs(u.finding.start - start) < Math.abs(best.finding.start - start)) best = u;
  }
  return best;
}

/**
 * The open popover once the underlines are placed again: on its finding (moved, if the text moved), anchored
 * to its first box or, while that is out of view, to the badge of the field's box; null once the finding is gone.
 */
export function followPopover(
  state: OverlayState,
  underlines: Underline[],
  fieldBox: DOMRect,
): OverlayState['popover'] {
  const popover = state.popover;
  if (!popover) return null;
  const still =
    underlines.find((u) => u.id === popover.id) ??
    movedUnderline(
      state.underlines.find((u) => u.id === popover.id),
      underlines,
    );
  return still ? { ...popover, id: still.id, anchor: still.rects[0] ?? badgeAnchor(fieldBox) } : null;
}

/** Opening a popover closes the panel (one thing open at a time). */
export function withPopover(
  state: OverlayState,
  id: string,
  anchor: DOMRect,
  focus: boolean,
  viewport: OverlayState['viewport'],
): OverlayState {
  return { ...state, popover: { id, anchor, focus }, panelOpen: false, viewport };
}

export function withoutPopover(state: OverlayState): OverlayState {
  return { ...state, popover: null };
}

export function withPanelToggled(state: OverlayState): OverlayState {
  return { ...state, panelOpen: !state.panelOpen };
}

/**
 * Alt+J / Alt+Shift+J: the finding after (before) the open one, round the end; the first (last) when none is
 * open. Only findings drawn on screen take part; undefined when there is none.
 */
export function nextFinding(
  state: Pick<OverlayState, 'underlines' | 'popover'>,
  backwards: boolean,
): Underline | undefined {
  const list = state.underlines.filter((u) => u.rects.length);
  if (!list.length) return undefined;
  const index = list.findIndex((u) => u.id === state.popover?.id);
  const next =
    index < 0 ? (backwards ? list.length - 1 : 0) : (index + (backwards ? -1 : 1) + list.length) % list.length;
  return list[next];
}
