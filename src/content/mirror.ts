/**
 * Where text sits inside a textarea or input. Their text has no DOM of its own, so a hidden mirror element with
 * the same box and font lays the text out the same way; ranges in the mirror give the line fragments, which
 * are moved onto the field (minus its scroll, times any CSS transform scale).
 */

// The properties that decide where text wraps and lines fall.
const COPIED = [
  'boxSizing',
  'width',
  'height',
  'overflowX',
  'overflowY',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'textAlign',
  'textTransform',
  'textIndent',
  'textDecoration',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'direction',
  'writingMode',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
] as const;

export class TextMirror {
  private readonly mirror: HTMLDivElement;
  private readonly textNode: Text;
  /** What the mirror was last laid out for: one layout serves every underline of a draw. */
  private laidOut = { field: null as Element | null, value: '', width: -1, height: -1 };

  constructor(container: Node) {
    this.mirror = document.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.textNode = document.createTextNode('');
    this.mirror.append(this.textNode);
    container.appendChild(this.mirror);
  }

  /** Viewport rects of value[start, end) in the field, one per line fragment. */
  rects(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
    if (!this.isLaidOutFor(field)) this.prepare(field);
    const range = document.createRange();
    range.setStart(this.textNode, Math.min(start, field.value.length));
    range.setEnd(this.textNode, Math.min(end, field.value.length));
    const origin = this.mirror.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    const scaleX = field.offsetWidth ? box.width / field.offsetWidth : 1;
    const scaleY = field.offsetHeight ? box.height / field.offsetHeight : 1;
    return [...range.getClientRects()]
      .filter((r) => r.width > 0)
      .map(
        (r) =>
          new DOMRect(
            box.left + (r.left - origin.left - field.scrollLeft) * scaleX,
            box.top + (r.top - origin.top - field.scrollTop) * scaleY,
            r.width * scaleX,
            r.height * scaleY,
          ),
      );
  }

  /** Whether the mirror holds the field's text at its current size. */
  isLaidOutFor(field: HTMLTextAreaElement | HTMLInputElement): boolean {
    const last = this.laidOut;
    return (
      last.field === field &&
      last.value === field.value &&
      last.width === field.offsetWidth &&
      last.height === field.offsetHeight
    );
  }

  /**
   * Takes the field's text and box, and lays it out now. A long draft's layout is a task's worth of work (30,000
   * characters: about 25 ms): done ahead, in a task of its own, it leaves the frame that places underlines light.
   */
  prepare(field: HTMLTextAreaElement | HTMLInputElement): void {
    this.layOut(field);
    this.laidOut = { field, value: field.value, width: field.offsetWidth, height: field.offsetHeight };
    void this.mirror.offsetHeight;
  }

  /** Copies the field's box and font onto the mirror, and its text. */
  private layOut(field: HTMLTextAreaElement | HTMLInputElement): void {
    const style = getComputedStyle(field);
    const mirror = this.mirror.style;
    for (const property of COPIED) mirror[property] = style[property];
    mirror.position = 'fixed';
    mirror.visibility = 'hidden';
    mirror.pointerEvents = 'none';
    mirror.top = '0';
    mirror.left = '0';
    mirror.overflow = 'hidden';
    if (field instanceof HTMLInputElement) {
      mirror.whiteSpace = 'pre';
    } else {
      mirror.whiteSpace = 'pre-wrap';
      mirror.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
      // the field's scrollbar narrows its text box; the mirror has none
      const scrollbar =
        field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      if (scrollbar > 0) mirror.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    }
    mirror.width = `${field.offsetWidth}px`;
    mirror.height = `${field.offsetHeight}px`;
    mirror.boxSizing = 'border-box';
    // a trailing newline needs a character after it to take up a line
    this.textNode.data = `${field.value} `;
  }

  dispose(): void {
    this.mirror.remove();
  }
}
