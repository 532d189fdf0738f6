/**
 * Vale's "existence" and "substitution" checks over a plan term list: every match of a term in
 * the draft's words (outside links, e-mail addresses, @mentions and hashtags) becomes a finding,
 * with a fix when the plan names the replacement (followed through the plan's own entries, and
 * left out when they loop). Words inside the plan's product names are not matched, nor, for the
 * preferred terms, words inside a preferred term itself ("app" in "Nordlys app").
 */
import { applyFixes } from '../../engine/apply-fix';
import { matchCase } from '../../engine/match-case';
import { Segments, type Span } from '../../engine/segments';
import { matcherFor } from '../../engine/terms';
import type { Fix, MessageLocale } from '../../engine/types';
import { quote } from '../messages';
import { insideName, nameOccurrences, preferredOccurrences } from './brand-names';
import type { RuleContext, RuleFinding } from '../rule';

export interface TermList<T> {
  /** The plan array the terms come from (the matcher is cached on it). */
  owner: readonly T[];
  /** The strings to look for; `entryOf(index)` maps a match back to its plan entry. */
  terms: () => readonly string[];
  entryOf: (index: number) => T;
  possessive?: boolean;
  /** More stretches of the draft whose words are not matched (beside the product names). */
  shielded?: (context: RuleContext) => readonly Span[];
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
  const shielded = matches.length && list.shielded ? list.shielded(context) : [];
  return matches.flatMap(({ start, end, index }) => {
    if (names.length && insideName(names, start, end)) return [];
    if (shielded.length && insideName(shielded, start, end)) return [];
    const verdict = judge(list.entryOf(index), text.slice(start, end));
    if (!verdict) return [];
    if (verdict.replacement === undefined) return [{ message: verdict.message, start, end }];
    // A replacement the plan flags in its turn is followed through the plan's entries: a chain
    // that settles ("cheap" → "good value" → "great value") offers where it ends; one that loops
    // ("deal" → "offer" → "deal") would swap the text back and forth, one click after another
    // (QA23): no fix, and the reason.
    const settled = settle(context, text.slice(start, end), verdict.replacement);
    if (settled.text === undefined) return [{ message: `${verdict.message}${LOOP[context.messageLocale](settled.flagged!)}`, start, end }];
    const message = settled.text === verdict.replacement ? verdict.message : `${verdict.message}${CHAIN[context.messageLocale](settled.text)}`;
    return [{ message, start, end, fix: { start, end, text: settled.text } }];
  });
}

const LOOP: Record<MessageLocale, (found: string) => string> = {
  en: (found) => ` No fix: the plan flags ${quote('en', found)} too.`,
  nb: (found) => ` Ingen retting: planen flagger også ${quote('nb', found)}.`,
};

const CHAIN: Record<MessageLocale, (text: string) => string> = {
  en: (text) => ` The plan then asks for ${quote('en', text)}: the fix writes that.`,
  nb: (text) => ` Planen ber så om ${quote('nb', text)}: rettingen skriver det.`,
};

/** How many replacements a chain may take before it is read as a loop. */
const CHAIN_STEPS = 4;

const settledCache = new WeakMap<object, Map<string, { text?: string; flagged?: string }>>();

/**
 * Where a replacement ends when the plan's own entries are applied to it until none fires: the
 * text (unchanged when the plan flags nothing in it), or, for a loop or a step without a fix, no
 * text and the first term the plan flags in the replacement. Cached per plan and words.
 */
function settle(context: RuleContext, found: string, replacement: string): { text?: string; flagged?: string } {
  const { plan } = context;
  let known = settledCache.get(plan.terms);
  if (!known) settledCache.set(plan.terms, (known = new Map()));
  const key = `${found}\u0000${replacement}`;
  const cached = known.get(key);
  if (cached) return cached;
  const seen = new Set([found.toLowerCase(), replacement.toLowerCase()]);
  let current = replacement;
  let first: string | undefined;
  let result: { text?: string; flagged?: string } | undefined;
  for (let step = 0; step <= CHAIN_STEPS && !result; step++) {
    const fixes = termFixes(context, current);
    if (fixes.length === 0) result = { text: current };
    else {
      first ??= current.slice(fixes[0]!.start, fixes[0]!.end);
      const next = fixes.some((f) => f.text === undefined) ? undefined : applyFixes(current, fixes as Fix[]);
      if (next === undefined || seen.has(next.toLowerCase())) result = { flagged: first };
      else {
        seen.add(next.toLowerCase());
        current = next;
      }
    }
  }
  result ??= { flagged: first };
  known.set(key, result);
  return result;
}

/**
 * The banned and replaced terms the plan finds in a short text (the plan's product names shielded,
 * as in a draft), each with the text its entry puts in, or none (a banned term without suggestion).
 */
function termFixes({ plan, channel }: RuleContext, text: string): { start: number; end: number; text?: string }[] {
  const { banned, preferred } = plan.terms;
  const segments = new Segments(text, channel);
  const names = nameOccurrences({ plan, text, segments });
  const out: { start: number; end: number; text?: string }[] = [];
  const keep = (start: number, end: number) => !(names.length && insideName(names, start, end));
  if (banned.length) {
    for (const hit of matcherFor(banned, () => banned.map((b) => b.term)).find(segments.words, text, segments.links, segments.wordIndex)) {
      if (!keep(hit.start, hit.end)) continue;
      const suggest = banned[hit.index]!.suggest;
      out.push({ start: hit.start, end: hit.end, ...(suggest === undefined ? {} : { text: matchCase(text.slice(hit.start, hit.end), suggest) }) });
    }
  }
  if (preferred.length) {
    const owners = preferredOwners(preferred);
    const uses = preferredOccurrences({ plan, text, segments });
    for (const hit of matcherFor(preferred, () => preferred.flatMap((p) => p.insteadOf)).find(segments.words, text, segments.links, segments.wordIndex)) {
      if (keep(hit.start, hit.end) && !(uses.length && insideName(uses, hit.start, hit.end))) out.push({ start: hit.start, end: hit.end, text: matchCase(text.slice(hit.start, hit.end), owners[hit.index]!.use) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ownersCache = new WeakMap<object, readonly unknown[]>();

/** The preferred entry of each `insteadOf` word, in the order the matcher numbers them (per plan, cached). */
export function preferredOwners<T extends { insteadOf: readonly string[] }>(preferred: readonly T[]): readonly T[] {
  let owners = ownersCache.get(preferred) as readonly T[] | undefined;
  if (!owners) ownersCache.set(preferred, (owners = preferred.flatMap((p) => p.insteadOf.map(() => p))));
  return owners;
}
