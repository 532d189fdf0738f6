import type { Finding } from '@/lib/engine/types';

/**
 * A finding as a closed panel or chip holds it. The page's scripts can read an open shadow root
 * (SPEC §6 asks for one, with the findings in it while closed), so the plan's own escalation text,
 * which `crisis.keyword` appends to its message, waits until the user opens the panel (review 24).
 */
export function closedView(finding: Finding, escalation: string): Finding {
  if (!escalation || finding.ruleId !== 'crisis.keyword') return finding;
  const message = finding.message.replace(` ${escalation}`, '');
  return message === finding.message ? finding : { ...finding, message };
}
