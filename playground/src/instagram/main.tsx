import { useCallback, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { recordSubmission } from '../shared/api';
import type { EditorHandle } from '../shared/editor-handle';
import { LexicalBox } from '../shared/LexicalBox';
import { applyParams, pick, readParams } from '../shared/params';
import { navigate, usePathname } from '../shared/router';
import { CommentField, type CommentFieldHandle } from './CommentField';
import { IG_LABELS } from './labels';
import { IG_BRAND, IG_POST, type IgComment } from './posts';
import './instagram.css';

const params = readParams();
applyParams(params);
const L = pick(params, IG_LABELS);
const CAPTION_LIMIT = 2200;

function Photo() {
  // A drawn "photo" (a cup under northern lights) so the page needs nothing from the network.
  return (
    <svg viewBox="0 0 400 400" className="ig-photo" role="img" aria-label="Photo by nordlyscoffee">
      <defs>
        <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stopColor="#0b1d3a" /><stop offset="1" stopColor="#1f4d5a" /></linearGradient>
        <linearGradient id="aurora" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stopColor="#37e2a5" stopOpacity="0" /><stop offset="0.5" stopColor="#37e2a5" /><stop offset="1" stopColor="#8a5cf6" stopOpacity="0" /></linearGradient>
      </defs>
      <rect width="400" height="400" fill="url(#sky)" />
      <path d="M0 120 C 100 40, 220 200, 400 90 L 400 140 C 230 240, 110 90, 0 170 Z" fill="url(#aurora)" opacity="0.8" />
      <rect x="130" y="220" width="140" height="120" rx="18" fill="#f4efe8" />
      <path d="M270 245 q 45 0 45 35 q 0 35 -45 35" stroke="#f4efe8" strokeWidth="14" fill="none" />
      <ellipse cx="200" cy="228" rx="62" ry="10" fill="#5b3a22" />
    </svg>
  );
}

function Nav() {
  const icons = ['🏠', '🔍', '🧭', '🎬', '✈️', '♡'];
  return (
    <nav className="ig-nav" aria-label="Primary">
      <a href="/" className="ig-logo">Instagram</a>
      {L.nav.map((label, i) => <a key={label} href="/" className="ig-nav-link"><span aria-hidden="true">{icons[i]}</span> {label}</a>)}
      <a href="/create/details/" className="ig-nav-link"><span aria-hidden="true">➕</span> {L.create}</a>
      <a href={`/${IG_BRAND}/`} className="ig-nav-link"><span className="ig-avatar ig-avatar-tiny" aria-hidden="true">N</span> Profile</a>
    </nav>
  );
}

function CreateDialog() {
  const editor = useRef<EditorHandle>(null);
  const [text, setText] = useState('');
  const share = () => {
    const value = editor.current?.text() ?? '';
    recordSubmission({ id: 'ig-caption', text: value });
    navigate('/');
  };
  return (
    <div className="ig-layer">
      <div className="ig-mask" onClick={() => navigate('/')} />
      <button type="button" aria-label={L.close} className="ig-close" onClick={() => navigate('/')}>✕</button>
      {/* instagram.com: "Create new post" is a div[role="dialog"]; the caption step holds a Lexical
          editor div[aria-label="Write a caption..."][contenteditable][role="textbox"][data-lexical-editor="true"]. */}
      <div role="dialog" aria-labelledby="ig-create-title" className="ig-dialog">
        <div className="ig-dialog-head">
          <span role="button" tabIndex={0} aria-label={L.back}>←</span>
          <h1 id="ig-create-title">{L.createNewPost}</h1>
          <div role="button" tabIndex={0} className="ig-share" onClick={share}
            onKeyDown={(event) => { if (event.key === 'Enter') share(); }}>{L.share}</div>
        </div>
        <div className="ig-dialog-body">
          <Photo />
          <div className="ig-caption-side">
            <div className="ig-user"><span className="ig-avatar" aria-hidden="true">N</span><strong>{IG_BRAND}</strong></div>
            <LexicalBox ref={editor} id="ig-caption" ariaLabel={L.writeCaption} placeholder={L.writeCaption}
              className="ig-caption-editor" placeholderClassName="ig-caption-placeholder" onTextChange={setText} />
            <div className="ig-counter">{text.length.toLocaleString('en')}/{CAPTION_LIMIT.toLocaleString('en')}</div>
          </div>
        </div>
      </div>
    </div>
  );
}

function CommentRow({ comment, onReply }: { comment: IgComment; onReply(comment: IgComment): void }) {
  return (
    <li className={comment.replyTo ? 'ig-comment ig-reply' : 'ig-comment'}>
      <span className="ig-avatar ig-avatar-small" aria-hidden="true">{comment.user.charAt(0).toUpperCase()}</span>
      <div>
        <a href={`/${comment.user}/`} className="ig-username">{comment.user}</a> <span dir="auto">{comment.text}</span>
        <div className="ig-comment-meta">
          <span>1 d</span>
          <span role="button" tabIndex={0} onClick={() => onReply(comment)}
            onKeyDown={(event) => { if (event.key === 'Enter') onReply(comment); }}>{L.reply}</span>
        </div>
      </div>
    </li>
  );
}

function PostPage() {
  const field = useRef<CommentFieldHandle>(null);
  const [comments, setComments] = useState<IgComment[]>(IG_POST.comments);
  const onReply = useCallback((comment: IgComment) => field.current?.replyTo(comment.user, comment.text, comment.id), []);
  const onSent = useCallback((text: string, replyTo?: string) => {
    setComments((list) => {
      const answer: IgComment = { id: `mine-${list.length}`, user: IG_BRAND, text, ...(replyTo ? { replyTo } : {}) };
      if (!replyTo) return [...list, answer];
      // Answers are shown under the comment they answer, after its earlier answers.
      let at = list.findIndex((c) => c.id === replyTo) + 1;
      while (list[at]?.replyTo === replyTo) at += 1;
      return [...list.slice(0, at), answer, ...list.slice(at)];
    });
  }, []);
  return (
    <div className="ig-post-page">
      <article className="ig-post" role="presentation">
        <Photo />
        <div className="ig-post-side">
          <header className="ig-user"><span className="ig-avatar" aria-hidden="true">N</span><strong>{IG_BRAND}</strong></header>
          <ul className="ig-comments">
            {/* instagram.com shows the caption as the first entry of the comment list, in an <h1>. */}
            <li className="ig-comment">
              <span className="ig-avatar ig-avatar-small" aria-hidden="true">N</span>
              <div><a href={`/${IG_BRAND}/`} className="ig-username">{IG_BRAND}</a> <h1 dir="auto" className="ig-caption">{IG_POST.caption}</h1></div>
            </li>
            {comments.map((comment) => <CommentRow key={comment.id} comment={comment} onReply={onReply} />)}
          </ul>
          <section className="ig-actions"><span aria-hidden="true">♡ 💬 ✈️</span><span aria-hidden="true">🔖</span></section>
          <section className="ig-likes">{L.likes(IG_POST.likes)}</section>
          <section className="ig-comment-section">
            <CommentField ref={field} id="ig-comment" placeholder={L.addComment} postLabel={L.post} caption={IG_POST.caption} onSent={onSent} />
          </section>
        </div>
      </article>
    </div>
  );
}

function Feed() {
  return (
    <div className="ig-feed">
      <article className="ig-feed-card">
        <div className="ig-user"><span className="ig-avatar" aria-hidden="true">N</span><strong>{IG_BRAND}</strong></div>
        <a href={`/p/${IG_POST.code}/`}><Photo /></a>
        <div className="ig-feed-caption"><strong>{IG_BRAND}</strong> {IG_POST.caption}</div>
      </article>
    </div>
  );
}

function App() {
  const [path] = usePathname();
  const create = path.startsWith('/create/');
  return (
    <div className="ig-app">
      <Nav />
      <main role="main" className="ig-main">
        {path.startsWith('/p/') ? <PostPage /> : <Feed />}
      </main>
      {create && <CreateDialog />}
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
