import type { TabState } from '@/lib/content/tab-state';
import { t } from '@/lib/i18n/t';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings of the draft being written in this tab, as the content script reports them. */
export function DraftFindings({ state }: { state: TabState | null | undefined }) {
  const composer = state?.composers[0];
  const findings = composer ? [...composer.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]) : [];
  return (
    <section class="bl-card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('popup_draft_title')}</h2>
      {state === undefined ? (
        <p class="bl-muted">{t('common_loading')}</p>
      ) : state === null ? (
        <p class="bl-muted">{t('popup_not_social')}</p>
      ) : !composer ? (
        <p class="bl-muted">{t('popup_no_draft')}</p>
      ) : findings.length === 0 ? (
        <p data-draft-clean="true">{composer.text.trim() ? t('popup_draft_clean') : t('popup_draft_empty')}</p>
      ) : (
        <ul class="bl-findings" data-surface={composer.surface} aria-label={t('popup_findings_label', { n: findings.length })}>
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId} data-severity={f.severity}>
              <span class={`bl-sev bl-sev-${f.severity}`}>{t(`popup_severity_${f.severity}`)}</span> {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
