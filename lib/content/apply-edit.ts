import { domPointAt, mapEditorText, readEditorText, textOffsetAt, type DomPoint } from './editor-text';
import type { EditorKind } from './sites/types';

/**
 * Replaces text[start, end) in a host editor through the path a user's own typing takes, so the
 * editor's model (Draft.js EditorState, Lexical state, React state of a textarea) changes, undo
 * keeps working and the site's Post button sees the new text:
 *   select the range in the editor, then `execCommand('insertText')`, which fires trusted
 *   beforeinput/input events these editors handle.
 * Resolves to whether the editor's text afterwards is exactly the expected result. With `signal`
 * aborted (the composer went away, the extension was updated), no further step touches the page.
 */
export async function replaceInEditor(editor: HTMLElement, kind: EditorKind, start: number, end: number, text: string, signal?: AbortSignal): Promise<boolean> {
  const before = readEditorText(editor, kind);
  if (start < 0 || end > before.length || start > end) return false;
  const expected = before.slice(0, start) + text + before.slice(end);
  // A deletion goes in as a replacement: the browser's own delete across a coloured hashtag (a
  // Draft.js decorator leaf, a Lexical HashtagNode) changed only part of the editor's model and
  // left the tag with the words run together (QA27). Replacing the range and one character next to
  // it with that character is the same edit, made through the path typed text takes.
  if (kind !== 'textarea' && text === '' && end > start) {
    const widened = deletionAsReplacement(before, start, end);
    if (widened) return replaceInEditor(editor, kind, widened.start, widened.end, widened.text, signal);
  }
  if (kind === 'textarea') {
    replaceInTextarea(editor as HTMLTextAreaElement, start, end, text);
  } else {
    if (!(await selectInContentEditable(editor, kind, start, end, signal)) || signal?.aborted) return false;
    // Draft.js takes typed text from React's onBeforeInput, which Chrome feeds from `textInput`:
    // handed the text that way, Draft.js edits its EditorState itself (an undo step, no DOM surgery).
    // Native insertion into an empty Draft.js editor would replace markup React owns.
    // A deletion left (all its line holds) goes through the editor's Backspace command, which
    // edits its model: the browser's own delete of a whole coloured leaf changed markup React owns
    // in Draft.js, and React threw at the next render; Lexical refused it (QA27).
    const handled = text ? kind === 'draft' && dispatchTextInput(editor, text) : dispatchBackspace(editor);
    if (!handled) insertSelected(text);
    // Draft.js and Lexical re-render on their own schedule (a microtask or the next frame).
    await nextFrame(editor, signal);
    if (signal?.aborted) return false;
    let after = readEditorText(editor, kind);
    // Lexical can apply an edit across paragraphs a few frames later: read as refused, the paste
    // fallback then went in on the edited text at the old offsets and destroyed it (QA30:
    // "#tag\n\nGreat news #NordlysCoffee" → "GCoffee"). An unchanged text is given a few frames.
    for (let i = 0; i < SETTLE_FRAMES && after === before; i++) {
      await nextFrame(editor, signal);
      if (signal?.aborted) return false;
      after = readEditorText(editor, kind);
    }
    if (after !== expected && !takenAsTheSiteWrites(before, after, start, end, text)) await pasteFallback(editor, kind, before, start, end, text, after !== before, signal);
  }
  const after = readEditorText(editor, kind);
  return after === expected || takenAsTheSiteWrites(before, after, start, end, text);
}

/**
 * Whether the editor took the change in its own spelling: everything around the range as it was,
 * and in its place the text as typed up to what sites rewrite while one types (curly quotes and
 * apostrophes, runs of spaces). Such a change went in; calling it refused sent users to edit by
 * hand what was already right (QA27).
 */
export function takenAsTheSiteWrites(before: string, after: string, start: number, end: number, text: string): boolean {
  const tail = before.length - end;
  if (after.length < start + tail || !after.startsWith(before.slice(0, start)) || !after.endsWith(before.slice(end))) return false;
  const put = after.slice(start, after.length - tail);
  return put !== before.slice(start, end) && asTyped(put) === asTyped(text);
}

