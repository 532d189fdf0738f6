import type { Finding } from '@/lib/engine/types';
import type { TabState } from '@/lib/content/tab-state';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatListOr } from '@/components/shared/format';
import { useBlockedChannels } from '@/components/shared/use-blocked-channels';
import { t } from '@/lib/i18n/t';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

const bySeverity = (findings: readonly Finding[]) => [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);

function FindingList({ findings, surface, label }: { findings: Finding[]; surface: string; label: string }) {
  return (
    <ul class="bl-findings" data-surface={surface} aria-label={label}>
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId} data-severity={f.severity}>
          <span class={`bl-sev bl-sev-${f.severity}`}>{t(`popup_severity_${f.severity}`)}</span> {f.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The findings of the draft being written in this tab, as the content script reports them. In an
 * X thread, a later post also shows what the whole thread lacks (its opening post says that).
 */
export function DraftFindings({ state }: { state: TabState | null | undefined }) {
  const [blocked] = useBlockedChannels();
  const composer = state?.composers[0];
  const findings = composer ? bySeverity(composer.findings) : [];
  const thread = composer?.thread;
  const lacks = thread ? bySeverity(thread.lacks) : [];
  const boxes = composerCount(state?.composers ?? []);
  return (
    <section class="bl-card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('popup_draft_title')}</h2>
      {/* Which box these findings are for: the one in use, when the page has several (QA38 M1). */}
      {composer && !state?.checksOff && (
        <p class="bl-muted" data-draft-surface={composer.surface} data-composers={boxes}>
          {t(composer.surface === 'post' ? 'popup_draft_surface_post' : 'popup_draft_surface_comment')}
          {boxes > 1 ? ` · ${t('popup_draft_of_many', { n: boxes })}` : ''}
        </p>
      )}
      {thread && <p class="bl-muted" data-thread-post={thread.position + 1}>{t('popup_thread_post', { n: thread.position + 1, count: thread.posts })}</p>}
      {state === undefined ? (
        <p class="bl-muted">{t('common_loading')}</p>
      ) : state === null ? (
        <>
          <p class="bl-muted">{t('popup_not_social')}</p>
          {/* Without the tabs permission the popup cannot tell which site this is: it says which are off (QA21). */}
          {blocked.length > 0 && <p class="bl-muted" data-blocked={blocked.join(' ')}>{t('popup_sites_blocked', { channels: formatListOr(blocked.map((c) => CHANNEL_NAMES[c])) })}</p>}
        </>
      ) : state.checksOff ? (
        // Not "No findings": nothing was checked (QA38 M2).
        <p class="bl-muted" data-checks-off={state.channel}>{t('popup_checks_off', { channel: CHANNEL_NAMES[state.channel], options: t('popup_open_options') })}</p>
      ) : !composer ? (
        <p class="bl-muted">{t('popup_no_draft')}</p>
      ) : findings.length === 0 ? (
        <p data-draft-clean="true">{composer.text.trim() ? t('popup_draft_clean') : t('popup_draft_empty')}</p>
      ) : (
        <FindingList findings={findings} surface={composer.surface} label={t(findings.length === 1 ? 'popup_findings_label_one' : 'popup_findings_label', { n: findings.length })} />
      )}
      {composer && lacks.length > 0 && (
        <>
          <h3>{t('popup_thread_lacks')}</h3>
          <FindingList findings={lacks} surface={composer.surface} label={t('popup_thread_lacks')} />
        </>
      )}
    </section>
  );
}

/**
 * The boxes a user would count on the page: an X thread being written is one post, however many
 * boxes it has ("of 3 on this page" for one thread of three read as three drafts; review 37 L2).
 * The tab state does not say which thread a box is in, so two threads written at once (the home
 * composer's and the dialog's) would count as one box.
 */
export function composerCount(composers: TabState['composers']): number {
  const single = composers.filter((composer) => !composer.thread).length;
  return single + (single < composers.length ? 1 : 0);
}
