/**
 * Crisis keywords that match one form only. A keyword matches whole words (SPEC §3), and both
 * languages inflect by endings: "søksmål" misses the customer who writes "søksmålet", and "mould",
 * "recall", "boycott" miss "mouldy", "recalled", "boycotting" (QA16). A keyword of one word without
 * `*` is listed, whatever the plan's language; phrases are left alone (their last word may be
 * meant exactly).
 */
export function singleFormKeywords(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const plan = raw as { moderation?: { crisisKeywords?: unknown } };
  if (!Array.isArray(plan.moderation?.crisisKeywords)) return [];
  return plan.moderation.crisisKeywords.filter((k): k is string => typeof k === 'string' && /^\p{L}{3,}$/u.test(k.trim())).map((k) => k.trim());
}
