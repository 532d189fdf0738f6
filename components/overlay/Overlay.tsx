import { onPanelKeyDown } from './panel-keys';
import type { Counter } from '@/lib/content/counters';
import { groupBySeverity } from '@/lib/content/counters';
import type { ChannelId, Finding, Surface } from '@/lib/engine/types';
import { uiLocale } from '@/lib/i18n/t';
import { t } from './text';
import { type AppliedAction, useCalmAnnouncement } from './use-calm-announcement';
import { closedView } from './closed-view';
import { FindingItem } from './FindingItem';
import { FixAllButton } from './FixAllButton';
import { ImportPlanLink } from './ImportPlanLink';

export interface OverlayProps {
  channel: ChannelId;
  surface: Surface;
  planName: string | undefined;
  counters: Counter[];
  findings: Finding[];
  /** Length of the text the findings are about (the page benchmark waits for it). */
  checkedLength: number;
  /** Nothing typed yet: nothing to judge, so no findings and no all-clear either. */
  empty?: boolean;
  collapsed: boolean;
  theme: 'light' | 'dark';
  notice: string | undefined;
  /** Some rules of the check failed: what is shown is not all there is, so no all-clear. */
  incomplete?: boolean;
  /** The plan's escalation text, kept out of the page while the panel is closed (closed-view.ts). */
  escalation?: string;
  /** The plan is the built-in example: said, with a way to the options page (QA20). */
  example?: boolean;
  /** The last fix that went in, said with the findings after it (QA24: a fix was heard only as a count). */
  applied?: AppliedAction;
  /** Where this box sits in an X thread of several, for the badge ("1/2"). */
  thread?: { index: number; count: number };
  onOpenOptions?(): void;
  onToggle(): void;
  onFix(finding: Finding): void;
  /** Every fix at once (shown with two or more). */
  onFixAll?(): void;
  onEscape(): void;
  /** Back to the editor without closing (Tab past the last control). */
  onReturn(): void;
}

const SEVERITY_LABEL = { error: 'overlay_severity_error', warning: 'overlay_severity_warning', info: 'overlay_severity_info' } as const;

let numbers: Intl.NumberFormat | undefined;

/** Grouped like the findings beside it ("63,206", "63 206"): "217/63206" read as one number. */
function counterText(counter: Counter): string {
  numbers ??= new Intl.NumberFormat(uiLocale() === 'nb' ? 'nb-NO' : 'en-US');
  if (counter.left !== undefined) return numbers.format(counter.left);
  return counter.allowed === undefined ? numbers.format(counter.used) : `${numbers.format(counter.used)}/${numbers.format(counter.allowed)}`;
}

/** The panel beside a post composer. Findings stay in the DOM (hidden) while it is collapsed. */
const SEVERITIES = ['error', 'warning', 'info'] as const;

/** "1 must fix, 2 should fix" / "nothing to fix": what the badges show, in words. */
function badgeWords(counts: Record<Finding['severity'], number>, incomplete: boolean): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => t(`overlay_badge_${s}`, { count: counts[s] }));
  // No all-clear when part of the check could not run (the ✓ is withheld too; rev28).
  return parts.length ? parts.join(', ') : t(incomplete ? 'overlay_badge_incomplete' : 'overlay_badge_clear');
}

export function Overlay(props: OverlayProps) {
  const groups = groupBySeverity(props.findings);
  // Counted once a render (a render follows every check while the user types).
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of props.findings) counts[finding.severity]++;
  const state = badgeWords(counts, !!props.incomplete);
  // Findings are said when they change and the new state holds for a moment, with the way to them
  // while the panel is closed (QA24); in the panel's own language, which may not be the page's.
  // A draft with nothing to fix is the same state as no draft: starting a post, clearing the box or
  // sending it says nothing; a fix that clears the last finding says "nothing to fix" (QA24b).
  const quiet = props.empty || (props.findings.length === 0 && !props.incomplete);
  const announcement = useCalmAnnouncement(quiet ? '' : state, t(props.findings.length && props.collapsed ? 'overlay_announce_review' : 'overlay_announce', { state }), props.applied);
  return (
    <section
      lang={uiLocale()}
      class="panel"
      data-channel={props.channel}
      data-surface={props.surface}
      data-theme={props.theme}
      data-collapsed={String(props.collapsed)}
      data-length={props.checkedLength}
      aria-label={t('overlay_title')}
      onKeyDown={(event) => onPanelKeyDown(event, props)}
    >
      <div class="head">
        <button
          type="button"
          class="toggle"
          aria-expanded={!props.collapsed}
          title={props.collapsed ? t('overlay_expand') : t('overlay_collapse')}
          onClick={props.onToggle}
        >
          <span class="brand">
            {t('overlay_title')}
            {/* In the same span: a span of its own read "Brandline : 1 must fix" (QA24b). */}
            {!props.empty && <span class="sr">: {state}</span>}
          </span>
          {props.thread && (
            <span class="thread-pos" title={t('overlay_thread_post', { n: props.thread.index, count: props.thread.count })}>
              <span aria-hidden="true">{props.thread.index}/{props.thread.count}</span>
              <span class="sr">{t('overlay_thread_post', { n: props.thread.index, count: props.thread.count })}</span>
            </span>
          )}
          <span class="badges">
            <span aria-hidden="true">
              {SEVERITIES.map((severity) => (counts[severity] ? <span key={severity} class={`badge ${severity}`}>{counts[severity]}</span> : null))}
              {props.findings.length === 0 && !props.empty && !props.incomplete && <span class="badge clear">✓</span>}
            </span>
          </span>
        </button>
      </div>
      <div class="body" hidden={props.collapsed}>
        <p class="plan">{props.planName ? t(props.example ? 'overlay_plan_example' : 'overlay_plan', { name: props.planName }) : t('overlay_noPlan')}</p>
        <dl class="counters">
          {props.counters.map((counter) => (
            <div key={counter.id} class={counter.over ? 'counter over' : 'counter'} data-counter={counter.id}>
              <dt>{t(counter.left !== undefined ? 'overlay_counter_left' : `overlay_counter_${counter.id}`)}</dt>
              <dd>{counterText(counter)}</dd>
            </div>
          ))}
        </dl>
        {groups.map((group) => (
          <div key={group.severity}>
            <h3>{t(SEVERITY_LABEL[group.severity])}</h3>
            <ul>
              {group.findings.map((finding, i) => (
                <FindingItem key={`${finding.ruleId}-${finding.start ?? ''}-${i}`} finding={props.collapsed ? closedView(finding, props.escalation ?? '') : finding} onFix={props.onFix} />
              ))}
            </ul>
          </div>
        ))}
        {/* After the findings: the keyboard reaches each fix first, as it did before there was one for all. */}
        <FixAllButton findings={props.findings} onFixAll={props.onFixAll} />
        {groups.length === 0 && props.planName && !props.empty && !props.incomplete && <p class="clear-msg">{t('overlay_allClear')}</p>}
        {props.notice && <p class="notice" role="alert">{props.notice}</p>}
        {/* Last: the keyboard reaches the fixes first. */}
        {props.example && props.onOpenOptions && <ImportPlanLink onOpenOptions={props.onOpenOptions} />}
      </div>
      <p class="sr" role="status" data-announce="">
        {announcement}
      </p>
    </section>
  );
}
