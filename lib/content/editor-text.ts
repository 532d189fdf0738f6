import type { EditorKind } from './sites/types';

/**
 * Reads an editor's text the way the editor's own model holds it, and maps UTF-16 offsets of that
 * text back to DOM positions (to select a range for a fix or to mark it):
 *  - Draft.js: blocks (`[data-block]`) joined with "\n", like ContentState.getPlainText();
 *  - Lexical: top-level blocks joined with "\n"; a LineBreakNode (`<br>`) is "\n"; the `<br>`
 *    Lexical adds to keep an empty line visible (`data-lexical-managed-linebreak`) is nothing;
 *  - textarea: its value.
 * Works on any DOM implementation (walks childNodes), so tests can feed saved HTML.
 */

/** A stretch of the text and where it lives in the DOM. */
type Segment =
  | { kind: 'text'; node: Text; start: number; end: number }
  /**
   * Text with no DOM characters of its own (a block separator or a <br>), placed before `child` in
   * `parent`. `lineStart`: the gap is the start of a block, so a caret at its place is after it.
   */
  | { kind: 'gap'; parent: Node; child: Node | null; start: number; end: number; lineStart: boolean };

export interface TextMap {
  text: string;
  segments: Segment[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function indexIn(parent: Node, child: Node): number {
  let index = 0;
  for (let n = parent.firstChild; n && n !== child; n = n.nextSibling) index++;
  return index;
}

class Builder {
  text = '';
  segments: Segment[] = [];
  addText(node: Text) {
    const value = node.nodeValue ?? '';
    if (!value) return;
    this.segments.push({ kind: 'text', node, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
  }
  addGap(parent: Node, child: Node | null, value: string, lineStart = false) {
    this.segments.push({ kind: 'gap', parent, child, start: this.text.length, end: this.text.length + value.length, lineStart });
    this.text += value;
  }
}

/** Inline content of a Lexical or generic block. */
function walkInline(node: Node, out: Builder, kind: EditorKind) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.addText(child as Text);
    } else if (isElement(child)) {
      if (child.tagName === 'BR') {
        if (kind === 'lexical' && child.hasAttribute('data-lexical-managed-linebreak')) continue;
        // In a plain contenteditable a block's last <br> only keeps an empty line open.
        if (kind === 'contenteditable' && !child.nextSibling) continue;
        out.addGap(node, child, '\n');
      } else if (child.hasAttribute('data-lexical-decorator') || child.hasAttribute('data-lexical-managed-linebreak') || child.tagName === 'IMG') {
        continue;
      } else if (kind === 'contenteditable' && /^(DIV|P)$/.test(child.tagName)) {
        // Browsers wrap new lines of a plain contenteditable in <div>s.
        if (out.text.length && !out.text.endsWith('\n')) out.addGap(node, child, '\n');
        walkInline(child, out, kind);
      } else {
        walkInline(child, out, kind);
      }
    }
  }
}

/** Draft.js block: text lives in `[data-text="true"]` leaves; an empty block holds `<br data-text>`. */
function walkDraftBlock(node: Node, out: Builder) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.addText(child as Text);
    } else if (isElement(child) && child.tagName !== 'BR') {
      walkDraftBlock(child, out);
    }
  }
}

function mapDraft(root: Element, out: Builder): boolean {
  const blocks = root.querySelectorAll('[data-block="true"]');
  if (!blocks.length) return false;
  blocks.forEach((block, i) => {
    if (i > 0) out.addGap(block, block.firstChild, '\n', true);
    walkDraftBlock(block, out);
  });
  return true;
}

// Elements a browser lays out on lines of their own.
const BLOCK_TAGS = /^(?:DIV|P|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|SECTION|ARTICLE|HEADER|FOOTER|TABLE|TR|FIGURE|HR)$/;

