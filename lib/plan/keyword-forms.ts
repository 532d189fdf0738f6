/**
 * Crisis keywords of a Norwegian plan that match one form only. Norwegian inflects by endings
 * ("søksmål", "søksmålet", "søksmålene"; "tilbakekalle", "tilbakekalt"), and a keyword matches
 * whole words (SPEC §3), so "søksmål" misses the customer who writes "søksmålet". A keyword of one
 * word without `*` is listed; phrases are left alone (their last word may be meant exactly).
 */
export function singleFormKeywords(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const plan = raw as { locale?: unknown; moderation?: { crisisKeywords?: unknown } };
  if (plan.locale !== 'nb' || !Array.isArray(plan.moderation?.crisisKeywords)) return [];
  return plan.moderation.crisisKeywords.filter((k): k is string => typeof k === 'string' && /^\p{L}{3,}$/u.test(k.trim())).map((k) => k.trim());
}
