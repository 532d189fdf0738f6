import type { ComposerMatch, ComposerVariant, SiteAdapter } from './types';
import { allVariantMatches, closestVariant, frameAround, queryFirst, precedes, toMatch, visibleText } from './selectors';

/**
 * x.com: every composer is a Draft.js editor. The post box, the reply box under a post and the
 * reply dialog use the same editor, so the surface comes from the page around it: a reply box
 * sits below the post it answers.
 */
const variants: readonly ComposerVariant[] = [
  // Home timeline post box, /compose/post dialog, inline reply and reply dialog (2023–2026):
  // the Draft.js root carries data-testid="tweetTextarea_0" (…_1, …_2 in threads).
  { selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]', editor: 'draft' },
  // Any other Draft.js editor in the page (seen when X drops the test id in experiments).
  { selector: '.public-DraftEditor-content[contenteditable="true"]', editor: 'draft' },
];

/** A post in a timeline or conversation. */
const POST_SELECTORS = ['article[data-testid="tweet"]', 'article[role="article"]', 'article'];
/** The text of a post: data-testid first, then the language-tagged text block X renders. */
const POST_TEXT_SELECTORS = ['[data-testid="tweetText"]', 'div[lang]'];
/** Where a composer's own scope ends: a dialog, or the main column. */
const SCOPE_SELECTORS = ['[role="dialog"]', '[data-testid="primaryColumn"]', 'main'];

function scopeOf(element: Element): ParentNode {
  for (const selector of SCOPE_SELECTORS) {
    const scope = element.closest(selector);
    if (scope) return scope;
  }
  return element.ownerDocument;
}

/** The post right above the composer in its scope: what a reply answers. */
function answeredPost(editor: HTMLElement): HTMLElement | undefined {
  const scope = scopeOf(editor);
  let answered: HTMLElement | undefined;
  for (const selector of POST_SELECTORS) {
    for (const article of scope.querySelectorAll(selector)) {
      if (article.contains(editor)) continue;
      // Document order: once a post comes after the editor, all the rest do (long timelines stop early).
      if (precedes(article, editor)) answered = article as HTMLElement;
      else break;
    }
    if (answered) return answered;
  }
  return undefined;
}

/** The test id of a post box in a thread composer: tweetTextarea_0, tweetTextarea_1, … */
const THREAD_BOX = /^tweetTextarea_\d+$/;

function isThreadBox(element: Element): boolean {
  return THREAD_BOX.test(element.getAttribute('data-testid') ?? '') && element.closest('[data-testid^="dmComposer"]') === null;
}

function surfaceOf(editor: HTMLElement) {
  return answeredPost(editor) ? 'comment' : 'post';
}

export const xAdapter: SiteAdapter = {
  channel: 'x',
  variants,
  match(target) {
    const hit = closestVariant(target, variants);
    return hit && toMatch(hit.element, hit.variant, hit.variant.surface ?? surfaceOf(hit.element));
  },
  findAll(root) {
    return allVariantMatches(root, variants).map(({ element, variant }) => toMatch(element, variant, variant.surface ?? surfaceOf(element)));
  },
  replyingTo(composer: ComposerMatch) {
    if (composer.surface !== 'comment') return undefined;
    const post = answeredPost(composer.element);
    if (!post) return undefined;
    const text = queryFirst(post, POST_TEXT_SELECTORS);
    return text ? visibleText(text) : undefined;
  },
  frameOf(composer) {
    return frameAround(composer.element);
  },
  expectsComposer(path) {
    return /^\/(home|compose\/(post|tweet))\/?$/.test(path) || /^\/[^/]+\/status\/\d+/.test(path);
  },
  inPrivateMessages(editor, path) {
    // /messages (DMs, 2015–2025) and /i/chat (XChat, 2025–); the DM composer's test id, wherever it opens.
    return /^\/(messages|i\/chat)(\/|$)/.test(path) || editor.closest('[data-testid^="dmComposer"]') !== null;
  },
  threadOf(composer) {
    // "Add post" (data-testid="addButton") adds tweetTextarea_1, _2, … under the first box, in the
    // same dialog or column; they are published together as one thread.
    if (composer.surface !== 'post' || !isThreadBox(composer.element)) return undefined;
    const boxes = [...scopeOf(composer.element).querySelectorAll<HTMLElement>(variants[0]!.selector)].filter(isThreadBox);
    return boxes.length > 1 && boxes.includes(composer.element) ? boxes : undefined;
  },
};