function mapBlocks(root: Element, out: Builder, kind: EditorKind) {
  let first = true;
  // In a plain contenteditable only blocks start lines: a <span>, <a> or <b> at the top level goes
  // on with the line (a page that wraps each character in a span read as one line per character,
  // and no term matched; QA37). Lexical's top-level children are always paragraphs.
  let afterBlock = false;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (afterBlock && child.nodeValue) {
        out.addGap(root, child, '\n');
        afterBlock = false;
      }
      out.addText(child as Text);
      if (child.nodeValue) first = false;
      continue;
    }
    if (!isElement(child)) continue;
    if (kind === 'lexical' && (child.hasAttribute('data-lexical-decorator') || child.hasAttribute('data-lexical-slot'))) continue;
    if (kind === 'contenteditable' && !BLOCK_TAGS.test(child.tagName)) {
      if (child.tagName === 'BR') {
        // As inside a block: a line break, but the last one only keeps an empty line open.
        if (child.nextSibling) out.addGap(root, child, '\n');
        afterBlock = false;
        first = false;
        continue;
      }
      if (afterBlock) out.addGap(root, child, '\n');
      afterBlock = false;
      walkInline(child, out, kind);
      if (out.text) first = false;
      continue;
    }
    if (!first) out.addGap(child, child.firstChild, '\n', true);
    first = false;
    afterBlock = true;
    if (child.tagName === 'BR') continue;
    walkInline(child, out, kind);
  }
}

/** The editor's text with the DOM position of every piece. */
export function mapEditorText(root: Element, kind: EditorKind): TextMap {
  const out = new Builder();
  if (kind === 'textarea') return { text: (root as HTMLTextAreaElement).value ?? '', segments: [] };
  if (kind === 'draft' && mapDraft(root, out)) return out;
  mapBlocks(root, out, kind === 'draft' ? 'contenteditable' : kind);
  return out;
}

export function readEditorText(root: Element, kind: EditorKind): string {
  return mapEditorText(root, kind).text;
}

/**
 * The DOM position of a text offset. At a boundary between a text segment and a gap the text
 * side wins, so a range ending at a line end stays on its line.
 */
export function domPointAt(map: TextMap, offset: number): DomPoint | undefined {
  let gapHit: DomPoint | undefined;
  for (const segment of map.segments) {
    if (offset < segment.start || offset > segment.end) continue;
    if (segment.kind === 'text') return { node: segment.node, offset: offset - segment.start };
    if (!gapHit) {
      if (offset === segment.start) {
        gapHit = segment.child ? { node: segment.parent, offset: indexIn(segment.parent, segment.child) } : { node: segment.parent, offset: segment.parent.childNodes.length };
      } else if (segment.child && segment.child.nodeType === ELEMENT_NODE && (segment.child as Element).tagName === 'BR') {
        gapHit = { node: segment.parent, offset: indexIn(segment.parent, segment.child) + 1 };
      } else {
        // After a block separator: the start of the next block's first text.
        gapHit = { node: segment.parent, offset: 0 };
      }
    }
  }
  return gapHit;
}

/** Child positions, counted once per parent for one call (a sibling walk per lookup is quadratic over many lines). */
class ChildIndex {
  private readonly byParent = new Map<Node, Map<Node, number>>();
  of(parent: Node, child: Node): number {
    let positions = this.byParent.get(parent);
    if (!positions) {
      positions = new Map();
      let i = 0;
      for (let n = parent.firstChild; n; n = n.nextSibling) positions.set(n, i++);
      this.byParent.set(parent, positions);
    }
    return positions.get(child) ?? -1;
  }
}

/** A DOM point as child indices from `root` down, then its offset; undefined outside `root`. */
function pathOf(root: Node, node: Node, offset: number, index: ChildIndex): number[] | undefined {
  const path = [offset];
  for (let n: Node | null = node; n !== root; n = n.parentNode) {
    if (!n?.parentNode) return undefined;
    path.push(index.of(n.parentNode, n));
  }
  return path.reverse();
}

/** Document order of two points' paths: a point before a child (a prefix) comes first. */
function comparePaths(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * The text offset of a DOM point inside the editor (where the caret is), the inverse of
 * `domPointAt`; undefined when the point is not inside `root`.
 */
export function textOffsetAt(root: Node, map: TextMap, point: DomPoint): number | undefined {
  const index = new ChildIndex();
  const at = pathOf(root, point.node, point.offset, index);
  if (!at) return undefined;
  let offset = 0;
  for (const segment of map.segments) {
    if (segment.kind === 'text') {
      if (segment.node === point.node) return segment.start + Math.min(point.offset, segment.end - segment.start);
      const end = pathOf(root, segment.node, segment.end - segment.start, index);
      if (!end || comparePaths(end, at) > 0) break;
      offset = segment.end;
    } else {
      const place = pathOf(root, segment.parent, segment.child ? index.of(segment.parent, segment.child) : segment.parent.childNodes.length, index);
      const order = place ? comparePaths(place, at) : 1;
      if (order > 0) break;
      offset = order < 0 || segment.lineStart ? segment.end : segment.start;
      if (order === 0) break;
    }
  }
  return offset;
}
