/**
 * X's post and reply boxes: a real Draft.js editor with the props X passes (Draft.js renders
 * them as DOM attributes, so the markup matches x.com's).
 */
import { ContentState, Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { registerEditor } from '../shared/api';
import type { EditorHandle } from '../shared/editor-handle';

interface Props {
  /** Playground id for window.__playground.text(id). */
  id: string;
  placeholder: string;
  /** x.com: aria-label "Post text" (localised, e.g. nb "Tekst i innlegg"). */
  ariaLabel: string;
  onTextChange(text: string): void;
  /** Ctrl/Cmd+Enter posts on x.com; plain Enter is a new line (a new Draft.js block). */
  onSubmitShortcut(): void;
  /** x.com focuses the composer of a dialog it opens (/compose/post, Reply). */
  autoFocus?: boolean;
  /** data-testid of the contenteditable: "tweetTextarea_0" for posts and replies, "dmComposerTextInput" in DMs. */
  testId?: string;
}

export const DraftBox = forwardRef<EditorHandle, Props>(function DraftBox(props, ref) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const latest = useRef(editorState);
  latest.current = editorState;
  const editor = useRef<Editor>(null);
  const { id, onTextChange } = props;
  const testId = props.testId ?? 'tweetTextarea_0';

  useEffect(() => registerEditor(id, () => latest.current.getCurrentContent().getPlainText()), [id]);
  useEffect(() => {
    if (props.autoFocus) editor.current?.focus();
  }, [props.autoFocus]);

  useImperativeHandle(ref, () => ({
    text: () => latest.current.getCurrentContent().getPlainText(),
    clear: () => {
      const empty = EditorState.push(latest.current, ContentState.createFromText(''), 'remove-range');
      setEditorState(empty);
      onTextChange('');
    },
    focus: () => editor.current?.focus(),
  }), [onTextChange]);

  const onChange = (next: EditorState) => {
    setEditorState(next);
    onTextChange(next.getCurrentContent().getPlainText());
  };

  const keyBindingFn = (event: KeyboardEvent): string | null => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'brandline-playground-submit';
    return getDefaultKeyBinding(event);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command !== 'brandline-playground-submit') return 'not-handled';
    props.onSubmitShortcut();
    return 'handled';
  };

  return (
    // x.com wraps the editor in div[data-testid="tweetTextarea_0RichTextInputContainer"].
    <div data-testid={`${testId}RichTextInputContainer`} data-playground-editor={id} className="x-draft">
      <Editor
        ref={editor}
        editorState={editorState}
        onChange={onChange}
        placeholder={props.placeholder}
        // x.com: the contenteditable is div.public-DraftEditor-content[role="textbox"]
        // [aria-label="Post text"][aria-multiline="true"][data-testid="tweetTextarea_0"].
        ariaLabel={props.ariaLabel}
        ariaMultiline
        role="textbox"
        webDriverTestID={testId}
        spellCheck
        stripPastedStyles
        keyBindingFn={keyBindingFn}
        handleKeyCommand={handleKeyCommand}
      />
    </div>
  );
});
