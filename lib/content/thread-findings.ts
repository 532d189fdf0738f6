import type { Finding, RuleId } from '../engine/types';

/**
 * Rules about what a post must contain. In an X thread (several post boxes published together)
 * the plan is met when the thread contains it: the hashtag in the first post and the call to
 * action with its link in the last is how threads are written. Judged box by box, every other
 * post of a complete thread would be flagged.
 * Limits (length, hashtags.max, mentions.max, emoji.max) and wording stay per post: X applies its
 * limits to each post, and a banned word is wrong wherever it is.
 */
export const THREAD_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['hashtags.required', 'hashtags.min', 'cta.missing', 'link.missing']);

/** How the posts of a thread are joined for the whole-thread check (they read as paragraphs). */
export const THREAD_SEPARATOR = '\n\n';

/** Whether a finding is about what the thread as a whole lacks. */
export function isThreadFinding(finding: Finding): boolean {
  return THREAD_RULES.has(finding.ruleId);
}

/** Identity of a lack: a missing hashtag per hashtag (its message names it), the other rules once. */
function lackKey(finding: Finding): string {
  return finding.ruleId === 'hashtags.required' ? `${finding.ruleId} ${finding.message}` : finding.ruleId;
}

/**
 * The findings one post box of a thread shows.
 * @param own the box's own check.
 * @param position the box's place in the thread (0 = the post that opens it).
 * @param whole the check of the whole thread (its posts joined by THREAD_SEPARATOR).
 *
 * What the thread still lacks is said once, on the opening post (the one timelines show, and
 * where a fix that appends a hashtag belongs); what the thread has somewhere is not a lack.
 * Whatever the whole thread lacks, the opening post lacks too (a post holds less than its thread),
 * so its own finding is kept, with its fix at its own end. hashtags.min counts the whole thread,
 * so its message is the thread's.
 */
export function threadFindings(own: readonly Finding[], position: number, whole: readonly Finding[]): Finding[] {
  const lacks = new Map<string, Finding>();
  for (const finding of whole) if (isThreadFinding(finding)) lacks.set(lackKey(finding), finding);
  const shown: Finding[] = [];
  for (const finding of own) {
    if (!isThreadFinding(finding)) {
      shown.push(finding);
      continue;
    }
    const lack = lacks.get(lackKey(finding));
    if (position !== 0 || !lack) continue;
    shown.push(finding.ruleId === 'hashtags.min' ? { ...finding, message: lack.message } : finding);
  }
  return shown;
}

/** A post box's place in its thread. */
export interface ThreadPlace {
  /** 0 = the post that opens the thread. */
  position: number;
  /** The text of every post of the thread, in order (read only when needed). */
  posts(): readonly string[];
}

/**
 * Checks one post; `check` runs the plan's checks on a text. The whole thread is read and checked
 * only when the post itself lacks something the rest of the thread might hold, so typing in a post
 * that meets the plan costs one check, as outside threads.
 */
export function checkThreadPost(text: string, thread: ThreadPlace | undefined, check: (text: string) => Finding[]): Finding[] {
  const own = check(text);
  if (!thread || !own.some(isThreadFinding)) return own;
  const posts = thread.posts();
  if (posts.length < 2) return own;
  return threadFindings(own, thread.position, check(posts.join(THREAD_SEPARATOR)));
}
