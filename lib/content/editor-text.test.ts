import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPointAt, mapEditorText, textOffsetAt } from './editor-text';
import type { EditorKind } from './sites/types';

/** Editor markup as Draft.js and Lexical render it (trimmed to the structure that matters). */
const DRAFT = `<div contenteditable="true"><div data-contents="true">
<div data-block="true"><div><span data-offset-key="a"><span data-text="true">Hello </span></span><span data-offset-key="b"><span data-text="true">world</span></span></div></div>
<div data-block="true"><div><span><br data-text="true"></span></div></div>
<div data-block="true"><div><span><span data-text="true">so cheap</span></span></div></div>
</div></div>`;

const LEXICAL = `<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Made for </span><strong data-lexical-text="true">users</strong><br><span data-lexical-text="true">who love it</span></p><p><br data-lexical-managed-linebreak="true"></p><p dir="ltr"><span data-lexical-text="true">end</span><br><br data-lexical-managed-linebreak="true"></p></div>`;

const PLAIN = '<div contenteditable="true">one<div>two</div><div><br></div><div>four</div></div>';
const INLINE = '<div contenteditable="true">Our <span>cheap</span> coffee for <a href="#">users</a><div>at <b>nordlys</b> coffee</div></div>';

function editor(html: string): Element {
  const { document } = parseHTML(`<html><body>${html.replace(/\n/g, '')}</body></html>`);
  return document.querySelector('[contenteditable]')!;
}

describe('mapEditorText', () => {
  it.each<[string, string, EditorKind, string]>([
    ['Draft.js blocks join with a line break; an empty block is an empty line', DRAFT, 'draft', 'Hello world\n\nso cheap'],
    ['Lexical paragraphs join with a line break; <br> is a line break; managed <br>s are nothing', LEXICAL, 'lexical', 'Made for users\nwho love it\n\nend\n'],
    ['a plain contenteditable reads its <div> lines', PLAIN, 'contenteditable', 'one\ntwo\n\nfour'],
    ['in a plain contenteditable inline elements go on with the line (QA37)', INLINE, 'contenteditable', 'Our cheap coffee for users\nat nordlys coffee'],
    ['…a span per character too', `<div contenteditable="true">${[...'Our cheap'].map((c) => `<span>${c}</span>`).join('')}</div>`, 'contenteditable', 'Our cheap'],
    ['…and a <br> between them breaks the line', '<div contenteditable="true"><b>one</b><br><i>two</i><br></div>', 'contenteditable', 'one\ntwo'],
    ['an empty Draft.js editor is empty', '<div contenteditable="true"><div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div></div>', 'draft', ''],
    ['an empty Lexical editor is empty', '<div contenteditable="true"><p><br data-lexical-managed-linebreak="true"></p></div>', 'lexical', ''],
    ['markup in the text stays text', '<div contenteditable="true"><p><span data-lexical-text="true">&lt;img src=x onerror=alert(1)&gt;</span></p></div>', 'lexical', '<img src=x onerror=alert(1)>'],
  ])('%s', (_name, html, kind, expected) => {
    expect(mapEditorText(editor(html), kind).text).toBe(expected);
  });
});

describe('domPointAt', () => {
  /** The text between two offsets, read back from the DOM points (what a selection would hold). */
  function textBetween(root: Element, kind: EditorKind, start: number, end: number): string {
    const map = mapEditorText(root, kind);
    const from = domPointAt(map, start)!;
    const to = domPointAt(map, end)!;
    // Walk text segments between the two points.
    let out = '';
    let inside = false;
    for (const segment of map.segments) {
      if (segment.kind !== 'text') {
        if (inside) out += map.text.slice(segment.start, segment.end);
        continue;
      }
      const node = segment.node;
      const value = node.nodeValue ?? '';
      const startHere = from.node === node ? from.offset : inside ? 0 : -1;
      if (startHere >= 0) inside = true;
      if (!inside) continue;
      const endHere = to.node === node ? to.offset : value.length;
      out += value.slice(Math.max(startHere, 0), endHere);
      if (to.node === node) break;
    }
    return out;
  }

  it.each<[string, string, EditorKind, number, number]>([
    ['a word inside one Draft.js leaf', DRAFT, 'draft', 6, 11],
    ['a range across two Draft.js leaves', DRAFT, 'draft', 3, 8],
    ['a word in the third Draft.js block', DRAFT, 'draft', 16, 21],
    ['a word in a Lexical format run', LEXICAL, 'lexical', 9, 14],
    ['a word after a Lexical line break', LEXICAL, 'lexical', 15, 18],
    ['a word in the last Lexical paragraph', LEXICAL, 'lexical', 28, 31],
  ])('%s', (_name, html, kind, start, end) => {
    const root = editor(html);
    const text = mapEditorText(root, kind).text;
    expect(textBetween(root, kind, start, end)).toBe(text.slice(start, end));
  });

  it('puts a range end at a line end on its own line, not after the break', () => {
    const root = editor(DRAFT);
    const map = mapEditorText(root, 'draft');
    const point = domPointAt(map, 11)!;
    expect(point.node.nodeValue).toBe('world');
    expect(point.offset).toBe(5);
  });

  it('has no point outside the text', () => {
    expect(domPointAt(mapEditorText(editor(DRAFT), 'draft'), 99)).toBeUndefined();
  });
});

describe('textOffsetAt', () => {
  it.each<[string, string, EditorKind]>([
    ['Draft.js', DRAFT, 'draft'],
    ['Lexical', LEXICAL, 'lexical'],
    ['a plain contenteditable', PLAIN, 'contenteditable'],
    ['a plain contenteditable with inline elements', INLINE, 'contenteditable'],
  ])('maps every point domPointAt gives back to its offset (%s)', (_name, html, kind) => {
    const root = editor(html);
    const map = mapEditorText(root, kind);
    for (let offset = 0; offset <= map.text.length; offset++) expect([offset, textOffsetAt(root, map, domPointAt(map, offset)!)]).toEqual([offset, offset]);
  });

  it('reads the points browsers put a caret at: an empty line, a line end, between blocks', () => {
    const lexical = editor(LEXICAL);
    const map = mapEditorText(lexical, 'lexical');
    const [p1, p2, p3] = Array.from(lexical.children);
    // The caret on the empty second paragraph sits before its managed <br>: after "who love it\n".
    expect(textOffsetAt(lexical, map, { node: p2!, offset: 0 })).toBe('Made for users\nwho love it\n'.length);
    // After the last child of the first paragraph: the end of its text.
    expect(textOffsetAt(lexical, map, { node: p1!, offset: p1!.childNodes.length })).toBe('Made for users\nwho love it'.length);
    expect(textOffsetAt(lexical, map, { node: p3!, offset: 0 })).toBe('Made for users\nwho love it\n\n'.length);
    expect(textOffsetAt(lexical, map, { node: lexical, offset: lexical.childNodes.length })).toBe(map.text.length);
    const draft = editor(DRAFT);
    const emptyBlock = draft.querySelectorAll('[data-block="true"]')[1]!.querySelector('span')!;
    expect(textOffsetAt(draft, mapEditorText(draft, 'draft'), { node: emptyBlock, offset: 0 })).toBe('Hello world\n'.length);
  });

  it('is undefined for a point outside the editor', () => {
    const root = editor(LEXICAL);
    expect(textOffsetAt(root, mapEditorText(root, 'lexical'), { node: root.ownerDocument.body, offset: 0 })).toBeUndefined();
  });
});
