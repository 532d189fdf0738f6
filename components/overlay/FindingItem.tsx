import type { Finding } from '@/lib/engine/types';
import { useUniqueId } from '@/components/shared/unique-id';
import { t } from './text';
import { keepEditorFocus } from './keep-focus';

interface Props {
  finding: Finding;
  onFix(finding: Finding): void;
  /** Extra line under the message (the plan's escalation text for a crisis topic). */
  detail?: string;
  /** Say the severity before the message (the chip's list has no "Must fix" headings; QA24). */
  sayLevel?: boolean;
}

const LEVEL = { error: 'overlay_severity_error', warning: 'overlay_severity_warning', info: 'overlay_severity_info' } as const;

/** One finding (SPEC §6 hooks: data-rule, data-severity; the fix button data-fix-for). Text only, never HTML. */
export function FindingItem({ finding, onFix, detail, sayLevel }: Props) {
  const fix = finding.fix;
  const messageId = useUniqueId('bl-finding');
  const action = fix ? (fix.text ? t('overlay_fixTitle', { text: fix.text }) : t('overlay_fixRemove')) : '';
  return (
    <li class="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <span class="dot" aria-hidden="true" />
      <span class="msg" id={messageId}>
        {sayLevel && <span class="sr">{t(LEVEL[finding.severity])}: </span>}
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
          title={action}
          // "Fix, Fix, Fix" tells a screen-reader user nothing: the name says what it does (keeping the
          // visible word first, for voice control), the description which finding it is about.
          aria-label={`${t('overlay_fix')}: ${action}`}
          aria-describedby={messageId}
          // The second click of a double click (detail 2) would land on whatever Fix took this
          // place after the first went in ("cheap" → the next "cheap"): only the first counts.
          onMouseDown={keepEditorFocus}
          onClick={(event) => {
            if (event.detail <= 1) onFix(finding);
          }}
        >
          {t('overlay_fix')}
        </button>
      )}
    </li>
  );
}
