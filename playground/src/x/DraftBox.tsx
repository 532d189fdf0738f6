/**
 * X's post and reply boxes: a real Draft.js editor with the props X passes (Draft.js renders
 * them as DOM attributes, so the markup matches x.com's).
 */
import { CompositeDecorator, ContentState, Editor, EditorState, getDefaultKeyBinding, type ContentBlock, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

/** Ranges of a block's text that match `pattern`, for a decorator strategy. */
const matches = (pattern: RegExp) => (block: ContentBlock, found: (start: number, end: number) => void) => {
  for (const match of block.getText().matchAll(pattern)) found(match.index, match.index + match[0].length);
};

const Highlight = (props: { children?: ReactNode }) => <span className="x-highlight">{props.children}</span>;

/**
 * x.com colours hashtags, @mentions and links while they are typed, with Draft.js decorators: each
 * becomes a leaf of its own, and an edit across leaves is where a deletion went wrong (QA27). The
 * playground's boxes carry the same, so every X test runs on decorated text.
 */
const X_DECORATORS = new CompositeDecorator([
  { strategy: matches(/https?:\/\/\S+|\b[\w-]+\.(?:com|no|io)(?:\/\S*)?/gu), component: Highlight },
  { strategy: matches(/[#@][\p{L}\p{N}_]+/gu), component: Highlight },
]);

export const DraftBox = forwardRef<EditorHandle, Props>(function DraftBox(props, ref) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty(X_DECORATORS));
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
