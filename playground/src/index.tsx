import { createRoot } from 'react-dom/client';
import { SITES, withOptions } from './urls';
import './index.css';

// `try` is for a person trying Brandline; `what` is how the page is built, for a developer.
const PAGES: { site: string; title: string; url: string; try: string; what: string }[] = [
  { site: 'X', title: 'Home: post box', url: SITES.x.home, try: 'Write a post with “cheap” or a link in it; click Fix in the panel.', what: 'Draft.js editor, data-testid="tweetTextarea_0", post button tweetButtonInline' },
  { site: 'X', title: 'Compose dialog', url: SITES.x.compose, try: 'Write a thread with (+): hashtags and links count for the whole thread.', what: 'the same editor in div[role="dialog"] at /compose/post; "Add post" (+) writes a thread' },
  { site: 'X', title: 'Reply to the brand’s post', url: SITES.x.reply, try: 'Reply, and watch the tone chip beside the box.', what: 'article[data-testid="tweet"] and the inline reply box' },
  { site: 'X', title: 'Reply to a complaint', url: SITES.x.complaint, try: 'Answer an unhappy customer: the chip offers the plan’s templates.', what: 'a customer’s complaint and the reply box' },
  { site: 'X', title: 'Heavy live timeline', url: SITES.x.homeHeavy, try: 'A busy feed: Brandline should not slow it down.', what: '1,500 posts, new ones every 250 ms (page benchmark)' },
  { site: 'Facebook', title: 'Feed and comment boxes', url: SITES.facebook.home, try: 'Comment on a post about mould: a crisis topic.', what: 'Lexical comment boxes inside each post’s role="article"' },
  { site: 'Facebook', title: 'Create post dialog', url: SITES.facebook.compose, try: 'Write a post with a link to nordlyscoffee.no: Fix adds the UTM tags.', what: '"What’s on your mind" Lexical composer in div[role="dialog"]' },
  { site: 'Instagram', title: 'Create post: caption', url: SITES.instagram.create, try: 'Write a caption with six hashtags: Instagram allows five.', what: 'Lexical caption editor in the "Create new post" dialog' },
  { site: 'Instagram', title: 'Post page: comments', url: SITES.instagram.post, try: 'Press Reply under a comment and answer it.', what: 'React-controlled textarea "Add a comment…", Reply on comments' },
];

function Index() {
  return (
    <main>
      <h1>Brandline playground</h1>
      <p>
        Imitations of the composers on x.com, facebook.com and instagram.com, built with the editors those sites use
        (Draft.js, Lexical, a React-controlled textarea) and served at the real addresses inside the test browser.
        Nothing here talks to the real sites.
      </p>
      <table>
        <thead><tr><th>Site</th><th>Page</th><th>Variants</th><th>Try this</th></tr></thead>
        <tbody>
          {PAGES.map((page) => (
            <tr key={page.url}>
              <td>{page.site}</td>
              <td><a href={page.url}>{page.title}</a></td>
              <td>
                <a href={withOptions(page.url, { theme: 'dark' })}>dark</a>{' · '}
                <a href={withOptions(page.url, { lang: 'nb' })}>norsk</a>
              </td>
              <td>
                {page.try}
                <br />
                <small className="built">{page.what}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Index />);
