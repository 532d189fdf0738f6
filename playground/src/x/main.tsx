import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyParams, pick, readParams } from '../shared/params';
import { navigate, usePathname } from '../shared/router';
import { Composer } from './Composer';
import { HeavyTimeline } from './HeavyTimeline';
import { MessagesDrawer } from './MessagesDrawer';
import { ThreadComposer } from './ThreadComposer';
import { X_LABELS } from './labels';
import { Tweet, type ReplyState } from './Tweet';
import { BRAND, TWEETS, repliesTo, tweetById, type TweetData } from './tweets';
import './x.css';

const params = readParams();
applyParams(params);
const L = pick(params, X_LABELS);

function ownTweet(text: string, inReplyTo?: string): TweetData {
  return {
    id: String(Date.now()), name: BRAND.name, handle: BRAND.handle, text, lang: params.lang, time: new Date().toISOString(),
    replies: 0, reposts: 0, likes: 0, views: 1, ...(inReplyTo ? { inReplyTo } : {}),
  };
}

function useToast(): [string | null, (message: string) => void] {
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), 4000);
    return () => window.clearTimeout(timer);
  }, [toast]);
  return [toast, setToast];
}

function Home({ posted, onPosted }: { posted: TweetData[]; onPosted(text: string): void }) {
  return (
    <>
      <div className="x-header">
        <div role="tablist" className="x-tabs">
          <a role="tab" aria-selected="true" href="/home" className="x-tab x-tab-active">{L.forYou}</a>
          <a role="tab" aria-selected="false" href="/home" className="x-tab">{L.following}</a>
        </div>
      </div>
      <Composer id="x-post" placeholder={L.whatsHappening} ariaLabel={L.postText} buttonLabel={L.post}
        buttonTestId="tweetButtonInline" onPosted={onPosted} />
      {/* x.com: the timeline is div[aria-label="Timeline: Your Home Timeline"]. */}
      <section aria-label={L.timeline} role="region">
        <div>
          {posted.map((tweet) => <Tweet key={tweet.id} tweet={tweet} />)}
          {params.heavy ? <HeavyTimeline /> : TWEETS.map((tweet) => <Tweet key={tweet.id} tweet={tweet} />)}
        </div>
      </section>
    </>
  );
}

function Status({ id }: { id: string }) {
  const tweet = tweetById(id) ?? TWEETS[0]!;
  const [answers, setAnswers] = useState<TweetData[]>([]);
  const onPosted = useCallback((text: string) => setAnswers((list) => [...list, ownTweet(text, tweet.id)]), [tweet.id]);
  return (
    <>
      <div className="x-header x-header-title"><a href="/home" aria-label="Back" className="x-back">←</a><h2>{L.post}</h2></div>
      <Tweet tweet={tweet} focal />
      {/* x.com: the inline reply box under a post is also div[data-testid="tweetTextarea_0"]. */}
      <Composer id="x-reply" placeholder={L.postYourReply} ariaLabel={L.postText} buttonLabel={L.reply}
        buttonTestId="tweetButtonInline" replyingTo={tweet.text} replyingToLabel={`${L.replyingTo} @${tweet.handle}`}
        onPosted={onPosted} />
      <section aria-label="Timeline: Conversation" role="region">
        {[...repliesTo(tweet.id), ...answers].map((reply) => <Tweet key={reply.id} tweet={reply} />)}
      </section>
    </>
  );
}

function replyTarget(): TweetData | undefined {
  const state: unknown = history.state;
  const id = typeof state === 'object' && state !== null ? (state as Partial<ReplyState>).replyTo : undefined;
  return typeof id === 'string' ? tweetById(id) : undefined;
}

function ComposeDialog({ onPosted }: { onPosted(text: string): void }) {
  const close = () => navigate('/home');
  // Reply on a post opens the same dialog with that post above the composer (a comment surface).
  const target = replyTarget();
  return (
    <div className="x-layer">
      <div className="x-mask" onClick={close} />
      {/* x.com opens the composer at /compose/post in div[role="dialog"][aria-modal="true"]. */}
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="x-dialog">
        <div className="x-dialog-bar">
          <button type="button" data-testid="app-bar-close" aria-label={L.close} onClick={close} className="x-close">✕</button>
          <h2 id="modal-header" className="x-sr-only">{L.post}</h2>
        </div>
        {target ? (
          <>
            <Tweet tweet={target} />
            <Composer id="x-reply-dialog" placeholder={L.postYourReply} ariaLabel={L.postText} buttonLabel={L.reply}
              buttonTestId="tweetButton" replyingTo={target.text} replyingToLabel={`${L.replyingTo} @${target.handle}`}
              onPosted={close} autoFocus />
          </>
        ) : (
          <ThreadComposer placeholder={L.whatsHappening} ariaLabel={L.postText} labels={L}
            onPosted={(texts) => { for (const text of [...texts].reverse()) onPosted(text); close(); }} />
        )}
      </div>
    </div>
  );
}

function App() {
  const [path] = usePathname();
  const [posted, setPosted] = useState<TweetData[]>([]);
  const [toast, showToast] = useToast();
  const onPosted = useCallback((text: string) => {
    setPosted((list) => [ownTweet(text), ...list]);
    showToast(L.sent);
  }, [showToast]);
  const status = /^\/[^/]+\/status\/(\d+)/.exec(path);
  const dialog = path === '/compose/post';

  return (
    <div className="x-app">
      <header role="banner" className="x-nav">
        <a href="/home" aria-label="X" className="x-logo">𝕏</a>
        <nav aria-label="Primary role" role="navigation">
          {[['🏠', L.home, '/home'], ['🔍', L.explore, '/explore'], ['🔔', L.notifications, '/notifications'],
            ['✉️', L.messages, '/messages'], ['👤', L.profile, `/${BRAND.handle}`]].map(([icon, label, href]) => (
            <a key={href} href={href} className="x-nav-link"><span aria-hidden="true">{icon}</span> {label}</a>
          ))}
        </nav>
        <a href="/compose/post" data-testid="SideNav_NewTweet_Button" className="x-nav-post">{L.post}</a>
      </header>
      <main role="main" className="x-main">
        <div data-testid="primaryColumn" className="x-primary">
          {status ? <Status key={status[1]} id={status[1]!} /> : <Home posted={posted} onPosted={onPosted} />}
        </div>
        <div data-testid="sidebarColumn" className="x-sidebar">
          <div className="x-search" role="search"><span aria-hidden="true">🔍</span> {L.search}</div>
          <div className="x-trends">
            <h2>{L.trends}</h2>
            {['#PolarRoast', 'Oslo', '#Kaffe', 'Bergen'].map((trend) => <div key={trend} className="x-trend">{trend}</div>)}
          </div>
        </div>
      </main>
      {!status && <MessagesDrawer title={L.messages} placeholder={L.startMessage} />}
      {dialog && <ComposeDialog onPosted={onPosted} />}
      {toast && <div data-testid="toast" role="alert" className="x-toast">{toast}</div>}
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
