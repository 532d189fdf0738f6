import type { ComposerMatch, ComposerVariant, SiteAdapter } from './types';
import { allVariantMatches, closestVariant, frameAround, queryFirst, precedes, toMatch, visibleText } from './selectors';

/**
 * facebook.com: the "Create post" dialog and the comment boxes are Lexical editors. A comment box
 * belongs to a post (or to a comment, for replies): it sits inside that post's article, or after
 * it in the same dialog when the post is opened on its own.
 */
const variants: readonly ComposerVariant[] = [
  // Lexical editors (2023–2026): post composer dialog and comment/reply boxes.
  { selector: '[data-lexical-editor="true"][contenteditable="true"]', editor: 'lexical' },
  // Pre-Lexical Draft.js composer still served to some accounts; remove after 2027-06 if unseen.
  { selector: '.notranslate[contenteditable="true"][role="textbox"] [data-contents="true"]', editor: 'draft' },
  // A bare role=textbox contenteditable (fallback when the framework markers change).
  { selector: '[role="textbox"][contenteditable="true"]', editor: 'contenteditable' },
];

/** A post or a comment. */
const ARTICLE_SELECTORS = ['[role="article"]'];
/** The message text of a post or comment inside its article. */
const MESSAGE_SELECTORS = [
  // Post message, 2025 builds.
  '[data-ad-rendering-role="story_message"]',
  // Post message on older builds still served (feed and permalink dialog).
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
  // Comment body.
  '[data-testid="comment-text"]',
  'div[dir="auto"]',
];

/**
 * What a comment box answers. Inside a post, the box answers the post, unless it sits in a
 * comment's thread (the "Reply" box opens after the comment's own article, in the same thread
 * container): then the first comment of that thread. Outside any article (a post opened in a
 * dialog), the last article above the box in the dialog.
 */
function answeredArticle(editor: HTMLElement): HTMLElement | undefined {
  const post = editor.closest(ARTICLE_SELECTORS.join(',')) as HTMLElement | null;
  if (post) {
    for (let box = editor.parentElement; box && box !== post; box = box.parentElement) {
      for (const article of box.querySelectorAll(ARTICLE_SELECTORS.join(','))) {
        if (precedes(article, editor)) return article as HTMLElement;
      }
    }
    return post;
  }
  const scope = editor.closest('[role="dialog"]') ?? editor.closest('[role="feed"] > *, [role="main"]');
  if (!scope) return undefined;
  let answered: HTMLElement | undefined;
  for (const article of scope.querySelectorAll(ARTICLE_SELECTORS.join(','))) {
    // Document order: the first article after the box ends the search.
    if (precedes(article, editor)) answered = article as HTMLElement;
    else if (!article.contains(editor)) break;
  }
  return answered;
}

function surfaceOf(editor: HTMLElement) {
  return answeredArticle(editor) ? 'comment' : 'post';
}

/** The Draft.js variant matches the contents node: the editable root is its ancestor. */
function editableRoot(element: HTMLElement): HTMLElement {
  return (element.closest('[contenteditable="true"]') as HTMLElement | null) ?? element;
}

export const facebookAdapter: SiteAdapter = {
  channel: 'facebook',
  variants,
  match(target) {
    // The legacy Draft.js variant names the contents node inside the editable root; focus events
    // carry the root itself, so look from the contents node when there is one.
    const root = target.closest('[contenteditable="true"]') ?? target;
    const hit = closestVariant(root.querySelector('[data-contents="true"]') ?? target, variants);
    if (!hit) return undefined;
    const element = editableRoot(hit.element);
    return toMatch(element, hit.variant, hit.variant.surface ?? surfaceOf(element));
  },
  findAll(root) {
    const seen = new Set<HTMLElement>();
    const found: ComposerMatch[] = [];
    for (const { element, variant } of allVariantMatches(root, variants)) {
      const editor = editableRoot(element);
      if (seen.has(editor)) continue;
      seen.add(editor);
      found.push(toMatch(editor, variant, variant.surface ?? surfaceOf(editor)));
    }
    return found;
  },
  replyingTo(composer) {
    if (composer.surface !== 'comment') return undefined;
    const article = answeredArticle(composer.element);
    if (!article) return undefined;
    const message = queryFirst(article, MESSAGE_SELECTORS);
    return visibleText(message ?? article) || undefined;
  },
  frameOf(composer) {
    return frameAround(composer.element);
  },
  inPrivateMessages(_editor, path) {
    // Messenger inside facebook.com (/messages/t/…). The floating chat windows have no marker that
    // could be verified offline; they are listed under "not checkable here" in docs/decisions.md.
    return /^\/messages(\/|$)/.test(path);
  },
  expectsComposer(path) {
    // The news feed and profile/page timelines show the "What's on your mind" box; permalinks show comment boxes.
    return path === '/' || /^\/(home\.php|[^/]+\/posts\/|permalink\.php|photo|groups\/)/.test(path);
  },
};
