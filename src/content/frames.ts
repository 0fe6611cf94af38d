/**
 * Where the overlay of a field inside an iframe is drawn. TinyMCE and older helpdesk composers edit in a
 * same-origin iframe (about:blank or srcdoc) that is often only a few lines tall: a popover drawn inside it is
 * cut off by the frame. So a field's overlay lives in the topmost ancestor document this frame can reach, and
 * everything measured in the field's document is moved by the frames' offsets (and cut by their visible boxes).
 * A cross-origin frame cannot reach its parent: there the overlay stays inside the frame.
 */

export interface FramePlacement {
  /** Added to a point of the field's viewport to get the overlay's viewport. */
  x: number;
  y: number;
  /** The visible part of the frames the field sits in, in the overlay's viewport; null when not in a frame. */
  clip: DOMRect | null;
}

export interface OverlayView {
  /** The document the overlay is drawn in: `doc` itself, or its topmost reachable ancestor. */
  readonly doc: Document;
  /** Reads where the field's frames sit now (one layout read per frame element). */
  place(): FramePlacement;
  /** Where each of the field's frames sits in its parent's viewport, cheaply: a key that changes when any moves. */
  framesAt(): string;
}

export function overlayView(doc: Document, visibleBox: (element: Element) => DOMRect): OverlayView {
  const frames = reachableFrames(doc);
  const top = frames.length ? frames[frames.length - 1].ownerDocument : doc;
  return {
    doc: top,
    place() {
      let x = 0;
      let y = 0;
      let clip: DOMRect | null = null;
      // innermost first: each frame's box is in its parent's viewport, so it moves by the offsets of the frames above it
      const boxes: Array<{ content: { x: number; y: number }; visible: DOMRect }> = frames.map((frame) => {
        const box = frame.getBoundingClientRect();
        const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
        return {
          content: {
            x: box.left + frame.clientLeft + parseFloat(style.paddingLeft),
            y: box.top + frame.clientTop + parseFloat(style.paddingTop),
          },
          visible: visibleBox(frame),
        };
      });
      for (let i = boxes.length - 1; i >= 0; i--) {
        const visible = shift(boxes[i].visible, x, y);
        clip = clip ? intersect(clip, visible) : visible;
        x += boxes[i].content.x;
        y += boxes[i].content.y;
      }
      return { x, y, clip };
    },
    framesAt() {
      let key = '';
      for (const frame of frames) {
        const box = frame.getBoundingClientRect();
        key += `${box.left} ${box.top} `;
      }
      return key;
    },
  };
}

/** The iframe elements from `doc`'s frame up to the topmost one whose parent is same-origin, innermost first. */
function reachableFrames(doc: Document): HTMLIFrameElement[] {
  const frames: HTMLIFrameElement[] = [];
  for (let win: Window | null = doc.defaultView; win && win.parent !== win; win = win.parent) {
    let element: Element | null = null;
    try {
      element = win.frameElement;
      // reading the parent's document is what a cross-origin parent refuses
      void element?.ownerDocument.documentElement;
    } catch {
      break;
    }
    if (!(element && element.tagName === 'IFRAME')) break;
    frames.push(element as HTMLIFrameElement);
  }
  return frames;
}

export function shift(r: DOMRect, x: number, y: number): DOMRect {
  return x === 0 && y === 0 ? r : new DOMRect(r.x + x, r.y + y, r.width, r.height);
}

export function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}
