import { memo } from 'react';
import { navigate } from '../shared/router';
import type { TweetData } from './tweets';

/** history.state of /compose/post when it answers a post (the reply dialog). */
export interface ReplyState {
  replyTo: string;
}

function openReplyDialog(tweet: TweetData): void {
  const state: ReplyState = { replyTo: tweet.id };
  navigate('/compose/post', state);
}

function compact(count: number): string {
  return count >= 10_000 ? `${(count / 1000).toFixed(1)}K` : String(count);
}

/**
 * One post as x.com renders it: article[data-testid="tweet"] (role=article on x.com too) with
 * div[data-testid="User-Name"], <time datetime>, div[data-testid="tweetText"][lang] and the
 * action bar div[role="group"] with buttons data-testid reply / retweet / like.
 */
export const Tweet = memo(function Tweet({ tweet, focal = false }: { tweet: TweetData; focal?: boolean }) {
  return (
    // x.com: each timeline row is div[data-testid="cellInnerDiv"].
    <div data-testid="cellInnerDiv" className="x-cell">
      <article data-testid="tweet" role="article" tabIndex={focal ? -1 : 0} className={focal ? 'x-tweet x-focal' : 'x-tweet'}>
        <div className="x-avatar" data-testid="Tweet-User-Avatar" aria-hidden="true">{tweet.name.charAt(0)}</div>
        <div className="x-tweet-body">
          <div data-testid="User-Name" className="x-user">
            <a href={`/${tweet.handle}`} className="x-name">{tweet.name}</a>
            <span className="x-handle">@{tweet.handle}</span>
            <span className="x-dot">·</span>
            <a href={`/${tweet.handle}/status/${tweet.id}`} className="x-handle">
              <time dateTime={tweet.time}>{new Date(tweet.time).toLocaleDateString('en', { month: 'short', day: 'numeric' })}</time>
            </a>
          </div>
          <div data-testid="tweetText" lang={tweet.lang} dir="auto" className={focal ? 'x-text x-text-focal' : 'x-text'}>
            <span>{tweet.text}</span>
          </div>
          <div role="group" aria-label={`${tweet.replies} replies, ${tweet.reposts} reposts, ${tweet.likes} likes, ${tweet.views} views`} className="x-actions">
            <button type="button" data-testid="reply" aria-label={`${tweet.replies} Replies. Reply`} onClick={() => openReplyDialog(tweet)}>💬 {compact(tweet.replies)}</button>
            <button type="button" data-testid="retweet" aria-label={`${tweet.reposts} reposts. Repost`}>🔁 {compact(tweet.reposts)}</button>
            <button type="button" data-testid="like" aria-label={`${tweet.likes} Likes. Like`}>♡ {compact(tweet.likes)}</button>
            <span className="x-views">📊 {compact(tweet.views)}</span>
          </div>
        </div>
      </article>
    </div>
  );
});