const asTyped = (text: string) => text.normalize('NFC').replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″]/gu, '"').replace(/[ \t\u00a0]+/gu, ' ');

/**
 * text[start, end) deleted, written as a replacement of a wider range: up to and with the next
 * character that is not a space (a whole code point), or else back to the one before it; never
 * across a line break (a new paragraph in these editors). Not a lone space: React drops a
 * `textInput` of " " once the page has seen a space typed (it takes it for the key's own), and the
 * browser would then edit the markup itself. Undefined when the range is all its line holds.
 */
export function deletionAsReplacement(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  let after = end;
  while (after < text.length && isBlank(text[after]!)) after++;
  const forwardEnd = after + codePointWidth(text, after);
  const forward = after < text.length && text[after] !== '\n' ? { start, end: forwardEnd, text: text.slice(end, forwardEnd) } : undefined;
  let before = start;
  while (before > 0 && isBlank(text[before - 1]!)) before--;
  let backward: { start: number; end: number; text: string } | undefined;
  if (before > 0 && text[before - 1] !== '\n') {
    const low = text.charCodeAt(before - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && before > 1 && isHigh(text.charCodeAt(before - 2)) ? 2 : 1;
    backward = { start: before - width, end, text: text.slice(before - width, start) };
  }
  // Typing "#" or "@" again opens the sites' hashtag and mention suggestions: the character before
  // is taken when the next one starts a hashtag or a mention (rev29).
  if (forward && backward && '#@＃＠'.includes(text[after]!)) return backward;
  return forward ?? backward;
}

const codePointWidth = (text: string, at: number) => (text.codePointAt(at)! > 0xffff ? 2 : 1);

const isBlank = (c: string) => c === ' ' || c === '\t';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Where the user's caret is in the editor's text (the focus end of the selection): the selection's
 * when it is still inside the editor, else `last`, the last caret seen there (a click in
 * Brandline's panel can clear the selection); undefined when neither is in the editor any more.
 */
export function caretIn(editor: HTMLElement, kind: EditorKind, last?: DomPoint): number | undefined {
  if (kind === 'textarea') return (editor as HTMLTextAreaElement).selectionEnd ?? undefined;
  const selection = editor.ownerDocument.getSelection();
  const point = selection?.focusNode && editor.contains(selection.focusNode) ? { node: selection.focusNode, offset: selection.focusOffset } : last;
  if (!point || !editor.contains(point.node)) return undefined;
  return textOffsetAt(editor, mapEditorText(editor, kind), point);
}

/**
 * Where a caret at `caret` is after text[start, end) became `text`: it moves with the text after
 * the edit. An insertion right at the caret ("#NordlysCoffee" added at the end while typing there)
 * puts the caret after it, as typing or pasting it would.
 */
export function caretAfterEdit(caret: number, start: number, end: number, text: string): number {
  if (caret < start || (caret === start && end > start)) return caret;
  if (caret >= end) return caret + text.length - (end - start);
  return start + text.length;
}

/**
 * Puts the caret at `offset` after an edit, so that what the user types next is an undo step of
 * its own. Draft.js adds typing to the last change when its selection is still the very object
 * that change left (it compares by identity), and a fix whose text ends at the caret left exactly
 * that: one Ctrl+Z after "…fixed" + "!" took back the fix too (QA28). A step to a neighbouring
 * offset first, seen by Draft.js as a selection of its own, gives it a new one.
 */
export async function placeCaretAfterEdit(editor: HTMLElement, kind: EditorKind, offset: number, signal?: AbortSignal): Promise<void> {
  if (kind === 'draft') {
    const text = readEditorText(editor, kind);
    // A whole character to the side, never between the halves of an emoji.
    const back = offset > 1 && isHigh(text.charCodeAt(offset - 2)) ? 2 : 1;
    const aside = offset >= back ? offset - back : offset < text.length ? offset + (isHigh(text.charCodeAt(offset)) ? 2 : 1) : undefined;
    if (aside !== undefined) {
      // Selection events of the edit itself go first, so the wait below is for this one.
      await delay(editor, 0, signal);
      const changed = firstOf(editor.ownerDocument, 'selectionchange', SELECTION_TIMEOUT_MS, signal);
      // A range, not a caret inside the word before: a caret in a hashtag or mention opens the
      // sites' suggestions (rev30); a range opens none.
      selectRange(editor, kind, Math.min(aside, offset), Math.max(aside, offset));
      await changed;
      await delay(editor, 0, signal);
      if (signal?.aborted) return;
    }
  }
  placeCaret(editor, kind, offset);
}

/** Selects [start, end) of the editor's text (contenteditable editors). */
function selectRange(editor: HTMLElement, kind: EditorKind, start: number, end: number): void {
  const map = mapEditorText(editor, kind);
  selectPoints(editor.ownerDocument, domPointAt(map, start), domPointAt(map, end));
}

/** Makes the document's selection the range between two DOM points; false when one is missing. */
function selectPoints(doc: Document, from: DomPoint | undefined, to: DomPoint | undefined): boolean {
  const selection = doc.getSelection();
  if (!from || !to || !selection) return false;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Puts the caret at a text offset; the editors follow the selection change into their models. */
export function placeCaret(editor: HTMLElement, kind: EditorKind, offset: number): void {
  if (kind === 'textarea') {
    (editor as HTMLTextAreaElement).setSelectionRange(offset, offset);
    return;
  }
  const point = domPointAt(mapEditorText(editor, kind), offset);
  if (point) editor.ownerDocument.getSelection()?.collapse(point.node, point.offset);
}

let ownInput = false;
/**
 * True while Brandline's own insertion runs: `execCommand` fires its beforeinput synchronously
 * (and the paste fallback its paste), and the controller, which holds text input arriving during
 * a fix, must let that one through.
 */
export const isOwnInput = () => ownInput;

function insertSelected(text: string): boolean {
  ownInput = true;
  try {
    return text ? document.execCommand('insertText', false, text) : document.execCommand('delete', false);
  } finally {
    ownInput = false;
  }
}

/** A Backspace keydown for the editor's key commands; true when the editor handled it (cancelled it). */
function dispatchBackspace(editor: HTMLElement): boolean {
  const doc = editor.ownerDocument;
  const view = doc.defaultView ?? window;
  // Draft.js reads the legacy keyCode and which. Given to the constructor (UI Events' legacy
  // init members), not defined on the object: the page's world does not see properties a content
  // script's world adds to a DOM object.
  const init: KeyboardEventInit & { keyCode: number; which: number } = { key: 'Backspace', code: 'Backspace', keyCode: 8, which: 8, bubbles: true, cancelable: true };
  const event = new view.KeyboardEvent('keydown', init);
  ownInput = true;
  try {
    return !eventTarget(editor).dispatchEvent(event);
  } finally {
    ownInput = false;
  }
}

/** Fires Chrome's `textInput` event; true when the editor took it (cancelled the native insertion). */
function dispatchTextInput(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  let event: Event & { initTextEvent?: (type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string) => void };
  try {
    event = doc.createEvent('TextEvent');
  } catch {
    return false;
  }
  if (!event.initTextEvent) return false;
  event.initTextEvent('textInput', true, true, doc.defaultView, text);
  return !eventTarget(editor).dispatchEvent(event);
}

/**
 * Where a key or text event starts, as the browser's own would: the element holding the
 * selection's anchor, when that is inside the editor (an anchor on the editor element itself is
 * the editor, not its parent, from which the editor would never hear it; rev29).
 */
function eventTarget(editor: HTMLElement): Element {
  const anchor = editor.ownerDocument.getSelection()?.anchorNode;
  if (!anchor || !editor.contains(anchor)) return editor;
  return anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : (anchor.parentElement ?? editor);
}

function replaceInTextarea(area: HTMLTextAreaElement, start: number, end: number, text: string) {
  area.focus();
  area.setSelectionRange(start, end);
  if (insertSelected(text)) return;
  // execCommand unavailable (old Firefox): set the value through the native setter React tracks.
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  const value = area.value.slice(0, start) + text + area.value.slice(end);
  setter?.call(area, value);
  area.setSelectionRange(start + text.length, start + text.length);
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Selects [start, end) and waits until the editor has seen the selection change. */
async function selectInContentEditable(editor: HTMLElement, kind: EditorKind, start: number, end: number, signal: AbortSignal | undefined): Promise<boolean> {
  const map = mapEditorText(editor, kind);
  // An empty editor holds only placeholder markup: the caret goes where the editor types its first character.
  const from = map.text === '' ? emptyPoint(editor, kind) : domPointAt(map, start);
  const to = map.text === '' ? from : domPointAt(map, end);
  if (!from || !to || !editor.ownerDocument.getSelection()) return false;
  editor.focus({ preventScroll: true });
  const changed = firstOf(editor.ownerDocument, 'selectionchange', SELECTION_TIMEOUT_MS, signal);
  selectPoints(editor.ownerDocument, from, to);
  await changed;
  // React flushes the editor's onSelect update at the end of that event; let it land.
  await delay(editor, 0, signal);
  return !signal?.aborted;
}

/** Where the first character of an empty editor goes: inside its first (empty) line. */
function emptyPoint(editor: HTMLElement, kind: EditorKind): { node: Node; offset: number } {
  if (kind === 'draft') {
    const leaf = editor.querySelector('[data-block="true"] span[data-offset-key]');
    if (leaf) return { node: leaf, offset: 0 };
  }
  if (kind === 'lexical' && editor.firstElementChild) return { node: editor.firstElementChild, offset: 0 };
  return { node: editor, offset: 0 };
}

/** Second path for editors that ignore execCommand: a paste carrying the replacement. */
async function pasteFallback(editor: HTMLElement, kind: EditorKind, before: string, start: number, end: number, text: string, changed: boolean, signal: AbortSignal | undefined) {
  if (changed) {
    // Draft.js keeps its own undo stack, and its edit came through textInput, not the browser's
    // history: a native undo would rewind the user's earlier typing behind React. Report instead.
    if (kind === 'draft') return;
    // execCommand changed the text, but not as asked: take that back before trying again.
    document.execCommand('undo', false);
    await nextFrame(editor, signal);
  }
  // The offsets are the text's before the edit: pasted into any other text they cut into words.
  if (readEditorText(editor, kind) !== before) return;
  if (signal?.aborted || !(await selectInContentEditable(editor, kind, start, end, signal)) || signal?.aborted) return;
  if (readEditorText(editor, kind) !== before) return;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Marked as Brandline's own, like insertSelected: the controller holds pastes that arrive during
  // a fix, and this one is the fix (review 22 found every fallback fix held and lost).
  ownInput = true;
  try {
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } finally {
    ownInput = false;
  }
  await nextFrame(editor, signal);
}

/** Frames an unchanged text is given to show an edit before the paste fallback is tried. */
const SETTLE_FRAMES = 6;

/** How long a selection change may take to be reported before the edit goes ahead anyway. */
const SELECTION_TIMEOUT_MS = 100;

/**
 * Resolves at the first `type` event on `target`, after `ms`, or when `signal` aborts — whichever
 * comes first — and in every case leaves no listener or timer behind.
 */
export function firstOf(target: EventTarget, type: string, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      target.removeEventListener(type, done);
      signal?.removeEventListener('abort', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    target.addEventListener(type, done);
    signal?.addEventListener('abort', done);
  });
}

/** A timer of the editor's window that also ends (early) when `signal` aborts. */
function delay(editor: HTMLElement, ms: number, signal: AbortSignal | undefined): Promise<void> {
  const view = editor.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      view.clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = view.setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

/** After the editor's next render: the next frame, then the tasks queued in it. */
function nextFrame(editor: HTMLElement, signal: AbortSignal | undefined): Promise<void> {
  const view = editor.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      view.cancelAnimationFrame(frame);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const frame = view.requestAnimationFrame(() => {
      signal?.removeEventListener('abort', done);
      void delay(editor, 0, signal).then(resolve);
    });
    signal?.addEventListener('abort', done);
  });
}
