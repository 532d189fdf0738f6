import { useCallback, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { recordSubmission } from '../shared/api';
import type { EditorHandle } from '../shared/editor-handle';
import { LexicalBox } from '../shared/LexicalBox';
import { applyParams, pick, readParams } from '../shared/params';
import { FB_LABELS } from './labels';
import { FB_PAGE_NAME, FB_POSTS, type FbComment, type FbPost } from './posts';
import './facebook.css';

const params = readParams();
applyParams(params);
const L = pick(params, FB_LABELS);
const FIRST_NAME = 'Nordlys';

function Avatar({ name, small = false }: { name: string; small?: boolean }) {
  return <div className={small ? 'fb-avatar fb-avatar-small' : 'fb-avatar'} aria-hidden="true">{name.charAt(0)}</div>;
}

/** facebook.com's buttons are div[role="button"] with aria-label, not <button>. */
function DivButton(props: { label: string; onClick(): void; disabled?: boolean; className?: string; children?: React.ReactNode }) {
  return (
    <div role="button" tabIndex={0} aria-label={props.label} aria-disabled={props.disabled ? 'true' : undefined}
      className={props.className} onClick={() => { if (!props.disabled) props.onClick(); }}
      onKeyDown={(event) => { if ((event.key === 'Enter' || event.key === ' ') && !props.disabled) { event.preventDefault(); props.onClick(); } }}>
      {props.children ?? props.label}
    </div>
  );
}

function CreatePostDialog({ onClose, onPosted }: { onClose(): void; onPosted(text: string): void }) {
  const editor = useRef<EditorHandle>(null);
  const [text, setText] = useState('');
  const post = () => {
    const value = editor.current?.text() ?? '';
    if (value.trim() === '') return;
    recordSubmission({ id: 'fb-post', text: value });
    onPosted(value);
    onClose();
  };
  return (
    <div className="fb-layer">
      <div className="fb-mask" onClick={onClose} />
      {/* facebook.com: the composer opens in div[role="dialog"] labelled by its "Create post" heading. */}
      <div role="dialog" aria-labelledby="fb-create-post-title" className="fb-dialog">
        <div className="fb-dialog-head">
          <h2 id="fb-create-post-title">{L.createPost}</h2>
          <DivButton label={L.close} onClick={onClose} className="fb-close">✕</DivButton>
        </div>
        <div className="fb-dialog-author"><Avatar name={FB_PAGE_NAME} /><strong>{FB_PAGE_NAME}</strong></div>
        <LexicalBox ref={editor} id="fb-post" ariaLabel={L.whatsOnYourMind(FIRST_NAME)} placeholder={L.whatsOnYourMind(FIRST_NAME)}
          className="fb-composer-editor" placeholderClassName="fb-composer-placeholder" onTextChange={setText} autoFocus />
        <div className="fb-add-to-post"><span>{L.addToPost}</span><span aria-hidden="true">🖼️ 👤 😊 📍</span></div>
        <DivButton label={L.post} onClick={post} disabled={text.trim() === ''} className="fb-primary-button">{L.post}</DivButton>
      </div>
    </div>
  );
}

interface ReplyBoxProps {
  /** Playground id of the editor. */
  id: string;
  label: string;
  /** Text of the post or comment this box answers. */
  answering: string;
  onSent(text: string): void;
  autoFocus?: boolean;
}

/** A Lexical comment or reply box; Facebook sends on Enter, Shift+Enter starts a new line. */
function ReplyBox({ id, label, answering, onSent, autoFocus }: ReplyBoxProps) {
  const editor = useRef<EditorHandle>(null);
  const send = useCallback(() => {
    const value = editor.current?.text() ?? '';
    if (value.trim() === '') return;
    recordSubmission({ id, text: value, replyingTo: answering });
    editor.current?.clear();
    onSent(value);
  }, [id, answering, onSent]);
  return (
    <div className="fb-comment-box">
      <Avatar name={FB_PAGE_NAME} small />
      <div className="fb-comment-input">
        <LexicalBox ref={editor} id={id} ariaLabel={label} placeholder={label}
          className="xzsf02u fb-comment-editor" placeholderClassName="fb-comment-placeholder" onEnter={send} autoFocus={autoFocus} />
        {/* facebook.com: the send arrow is div[aria-label="Comment"][role="button"]. */}
        <DivButton label={L.comment} onClick={send} className="fb-send">➤</DivButton>
      </div>
    </div>
  );
}

function CommentBody({ comment, onReply }: { comment: FbComment; onReply?(): void }) {
  return (
    // facebook.com: each comment is div[role="article"][aria-label="Comment by <name> …"].
    <div role="article" aria-label={L.commentBy(comment.author)} className="fb-comment">
      <Avatar name={comment.author} small />
      <div>
        <div className="fb-comment-bubble">
          <strong>{comment.author}</strong>
          <div dir="auto">{comment.text}</div>
        </div>
        <div className="fb-comment-actions">
          <span>{L.like}</span>
          {onReply && <DivButton label={L.reply} onClick={onReply} />}
          <span>{L.justNow}</span>
        </div>
      </div>
    </div>
  );
}

/**
 * A comment with its replies. "Reply" opens a reply box under the thread — after the comment's
 * own article, as on facebook.com — labelled "Reply to <name>…".
 */
function CommentThread({ comment }: { comment: FbComment }) {
  const [replying, setReplying] = useState(false);
  const [replies, setReplies] = useState<FbComment[]>([]);
  const onSent = useCallback((text: string) => {
    setReplies((list) => [...list, { id: `${comment.id}-r${list.length + 1}`, author: FB_PAGE_NAME, text }]);
  }, [comment.id]);
  return (
    <div className="fb-thread">
      <CommentBody comment={comment} onReply={() => setReplying(true)} />
      {(replies.length > 0 || replying) && (
        <div className="fb-replies">
          {replies.map((reply) => <CommentBody key={reply.id} comment={reply} />)}
          {replying && <ReplyBox id={`fb-reply-${comment.id}`} label={L.replyTo(comment.author)} answering={comment.text} onSent={onSent} autoFocus />}
        </div>
      )}
    </div>
  );
}

function Post({ post, index }: { post: FbPost; index: number }) {
  const [comments, setComments] = useState(post.comments);
  const onCommented = useCallback((text: string) => {
    setComments((list) => [...list, { id: `${post.id}-${list.length + 1}`, author: FB_PAGE_NAME, text }]);
  }, [post.id]);
  const headingId = `fb-post-${post.id}-author`;
  return (
    // facebook.com: feed units are div[aria-posinset] > div[role="article"][aria-labelledby].
    <div aria-posinset={index + 1} aria-setsize={-1} className="fb-unit">
      <div role="article" aria-labelledby={headingId} className="fb-card fb-post">
        <div className="fb-post-head">
          <Avatar name={post.author} />
          <div>
            {/* facebook.com: the author's name is in div[data-ad-rendering-role="profile_name"]. */}
            <div data-ad-rendering-role="profile_name"><h4 id={headingId} className="fb-author">{post.author}</h4></div>
            <span className="fb-time">{post.time} · 🌐</span>
          </div>
        </div>
        {/* facebook.com: the post's text is in div[data-ad-rendering-role="story_message"] (2025) and,
            on older builds still served, div[data-ad-preview="message"] / [data-ad-comet-preview="message"]. */}
        <div data-ad-rendering-role="story_message" data-ad-preview="message" data-ad-comet-preview="message" className="fb-message">
          {post.text.split('\n').map((line, i) => <div key={i} dir="auto">{line}</div>)}
        </div>
        <div className="fb-actions">
          <DivButton label={L.like} onClick={() => undefined}>👍 {L.like}</DivButton>
          <DivButton label={L.comment} onClick={() => document.querySelector<HTMLElement>(`[data-playground-editor="fb-comment-${post.id}"] [contenteditable]`)?.focus()}>💬 {L.comment}</DivButton>
          <DivButton label={L.share} onClick={() => undefined}>↗ {L.share}</DivButton>
        </div>
        <div className="fb-comments">
          {comments.map((comment) => <CommentThread key={comment.id} comment={comment} />)}
        </div>
        <ReplyBox id={`fb-comment-${post.id}`} label={L.writeComment} answering={post.text} onSent={onCommented} />
      </div>
    </div>
  );
}

function App() {
  // `?compose=1` opens the dialog at load (playground only: lets the demo show it directly).
  const [composing, setComposing] = useState(new URLSearchParams(location.search).get('compose') === '1');
  const [posts, setPosts] = useState(FB_POSTS);
  const onPosted = useCallback((text: string) => {
    setPosts((list) => [{ id: `new-${list.length + 1}`, author: FB_PAGE_NAME, time: L.justNow, text, comments: [] }, ...list]);
  }, []);
  return (
    <>
      <div role="banner" className="fb-banner">
        <span className="fb-logo" aria-label="Facebook">f</span>
        <div className="fb-search" role="search">🔍 {L.search}</div>
      </div>
      <div role="main" className="fb-main">
        <div className="fb-card fb-composer-card">
          <Avatar name={FB_PAGE_NAME} />
          {/* facebook.com: the "What's on your mind" opener is a div[role="button"] with a span. */}
          <div role="button" tabIndex={0} className="fb-opener" onClick={() => setComposing(true)}
            onKeyDown={(event) => { if (event.key === 'Enter') setComposing(true); }}>
            <span>{L.whatsOnYourMind(FIRST_NAME)}</span>
          </div>
        </div>
        <div role="feed" className="fb-feed">
          {posts.map((post, index) => <Post key={post.id} post={post} index={index} />)}
        </div>
      </div>
      {composing && <CreatePostDialog onClose={() => setComposing(false)} onPosted={onPosted} />}
    </>
  );
}

createRoot(document.getElementById('mount_0_0')!).render(<App />);
