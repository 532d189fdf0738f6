/**
 * Vale's "existence" and "substitution" checks over a plan term list: every match of a term in
 * the draft's words (outside links, e-mail addresses, @mentions and hashtags) becomes a finding,
 * with a fix when the plan names the replacement.
 */
import { Segments } from '../../engine/segments';
import { matcherFor } from '../../engine/terms';
import type { MessageLocale } from '../../engine/types';
import { quote } from '../messages';
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
    // A replacement the plan flags in its turn ("deal" → "offer" while "offer" → "deal") would
    // swap the text back and forth, one click after another (QA23): no fix, and the reason.
    const flagged = verdict.replacement === undefined ? undefined : flaggedByPlan(context, verdict.replacement);
    if (flagged !== undefined) return [{ message: `${verdict.message}${LOOP[context.messageLocale](flagged)}`, start, end }];
    return [{ message: verdict.message, start, end, ...(verdict.replacement === undefined ? {} : { fix: { start, end, text: verdict.replacement } }) }];
  });
}

const LOOP: Record<MessageLocale, (found: string) => string> = {
  en: (found) => ` No fix: the plan flags ${quote('en', found)} too.`,
  nb: (found) => ` Ingen retting: planen flagger også ${quote('nb', found)}.`,
};

const flaggedCache = new WeakMap<object, Map<string, string | null>>();

/** The banned or replaced term a plan finds in `replacement`, if any (per plan and text, cached). */
function flaggedByPlan({ plan, channel }: Pick<RuleContext, 'plan' | 'channel'>, replacement: string): string | undefined {
  let known = flaggedCache.get(plan.terms);
  if (!known) flaggedCache.set(plan.terms, (known = new Map()));
  const cached = known.get(replacement);
  if (cached !== undefined) return cached ?? undefined;
  const { banned, preferred } = plan.terms;
  const segments = new Segments(replacement, channel);
  const lists = [
    banned.length ? matcherFor(banned, () => banned.map((b) => b.term)) : undefined,
    preferred.length ? matcherFor(preferred, () => preferred.flatMap((p) => p.insteadOf)) : undefined,
  ];
  let found: string | null = null;
  for (const matcher of lists) {
    const hit = matcher?.find(segments.words, replacement, segments.links, segments.wordIndex)[0];
    if (hit) {
      found = replacement.slice(hit.start, hit.end);
      break;
    }
  }
  known.set(replacement, found);
  return found ?? undefined;
}
