/** Placing the analysed findings over the field's text as it is now: the underlines' boxes, the clip, the badge. */
import type { Report } from '../../engine/types';
import type { Field } from '../field';
import { intersect, shift, type FramePlacement } from '../frames';
import { bandAround, measureNear } from '../near';
import type { OverlayState, Underline } from '../overlay/Overlay';
import { remapFindings } from '../remap';
import { badgePosition, visibleBox } from './geometry';
import { findingId } from './state';

export interface Placement {
  state: Pick<OverlayState, 'underlines' | 'clip' | 'report' | 'badge'>;
  /** The field's box in the overlay's viewport (the popover's fallback anchor). */
  fieldBox: DOMRect;
  /** The field's box in its own viewport, as read for this placement (where the field sat: stale.placed). */
  viewportBox: DOMRect;
}

/**
 * The findings of the text analysed, moved onto the field's current `text`, measured where the field sits (`at`:
 * its viewport in the overlay's). Findings far from the visible box are measured by the layout that brings them
 * near; the one whose popover is open (`openId`) always is.
 */
export function placeUnderlines(
  field: Field,
  analysed: { text: string; report: Report },
  text: string,
  at: FramePlacement,
  openId: string | undefined,
): Placement {
  const toOverlay = (r: DOMRect) => shift(r, at.x, at.y);
  const findings = remapFindings(analysed.report.findings, analysed.text, text);
  const fieldClip = toOverlay(visibleBox(field.element));
  const clip = at.clip ? intersect(fieldClip, at.clip) : fieldClip;
  const ids = findings.map(findingId);
  const rects = measureNear(
    findings.length,
    (i) => (findings[i].start < findings[i].end ? field.rects(findings[i].start, findings[i].end).map(toOverlay) : []),
    bandAround(clip),
    (i) => ids[i] === openId,
  );
  const underlines: Underline[] = findings.map((finding, i) => ({ id: ids[i], finding, rects: rects[i] }));
  const viewportBox = field.element.getBoundingClientRect();
  const box = toOverlay(viewportBox);
  // a first pass (engine/quick.ts) has underlines but no scores yet: no badge (nor panel) until the full analysis
  const badgeVisible = clip.width > 0 && clip.height > 0 && !analysed.report.provisional;
  return {
    state: {
      underlines,
      clip,
      report: { ...analysed.report, findings },
      badge: badgeVisible ? badgePosition(box, clip) : null,
    },
    fieldBox: box,
    viewportBox,
  };
}
