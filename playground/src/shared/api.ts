/**
 * `window.__playground`: what tests and the page benchmark read in the page's main world.
 *
 * text(id) is the editor's OWN model text, never the DOM's:
 *  - Draft.js: `editorState.getCurrentContent().getPlainText()` (blocks joined with "\n");
 *  - Lexical: the root's top-level children's `getTextContent()` joined with "\n" (so one
 *    paragraph per line; a line break inside a paragraph is also "\n");
 *  - textarea: the React state string the component renders as `value`.
 * ids() lists the editors mounted right now; submitted() what the Post/Reply buttons sent.
 */
import type { Submission } from './api-types';

export type { PlaygroundApi, Submission } from './api-types';

const readers = new Map<string, () => string>();
const submissions: Submission[] = [];

window.__playground = {
  text: (id) => readers.get(id)?.(),
  ids: () => [...readers.keys()],
  submitted: () => submissions.map((entry) => ({ ...entry })),
};

/** Registers an editor's model reader; returns the function that unregisters it. */
export function registerEditor(id: string, read: () => string): () => void {
  readers.set(id, read);
  return () => {
    if (readers.get(id) === read) readers.delete(id);
  };
}

export function recordSubmission(submission: Submission): void {
  submissions.push(submission);
}
