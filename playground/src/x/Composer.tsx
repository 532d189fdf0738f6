import { useCallback, useRef, useState, type ReactNode } from 'react';
import { recordSubmission } from '../shared/api';
import type { EditorHandle } from '../shared/editor-handle';
import { DraftBox } from './DraftBox';

interface Props {
  id: string;
  placeholder: string;
  ariaLabel: string;
  buttonLabel: string;
  /** x.com: "tweetButtonInline" for the inline boxes (home, reply), "tweetButton" in the dialog. */
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  replyingTo?: string;
  replyingToLabel?: string;
  onPosted?(text: string): void;
  autoFocus?: boolean;
}

/** Avatar, Draft.js box, toolbar and the post/reply button that sends the editor's model text. */
export function Composer(props: Props) {
  const editor = useRef<EditorHandle>(null);
  const [text, setText] = useState('');
  const { id, replyingTo, onPosted } = props;

  const submit = useCallback(() => {
    const value = editor.current?.text() ?? '';
    if (value.trim() === '') return;
    recordSubmission(replyingTo === undefined ? { id, text: value } : { id, text: value, replyingTo });
    editor.current?.clear();
    onPosted?.(value);
  }, [id, replyingTo, onPosted]);

  return (
    <div className="x-composer">
      <div className="x-avatar x-avatar-brand" aria-hidden="true">N</div>
      <div className="x-composer-main">
        {props.replyingToLabel && <div className="x-replying">{props.replyingToLabel}</div>}
        {/* x.com: label[data-testid="tweetTextarea_0_label"] around the editor. */}
        <label data-testid="tweetTextarea_0_label" className="x-editor-label">
          <DraftBox ref={editor} id={id} placeholder={props.placeholder} ariaLabel={props.ariaLabel}
            onTextChange={setText} onSubmitShortcut={submit} autoFocus={props.autoFocus} />
        </label>
        <div className="x-composer-bar">
          <Toolbar />
          <button type="button" data-testid={props.buttonTestId} className="x-post-button"
            disabled={text.trim() === ''} aria-disabled={text.trim() === ''} onClick={submit}>
            {props.buttonLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

/** x.com: div[data-testid="toolBar"] with media, GIF, poll, emoji buttons. */
export function Toolbar({ children }: { children?: ReactNode }) {
  return (
    <div data-testid="toolBar" className="x-toolbar" role="tablist">
      <span aria-hidden="true">🖼️</span><span aria-hidden="true">GIF</span><span aria-hidden="true">📊</span><span aria-hidden="true">🙂</span>
      {children}
    </div>
  );
}
