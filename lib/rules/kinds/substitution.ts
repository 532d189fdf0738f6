/**
 * Vale's "existence" and "substitution" checks over a plan term list: every match of a term in
 * the draft's words (outside links, e-mail addresses, @mentions and hashtags) becomes a finding,
 * with a fix when the plan names the replacement.
 */
import { matcherFor } from '../../engine/terms';
import type { RuleContext, RuleFinding } from '../rule';

export interface TermList<T> {
  /** The plan array the terms come from (the matcher is cached on it). */
  owner: readonly T[];
  /** The strings to look for; `entryOf(index)` maps a match back to its plan entry. */
  terms: () => readonly string[];
  entryOf: (index: number) => T;
  possessive?: boolean;
}

export function substitutions<T>(
  { text, segments }: RuleContext,
  list: TermList<T>,
  judge: (entry: T, found: string) => { message: string; replacement?: string } | undefined,
): RuleFinding[] {
  if (!list.owner.length) return [];
  const matcher = matcherFor(list.owner, list.terms, list.possessive ? { possessive: true } : {});
  return matcher.find(segments.words, text, segments.links, segments.wordIndex).flatMap(({ start, end, index }) => {
    const verdict = judge(list.entryOf(index), text.slice(start, end));
    if (!verdict) return [];
    return [{ message: verdict.message, start, end, ...(verdict.replacement === undefined ? {} : { fix: { start, end, text: verdict.replacement } }) }];
  });
}
