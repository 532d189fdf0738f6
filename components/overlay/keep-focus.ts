/**
 * A mouse press on a Fix (or Fix all, or a template's Insert) leaves the focus, and the caret, in the
 * site's editor, as an editor's toolbar does. Otherwise the button took the focus from the press
 * until the edit put it back, and keys typed meanwhile went to the button ("some more" came out
 * "smore"; a space pressed it again; QA37). The keyboard still reaches these buttons by Tab.
 */
export function keepEditorFocus(event: MouseEvent): void {
  if (event.button === 0) event.preventDefault();
}
