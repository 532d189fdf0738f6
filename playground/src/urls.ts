/**
 * Where each playground page lives: the real sites' URLs (tests/e2e/sites.ts serves the built
 * pages there) and the ids of the editors each page registers in window.__playground.
 * Pure data, shared by the index page, the e2e tests, the demo and the page benchmark.
 */
export const SITES = {
  /** The playground's own index page (not a real site; the content script does not run there). */
  index: 'https://playground.brandline.invalid/',
  x: {
    home: 'https://x.com/home',
    /** Thousands of posts and continuous DOM mutations, for the page benchmark. */
    homeHeavy: 'https://x.com/home?feed=heavy',
    /** The brand's post with the inline reply box (a comment surface). */
    reply: 'https://x.com/nordlyscoffee/status/1877001234567890123',
    /** A customer's complaint to the brand, with the inline reply box. */
    complaint: 'https://x.com/kari_nordmann/status/1877005555000000001',
    /** The composer X opens in a dialog over the home timeline. */
    compose: 'https://x.com/compose/post',
    /** twitter.com serves the same app (the real one redirects to x.com). */
    twitterHome: 'https://twitter.com/home',
  },
  facebook: {
    /** Feed: "What's on your mind" opener (the composer opens in a dialog) and posts with comment boxes. */
    home: 'https://www.facebook.com/',
    /** The same feed with the "Create post" dialog already open (playground-only `compose=1`). */
    compose: 'https://www.facebook.com/?compose=1',
  },
  instagram: {
    home: 'https://www.instagram.com/',
    /** "Create new post" dialog at its caption step. */
    create: 'https://www.instagram.com/create/details/',
    /** A post page with comments and the comment field. */
    post: 'https://www.instagram.com/p/C9nordlys01/',
  },
} as const;

/** Ids for window.__playground.text(id). */
export const EDITORS = {
  /** reply: inline reply box on a status page; replyDialog: Reply on a timeline post (dialog). */
  x: { post: 'x-post', reply: 'x-reply', dialog: 'x-dialog', replyDialog: 'x-reply-dialog', dm: 'x-dm' },
  /** replyToLars: the box "Reply" opens under Lars Dahl's comment on the brand's post. */
  facebook: { post: 'fb-post', commentOnBrandPost: 'fb-comment-1', commentOnComplaint: 'fb-comment-2', replyToLars: 'fb-reply-1-2' },
  instagram: { caption: 'ig-caption', comment: 'ig-comment' },
} as const;

/** Adds the playground's page options: `theme=dark`, `lang=nb`. */
export function withOptions(url: string, options: { theme?: 'light' | 'dark'; lang?: 'en' | 'nb' }): string {
  const target = new URL(url);
  if (options.theme) target.searchParams.set('theme', options.theme);
  if (options.lang) target.searchParams.set('lang', options.lang);
  return target.toString();
}
