/**
 * A real Lexical editor set up the way Meta's sites do: rich text (one <p> per line), the
 * contenteditable with role="textbox" and an aria-label, and `data-lexical-editor="true"`, which
 * Lexical itself sets on its root element. Facebook's and Instagram's paragraphs carry their
 * atomic CSS class names; the same ones are used here so the markup reads alike.
 */
import { HashtagNode } from '@lexical/hashtag';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { HashtagPlugin } from '@lexical/react/LexicalHashtagPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, type LexicalEditor,
} from 'lexical';
import { forwardRef, useEffect, useImperativeHandle, type ReactNode } from 'react';
import { registerEditor } from './api';
import type { EditorHandle } from './editor-handle';

/** The model text the playground exposes: top-level blocks' text joined with "\n". */
export function lexicalText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getTextContent()).join('\n'));
}

interface Props {
  id: string;
  ariaLabel: string;
  placeholder: string;
  className?: string;
  placeholderClassName?: string;
  onTextChange?(text: string): void;
  /** When set, Enter (without Shift) calls it instead of starting a new paragraph. */
  onEnter?(): void;
  /** Focus when mounted, as the sites do for boxes opened by a click (Reply, Create post). */
  autoFocus?: boolean;
  children?: ReactNode;
}

const FB_PARAGRAPH = 'xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8';

function Bridge(props: Props & { handleRef: React.ForwardedRef<EditorHandle> }) {
  const [editor] = useLexicalComposerContext();
  const { id, onTextChange, onEnter } = props;

  useEffect(() => registerEditor(id, () => lexicalText(editor)), [id, editor]);
  useEffect(() => {
    if (props.autoFocus) editor.focus();
  }, [editor, props.autoFocus]);

  useEffect(() => mergeRegister(
    editor.registerUpdateListener(() => onTextChange?.(lexicalText(editor))),
    editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
      if (!onEnter || event?.shiftKey) return false;
      event?.preventDefault();
      onEnter();
      return true;
    }, COMMAND_PRIORITY_HIGH),
  ), [editor, onTextChange, onEnter]);

  useImperativeHandle(props.handleRef, () => ({
    text: () => lexicalText(editor),
    clear: () => editor.update(() => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    }),
    focus: () => editor.focus(),
  }), [editor]);
  return null;
}

export const LexicalBox = forwardRef<EditorHandle, Props>(function LexicalBox(props, ref) {
  const config = {
    namespace: props.id,
    // Facebook and Instagram colour hashtags as they are typed: a hashtag is a node of its own,
    // and an edit across it is where a deletion went wrong (QA27).
    theme: { paragraph: FB_PARAGRAPH, hashtag: 'lexical-hashtag' },
    nodes: [HashtagNode],
    onError: (error: Error) => { throw error; },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <div className="lexical-shell" data-playground-editor={props.id}>
        <RichTextPlugin
          contentEditable={
            // facebook.com / instagram.com: div[contenteditable="true"][role="textbox"]
            // [spellcheck="true"][aria-label="Write a comment…"][data-lexical-editor="true"] with class "notranslate".
            <ContentEditable className={`notranslate ${props.className ?? ''}`} role="textbox" spellCheck
              aria-label={props.ariaLabel} />
          }
          placeholder={<div className={props.placeholderClassName ?? 'lexical-placeholder'} aria-hidden="true">{props.placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <HashtagPlugin />
        <Bridge {...props} handleRef={ref} />
        {props.children}
      </div>
    </LexicalComposer>
  );
});
