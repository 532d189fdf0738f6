import type { Side } from '../placement';
import type { ChannelId, Surface } from '../../engine/types';

/** How an editor holds its text: decides how Brandline reads it and maps offsets to the DOM. */
export type EditorKind = 'draft' | 'lexical' | 'textarea' | 'contenteditable';

/**
 * One way a site renders a composer. Sites ship several variants at once (A/B tests, old and new
 * layouts), so each adapter keeps a list; every variant has a comment saying where it is seen.
 */
export interface ComposerVariant {
  /** Matches the editable element itself (the contenteditable root or the textarea). */
  selector: string;
  editor: EditorKind;
  /**
   * Surface when the variant alone decides it; absent when the adapter decides from the page
   * around the editor (X uses the same editor for posts and replies).
   */
  surface?: Surface;
}

/** A composer found on the page. */
export interface ComposerMatch {
  element: HTMLElement;
  editor: EditorKind;
  surface: Surface;
}

export interface SiteAdapter {
  channel: ChannelId;
  variants: readonly ComposerVariant[];
  /** The editable element (or an element inside it) → the composer it belongs to, if any. */
  match(target: Element): ComposerMatch | undefined;
  /** Every composer in a document or subtree (one query per variant: used on start and navigation only). */
  findAll(root: ParentNode): ComposerMatch[];
  /** The text of the post or comment being answered, when the composer is a reply field. */
  replyingTo(composer: ComposerMatch): string | undefined;
  /**
   * The box around the editor that the site's own buttons live in (the overlay avoids it).
   * Falls back to the editor itself.
   */
  frameOf(composer: ComposerMatch): HTMLElement;
  /** Whether a page at this path normally shows a composer (for the one console note when none matches). */
  expectsComposer(path: string): boolean;
  /**
   * Whether an editor is a direct-message box. Brandline stays out of those: SPEC §4 knows posts and
   * public replies, and a DM box found by a fallback selector would get a post's rules (required
   * hashtags, CTA) on a private chat. Decided by path and by the sites' DM markers, never by label text.
   */
  inPrivateMessages(editor: Element, path: string): boolean;
  /**
   * The post boxes of the thread a post composer belongs to, in thread order (itself included),
   * when it is one of two or more; undefined otherwise. Only X composes threads.
   */
  threadOf?(composer: ComposerMatch): HTMLElement[] | undefined;
  /**
   * Where an open tone chip goes first, when the default (above the field) would cover what the
   * user is answering: Instagram's comment box sits right under the comments.
   */
  openChipSides?: readonly Side[];
}
