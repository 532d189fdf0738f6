/**
 * Crisis keywords that match one form only. A keyword matches whole words (SPEC §3), and both
 * languages inflect by endings: "søksmål" misses the customer who writes "søksmålet", and "mould",
 * "recall", "boycott" miss "mouldy", "recalled", "boycotting" (QA16). A keyword of one word without
 * `*` is listed, whatever the plan's language; phrases are left alone (their last word may be
 * meant exactly).
 */
export function singleFormKeywords(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const plan = raw as { locale?: unknown; moderation?: { crisisKeywords?: unknown } };
  if (!Array.isArray(plan.moderation?.crisisKeywords)) return [];
  // English words of four letters or fewer ("sue", "ill", "ban") would match too much with `*`
  // ("suede", "illegal", "banana"): not suggested there. Norwegian ones ("mugg") are.
  const shortest = plan.locale === 'nb' ? 3 : 5;
  return plan.moderation.crisisKeywords.filter((k): k is string => typeof k === 'string' && /^\p{L}+$/u.test(k.trim()) && [...k.trim()].length >= shortest).map((k) => k.trim());
}
