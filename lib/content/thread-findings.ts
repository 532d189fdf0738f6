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

/** How the posts of a thread are joined to count their hashtags together (no hashtag spans a blank line). */
export const THREAD_SEPARATOR = '\n\n';

/** Whether a finding is about what the thread as a whole lacks. */
export function isThreadFinding(finding: Finding): boolean {
  return THREAD_RULES.has(finding.ruleId);
}

/** The hashtag a hashtags.required message names ("Missing the required hashtag #X.", "Mangler #X, …"). */
const NAMED_HASHTAG = /[#＃][^\s.,:;!?()«»"]+/u;

/**
 * Identity of a lack: a missing hashtag per hashtag, the other rules once. The hashtag is read from
 * the message, whose wording varies (a long post's says there is no room to add it).
 */
function lackKey(finding: Finding): string {
  return finding.ruleId === 'hashtags.required' ? `${finding.ruleId} ${NAMED_HASHTAG.exec(finding.message)?.[0] ?? finding.message}` : finding.ruleId;
}

/** A post box's place in its thread. */
export interface ThreadPlace {
  /** 0 = the post that opens the thread. */
  position: number;
  /** The text of every post of the thread, in order (read only when needed). */
  posts(): readonly string[];
}

/**
 * The findings one post of a thread shows; `check` runs the plan's checks on a text (the content
 * script passes one that remembers recent texts, so the posts of a thread share their checks).
 *
 * What the thread still lacks is said once, on the opening post (the one timelines show, and where
 * a fix that appends a hashtag belongs); the other posts show only their own limits and wording.
 * A call to action, link or required hashtag is in the thread when some post holds it whole (a
 * phrase split across two posts is not); the hashtags of hashtags.min are counted over the thread,
 * whose message then gives the thread's count. Whatever the thread lacks, its opening post lacks
 * too (a post holds less than its thread), so that post's own finding, with its own fix, is kept.
 */
export function checkThreadPost(text: string, thread: ThreadPlace | undefined, check: (text: string) => Finding[]): Finding[] {
  const own = check(text);
  if (!thread || !own.some(isThreadFinding)) return own;
  if (thread.position !== 0) return own.filter((finding) => !isThreadFinding(finding));
  const posts = thread.posts();
  if (posts.length < 2) return own;
  const lacking = new Set(own.filter((f) => isThreadFinding(f) && f.ruleId !== 'hashtags.min').map(lackKey));
  for (const post of posts.slice(1)) {
    if (!lacking.size) break;
    const lacks = new Set(check(post).map(lackKey));
    for (const key of lacking) if (!lacks.has(key)) lacking.delete(key);
  }
  const tooFew = own.some((f) => f.ruleId === 'hashtags.min')
    ? check(posts.join(THREAD_SEPARATOR)).find((f) => f.ruleId === 'hashtags.min')
    : undefined;
  const shown: Finding[] = [];
  for (const finding of own) {
    if (!isThreadFinding(finding)) shown.push(finding);
    else if (finding.ruleId === 'hashtags.min') {
      if (tooFew) shown.push({ ...finding, message: tooFew.message });
    } else if (lacking.has(lackKey(finding))) shown.push(finding);
  }
  return shown;
}
