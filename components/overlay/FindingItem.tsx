import type { Finding } from '@/lib/engine/types';
import { t } from './text';

interface Props {
  finding: Finding;
  onFix(finding: Finding): void;
  /** Extra line under the message (the plan's escalation text for a crisis topic). */
  detail?: string;
}

/** One finding (SPEC §6 hooks: data-rule, data-severity; the fix button data-fix-for). Text only, never HTML. */
export function FindingItem({ finding, onFix, detail }: Props) {
  const fix = finding.fix;
  return (
    <li class="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <span class="dot" aria-hidden="true" />
      <span class="msg">
        {finding.message}
        {detail && <p class="escalation">{detail}</p>}
      </span>
      {fix && (
        <button
          type="button"
          class="fix"
          data-fix-for={finding.ruleId}
          data-fix-start={fix.start}
          data-fix-end={fix.end}
          data-fix-text={fix.text}
          title={fix.text ? t('overlay_fixTitle', { text: fix.text }) : t('overlay_fixRemove')}
          onClick={() => onFix(finding)}
        >
          {t('overlay_fix')}
        </button>
      )}
    </li>
  );
}
