/**
 * The plan's brand and product names (`terms.spelling`) where the draft writes them, in any case:
 * found once per check and shared by `terms.spelling` (whose findings they are) and the term
 * rules, which leave the words of a name alone ("Free" in "Free Spirit Blend" is no banned "free";
 * QA22).
 */
import type { Span } from '../../engine/segments';
import { matcherFor, type TermMatch } from '../../engine/terms';
import type { Plan } from '../../plan/types';
import type { RuleContext } from '../rule';

const runTogether = (term: string) => term.replace(/[\s\u00A0-]+/gu, '');

type Spelling = Plan['terms']['spelling'];
const namesCache = new WeakMap<Spelling, { entries: Spelling[number][]; names: () => string[] }>();

/**
 * Each name as written and run together ("NordlysCoffee" for "Nordlys Coffee"), with the plan
 * entry of each: once per plan (parsed plans are never mutated), not on every keystroke.
 */
export function namesOf(spelling: Spelling) {
  let found = namesCache.get(spelling);
  if (!found) {
    const list = spelling.flatMap((s) => (runTogether(s.term) === s.term ? [{ entry: s, name: s.term }] : [{ entry: s, name: s.term }, { entry: s, name: runTogether(s.term) }]));
    const names = list.map((n) => n.name);
    found = { entries: list.map((n) => n.entry), names: () => names };
    namesCache.set(spelling, found);
  }
  return found;
}

type Context = Pick<RuleContext, 'plan' | 'text' | 'segments'>;

/**
 * Occurrences found once per check and term list: keyed on the check's Segments (one object per
 * check, made by checkDraft) and shared by its rules.
 */
function perCheck(cache: WeakMap<object, { list: object; found: readonly TermMatch[] }>, { segments }: Context, list: object, find: () => readonly TermMatch[]): readonly TermMatch[] {
  const cached = cache.get(segments);
  if (cached?.list === list) return cached.found;
  const found = find();
  cache.set(segments, { list, found });
  return found;
}

const namesFound = new WeakMap<object, { list: object; found: readonly TermMatch[] }>();

/** Every occurrence of a plan name in the draft, right or wrong in case (text order, not overlapping). */
export function nameOccurrences(context: Context): readonly TermMatch[] {
  const spelling = context.plan.terms.spelling;
  if (!spelling.length) return [];
  const { text, segments } = context;
  return perCheck(namesFound, context, spelling, () => matcherFor(spelling, namesOf(spelling).names, { possessive: true }).find(segments.words, text, segments.links, segments.wordIndex));
}

/**
 * Whether [start, end) lies inside a longer name of `names` (sorted, not overlapping). A term
 * that is the whole name ("Polar Roast" banned and spelled) is not shielded: the plan says both,
 * and the ban is the stronger word.
 */
export function insideName(names: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (names[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const name = names[low];
  return !!name && name.start <= start && end <= name.end && name.end - name.start > end - start;
}

type Preferred = Plan['terms']['preferred'];
// The matcher cache is keyed on an object per term list: the preferred list's own key holds its
// `insteadOf` words, so its `use` texts get a key of their own.
const usesKey = new WeakMap<Preferred, object>();
const usesFound = new WeakMap<object, { list: object; found: readonly TermMatch[] }>();

/**
 * Every occurrence of a preferred entry's `use` in the draft. Its words are what the plan asks
 * for: "Nordlys app" instead of "app" must not flag the "app" of "Nordlys app" (rev31 F1).
 */
export function preferredOccurrences(context: Context): readonly TermMatch[] {
  const preferred = context.plan.terms.preferred;
  if (!preferred.length) return [];
  let key = usesKey.get(preferred);
  if (!key) usesKey.set(preferred, (key = {}));
  const { text, segments } = context;
  return perCheck(usesFound, context, preferred, () => matcherFor(key, () => preferred.map((p) => p.use)).find(segments.words, text, segments.links, segments.wordIndex));
}
