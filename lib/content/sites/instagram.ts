import type { ComposerVariant, SiteAdapter } from './types';
import { allVariantMatches, closestVariant, frameAround, queryFirst, precedes, toMatch, visibleText } from './selectors';

/**
 * instagram.com: the caption of the create-post dialog is a Lexical editor; the comment field under
 * a post is a React-controlled textarea inside a form.
 */
const variants: readonly ComposerVariant[] = [
  // Create-post dialog, "Write a caption" step (2024–2026): Lexical.
  { selector: '[role="dialog"] [data-lexical-editor="true"][contenteditable="true"]', editor: 'lexical', surface: 'post' },
  // Create-post page on narrow layouts and /create routes: the caption editor outside a dialog.
  { selector: '[data-lexical-editor="true"][contenteditable="true"][aria-multiline="true"]', editor: 'lexical', surface: 'post' },
  // Comment and reply field under a post (post page, feed, post dialog): textarea in a form.
  { selector: 'form textarea', editor: 'textarea', surface: 'comment' },
  // Comment field variant outside a form (seen in the reels viewer).
  { selector: 'section textarea, article textarea', editor: 'textarea', surface: 'comment' },
];

/** A post: an article in the feed, or the post dialog / page. */
const POST_SELECTORS = ['article', '[role="dialog"]', 'main'];
/** The caption of a post: rendered as the post's h1, or the first comment item. */
const CAPTION_SELECTORS = ['h1', 'ul li span[dir="auto"]', 'span[dir="auto"]'];

/** A comment row in a post's comment list, found by its author's profile link. */
const COMMENT_ROW_SELECTORS = ['li', '[role="listitem"]'];
const COMMENT_TEXT_SELECTORS = ['span[dir="auto"]', 'div[dir="auto"]'];

/**
 * "Reply" on a comment prefills the field with "@author ": the comment answered is that author's
 * comment in the same post (the last one above the field, when they wrote several).
 */
function answeredComment(field: HTMLElement): string | undefined {
  const value = (field as HTMLTextAreaElement).value ?? '';
  const mention = /^@([\w.]+)\s/.exec(value);
  const post = field.closest(POST_SELECTORS.join(','));
  if (!mention || !post) return undefined;
  let text: string | undefined;
  for (const link of post.querySelectorAll(`a[href="/${mention[1]}/"]`)) {
    const row = COMMENT_ROW_SELECTORS.map((s) => link.closest(s)).find(Boolean);
    const body = row && queryFirst(row, COMMENT_TEXT_SELECTORS);
    if (body && precedes(body, field)) text = visibleText(body);
  }
  return text;
}

export const instagramAdapter: SiteAdapter = {
  channel: 'instagram',
  variants,
  match(target) {
    const hit = closestVariant(target, variants);
    return hit && toMatch(hit.element, hit.variant, hit.variant.surface ?? 'post');
  },
  findAll(root) {
    return allVariantMatches(root, variants).map(({ element, variant }) => toMatch(element, variant, variant.surface ?? 'post'));
  },
  replyingTo(composer) {
    if (composer.surface !== 'comment') return undefined;
    const answered = answeredComment(composer.element);
    if (answered) return answered;
    for (const selector of POST_SELECTORS) {
      const post = composer.element.closest(selector);
      if (!post) continue;
      const caption = queryFirst(post, CAPTION_SELECTORS);
      if (caption) return visibleText(caption) || undefined;
    }
    return undefined;
  },
  frameOf(composer) {
    return frameAround(composer.element);
  },
  expectsComposer(path) {
    return /^\/(create\/|p\/|reel\/)/.test(path);
  },
  inPrivateMessages(_editor, path) {
    // Instagram Direct lives under /direct/ (inbox and threads); its Lexical box would read as a caption.
    return /^\/direct(\/|$)/.test(path);
  },
  // The comment box sits under the comments: opened above it, the chip covered the very comment
  // being answered (QA20). Beside the post's column (over the photo) first.
  openChipSides: ['left', 'above', 'right', 'below'],
};
