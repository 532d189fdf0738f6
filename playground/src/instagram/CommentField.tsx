import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { recordSubmission, registerEditor } from '../shared/api';

export interface CommentFieldHandle {
  /** What Instagram does on "Reply": prefill "@user " and focus the field. */
  replyTo(user: string, text: string, commentId: string): void;
}

interface Props {
  id: string;
  placeholder: string;
  postLabel: string;
  caption: string;
  onSent(text: string, replyTo?: string): void;
}

/**
 * instagram.com's comment field: a React-controlled <textarea aria-label="Add a comment…"
 * placeholder="Add a comment…" autocomplete="off"> in a <form method="POST">, sent by a
 * div[role="button"] "Post" or Enter. Its value lives in React state: writing `value` on the DOM
 * node alone is undone on the next render, exactly like on the real site.
 */
export const CommentField = forwardRef<CommentFieldHandle, Props>(function CommentField(props, ref) {
  const [value, setValue] = useState('');
  const [target, setTarget] = useState<{ text: string; commentId: string } | null>(null);
  const latest = useRef(value);
  latest.current = value;
  const area = useRef<HTMLTextAreaElement>(null);
  const { id } = props;

  useEffect(() => registerEditor(id, () => latest.current), [id]);
  // Instagram grows the field with its content.
  useLayoutEffect(() => {
    const node = area.current;
    if (!node) return;
    node.style.height = 'auto';
    node.style.height = `${Math.min(node.scrollHeight, 80)}px`;
  }, [value]);

  useImperativeHandle(ref, () => ({
    replyTo: (user, text, commentId) => {
      setValue(`@${user} `);
      setTarget({ text, commentId });
      area.current?.focus();
    },
  }), []);

  const send = () => {
    const text = latest.current;
    if (text.trim() === '') return;
    recordSubmission({ id, text, replyingTo: target?.text ?? props.caption });
    props.onSent(text, target?.commentId);
    setValue('');
    setTarget(null);
  };

  return (
    <form method="POST" className="ig-comment-form" onSubmit={(event) => { event.preventDefault(); send(); }}>
      <span className="ig-emoji" aria-hidden="true">☺</span>
      <textarea ref={area} data-playground-editor={id} aria-label={props.placeholder} placeholder={props.placeholder}
        autoComplete="off" autoCorrect="off" rows={1} className="ig-textarea" value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }} />
      <div role="button" tabIndex={0} aria-disabled={value.trim() === '' ? 'true' : undefined} className="ig-post-button"
        onClick={send} onKeyDown={(event) => { if (event.key === 'Enter') send(); }}>
        {props.postLabel}
      </div>
    </form>
  );
});
