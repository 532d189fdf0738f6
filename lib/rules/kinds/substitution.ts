/**
 * Vale's "existence" and "substitution" checks over a plan term list: every match of a term in
 * the draft's words (outside links, e-mail addresses, @mentions and hashtags) becomes a finding,
 * with a fix when the plan names the replacement.
 */
import { matcherFor } from '../../engine/terms';
import { insideName, nameOccurrences } from './brand-names';
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
  context: RuleContext,
  list: TermList<T>,
  judge: (entry: T, found: string) => { message: string; replacement?: string } | undefined,
): RuleFinding[] {
  const { text, segments } = context;
  if (!list.owner.length) return [];
  const matcher = matcherFor(list.owner, list.terms, list.possessive ? { possessive: true } : {});
  const matches = matcher.find(segments.words, text, segments.links, segments.wordIndex);
  // The words of the plan's own product names are theirs ("Free Spirit Blend", "Nordlys Guarantee").
  const names = matches.length ? nameOccurrences(context) : [];
  return matches.flatMap(({ start, end, index }) => {
    if (names.length && insideName(names, start, end)) return [];
    const verdict = judge(list.entryOf(index), text.slice(start, end));
    if (!verdict) return [];
    return [{ message: verdict.message, start, end, ...(verdict.replacement === undefined ? {} : { fix: { start, end, text: verdict.replacement } }) }];
  });
}
