/**
 * Plain text of an editable element with a map back to the DOM. Block elements and <br> become newlines so the
 * offsets agree with what the agent sees (and with what editors' own plain-text views give); placeholder <br>s
 * that editors keep in empty or trailing lines (ProseMirror's trailingBreak, Quill's and Draft's empty lines)
 * add nothing.
 */

export interface TextMap {
  text: string;
  /** DOM position of a text offset. At a boundary between two nodes, the end of the earlier text is preferred. */
  positionOf(offset: number): { node: Node; offset: number };
  /** A DOM Range over text[start, end). */
  rangeOf(start: number, end: number): Range;
  /** Text offset of a DOM position (e.g. the caret), or -1 when outside the map. */
  offsetOf(node: Node, offset: number): number;
}

interface Piece {
  /** Where the piece starts in the plain text. */
  start: number;
  /** A text node, or for a synthetic newline the element it stands for. */
  node: Node;
  length: number;
  synthetic: boolean;
  /** The line break that closes a block: the last one in the field is not part of the text. */
  closing?: boolean;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is not text the agent wrote: skipped whole. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'svg',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'OBJECT',
  'IFRAME',
]);

export function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCKS.has((node as Element).tagName);
}

/** A <br> that only holds an empty or last line open, and renders no line of its own. */
function isPlaceholderBreak(br: Element): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && !next.nodeValue) next = next.nextSibling;
  if (next) return false;
  // last in its block: the block boundary already ends the line
  let parent = br.parentNode;
  while (parent && !isBlock(parent) && parent.lastChild === br) {
    br = parent as Element;
    parent = parent.parentNode;
  }
  return Boolean(parent && isBlock(parent));
}

export function buildTextMap(root: Element): TextMap {
  const pieces: Piece[] = [];
  // The text is gathered in parts and joined once: reading the end of a string built by `+=` (a rope) would
  // flatten it at every block, quadratic in a long draft.
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const append = (value: string) => {
    parts.push(value);
    length += value.length;
    last = value[value.length - 1];
  };
  const newline = (node: Node, closing = false) => {
    if (!length || last === '\n') return;
    pieces.push({ start: length, node, length: 1, synthetic: true, closing });
    append('\n');
  };
  let heldOpen = false; // a placeholder <br> seen since the current block started
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value) {
          pieces.push({ start: length, node: child, length: value.length, synthetic: false });
          append(value);
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (
        SKIPPED.has(element.tagName) ||
        element.hasAttribute('hidden') ||
        element.getAttribute('aria-hidden') === 'true'
      )
        continue;
      if (element.tagName === 'BR') {
        if (!isPlaceholderBreak(element)) {
          pieces.push({ start: length, node: element, length: 1, synthetic: true });
          append('\n');
        } else heldOpen = true;
        continue;
      }
      if (!isBlock(element)) {
        walk(element);
        continue;
      }
      newline(element);
      const before = length;
      heldOpen = false;
      walk(element);
      if (length === before && heldOpen) {
        // an empty line the editor holds open with a <br>: a line of its own, closed like any block
        pieces.push({ start: length, node: element, length: 1, synthetic: true, closing: true });
        append('\n');
        heldOpen = false;
      } else newline(element, true);
    }
  };
  walk(root);
  let text = parts.join('');
  // a trailing newline from the last block's end is not part of what the agent wrote
  if (pieces.length && pieces[pieces.length - 1].closing) {
    pieces.pop();
    text = text.slice(0, -1);
  }

  const pieceAt = (offset: number): number => {
    // the last piece starting at or before offset; at a boundary prefer the earlier text piece
    let lo = 0;
    let hi = pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found > 0 && pieces[found].start === offset && !pieces[found - 1].synthetic) return found - 1;
    return found;
  };

  const positionOf = (offset: number): { node: Node; offset: number } => {
    const index = pieceAt(offset);
    if (index < 0) return { node: root, offset: 0 };
    const piece = pieces[index];
    if (!piece.synthetic) return { node: piece.node, offset: Math.min(offset - piece.start, piece.length) };
    // a synthetic newline: before it is the end of the element's line, after it the start of the next text
    const next = pieces[index + 1];
    if (offset > piece.start && next && !next.synthetic) return { node: next.node, offset: 0 };
    const parent = piece.node.parentNode ?? root;
    const at = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
    return { node: parent, offset: isBlock(piece.node) && offset > piece.start ? at + 1 : at };
  };

  return {
    text,
    positionOf,
    rangeOf(start, end) {
      const range = root.ownerDocument.createRange();
      const a = positionOf(start);
      const b = positionOf(end);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
    offsetOf(node, offset) {
      if (node.nodeType === 3) {
        const piece = pieces.find((p) => p.node === node);
        return piece ? piece.start + Math.min(offset, piece.length) : -1;
      }
      // an element position: the text before its offset-th child
      const child = node.childNodes[offset];
      if (!child) {
        let last: Node | null = node;
        while (last?.lastChild) last = last.lastChild;
        const piece = [...pieces].reverse().find((p) => last && (p.node === last || node.contains(p.node)));
        return piece ? piece.start + piece.length : root.contains(node) ? 0 : -1;
      }
      const piece = pieces.find(
        (p) => p.node === child || child.contains(p.node) || child.compareDocumentPosition(p.node) & 4,
      );
      return piece ? piece.start : text.length;
    },
  };
}
