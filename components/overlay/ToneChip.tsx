import { onPanelKeyDown } from './panel-keys';
import type { ToneSummary } from '@/lib/content/tone-summary';
import type { ChannelId, Finding, Surface } from '@/lib/engine/types';
import { t } from './text';
import { type AppliedAction, useCalmAnnouncement } from './use-calm-announcement';
import { uiLocale } from '@/lib/i18n/t';
import type { ReplyTemplate } from '@/lib/plan/types';
import { closedView } from './closed-view';
import { FindingItem } from './FindingItem';
import { FixAllButton } from './FixAllButton';
import { ImportPlanLink } from './ImportPlanLink';
import { keepEditorFocus } from './keep-focus';

export interface ToneChipProps {
  /** The language the plan is written in: its templates are read in it, whatever the UI's (QA24). */
  planLocale?: 'en' | 'nb';
  channel: ChannelId;
  surface: Surface;
  summary: ToneSummary;
  findings: Finding[];
  templates: ReplyTemplate[];
  /** The post or comment being answered, as read from the page (shown as text only). */
  replyingTo: string | undefined;
  /** Its language, when its words tell: read in that voice, whatever the UI's (QA24). */
  replyingToLocale?: 'en' | 'nb';
  escalation: string;
  expanded: boolean;
  theme: 'light' | 'dark';
  checkedLength: number;
  notice: string | undefined;
  incomplete?: boolean;
  /** The plan is the built-in example: said, with a way to the options page (QA20). */
  example?: boolean;
  /** The last fix or template that went in, said with the tone after it. */
  applied?: AppliedAction;
  onOpenOptions?(): void;
  onToggle(): void;
  onFix(finding: Finding): void;
  /** Every fix at once (shown with two or more). */
  onFixAll?(): void;
  onInsertTemplate(template: ReplyTemplate): void;
  onEscape(): void;
  /** Back to the editor without closing (Tab past the last control). */
  onReturn(): void;
}

/** Tone and context first, then everything else the checks found on the reply. */
const FIRST: readonly Finding['ruleId'][] = ['crisis.keyword', 'context.complaint', 'tone.hostile', 'tone.shouting', 'tone.negative', 'tone.formality'];

function ordered(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => {
    const i = FIRST.indexOf(f.ruleId);
    return i === -1 ? FIRST.length : i;
  };
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

/**
 * The complaint advice names the plan's templates for readers without them at hand (the CLI, the
 * popup); the chip lists them right beside it with Insert buttons, so there it keeps the advice alone.
 */
function withoutTemplateList(finding: Finding, templatesShown: boolean): Finding {
  if (!templatesShown || finding.ruleId !== 'context.complaint' || finding.start !== undefined) return finding;
  const advice = /^[^.]*\./.exec(finding.message)?.[0];
  return advice ? { ...finding, message: advice } : finding;
}

/** The small tone indicator beside a comment or reply field; expands into hints and templates. */
export function ToneChip(props: ToneChipProps) {
  const { summary } = props;
  const word = t(`overlay_chip_tone_${summary.word}`);
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  // Should-fix findings count on the face too: a ✓ beside a reply with two misspelt names read as
  // all clear (QA39 L5).
  const warnings = props.findings.filter((f) => f.severity === 'warning').length;
  const fixes = [errors ? t('overlay_badge_error', { count: errors }) : '', warnings ? t('overlay_badge_warning', { count: warnings }) : ''].filter(Boolean).join(', ');
  const alertText = summary.alert && t(summary.alert === 'crisis' ? 'overlay_chip_crisis' : summary.answered ? 'overlay_chip_complaintAnswered' : 'overlay_chip_complaint');
  const label = (action: string) =>
    t(alertText ? (fixes ? 'overlay_chip_labelAlertErrors' : 'overlay_chip_labelAlert') : fixes ? 'overlay_chip_labelErrors' : 'overlay_chip_label', { tone: word, alert: alertText || '', fixes, action }).trim();
  // The tone is said when it changes and typing pauses ("Hostile", then "Warm · Acknowledges the
  // complaint" after a template goes in), not only when the chip is focused (QA24).
  const announcement = useCalmAnnouncement(summary.word === 'empty' ? '' : `Brandline, ${label('')}`, undefined, props.applied);
  // On a complaint the plan's prepared answers come first: with several hints about the draft they
  // would otherwise scroll out of the chip just when they are needed. On a crisis the advice to
  // escalate comes first, as the chip's face says.
  // The plan's own texts (templates, escalation) are in the page's DOM only while the chip is open:
  // the site's scripts can read an open shadow root (SPEC §6), and findings are all §6 asks for
  // while it is closed (rev23).
  const templates = props.expanded && props.templates.length > 0 && (
    <>
      <h3>{t('overlay_chip_templates')}</h3>
      <ul class="templates" lang={props.planLocale}>
        {props.templates.map((template) => (
          <li key={template.id} data-template={template.id}>
            <span class="template-name" title={template.text}>{template.name}</span>
            <button
              type="button"
              class="fix"
              data-insert-template={template.id}
              title={t('overlay_chip_insertTitle', { name: template.name })}
              aria-label={t('overlay_chip_insertTitle', { name: template.name })}
              // As on Fix: the second click of a double click would insert the template twice.
              onMouseDown={keepEditorFocus}
              onClick={(event) => {
                if (event.detail <= 1) props.onInsertTemplate(template);
              }}
            >
              {t('overlay_chip_insert')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <div
      lang={uiLocale()}
      class="chip"
      data-channel={props.channel}
      data-surface={props.surface}
      data-theme={props.theme}
      data-tone={summary.word}
      data-level={summary.level}
      data-alert={summary.alert ?? ''}
      data-answered={String(summary.answered)}
      data-expanded={String(props.expanded)}
      data-length={props.checkedLength}
      onKeyDown={(event) => onPanelKeyDown(event, props)}
    >
      <button
        type="button"
        class="chip-face"
        aria-expanded={props.expanded}
        // The label replaces the face's text for screen readers: it starts with the words shown (so
        // voice control finds them), names the must-fix count too, and keeps all of it while the
        // hints are open, when the tone changes as the reply is edited (QA24).
        aria-label={label(t(props.expanded ? 'overlay_chip_close' : 'overlay_chip_open'))}
        onClick={props.onToggle}
      >
        <span class="chip-icon" aria-hidden="true">{summary.answered ? '✓' : summary.alert ? '⚠' : summary.icon}</span>
        <span>{word}</span>
        {alertText && <span class="alert">· {alertText}</span>}
        {/* Must-fix findings (a banned word) show on the closed face, as the overlay's badge does (QA23). */}
        {errors > 0 && (
          <span class="badge error" aria-hidden="true">
            {errors}
          </span>
        )}
        {warnings > 0 && (
          <span class="badge warning" aria-hidden="true">
            {warnings}
          </span>
        )}
      </button>
      <div class="hints" hidden={!props.expanded}>
        {props.replyingTo && (
          <p class="context" data-replying-to="">
            <span class="context-label">{t('overlay_chip_replyingTo')}</span> {/* No lang="" when unknown: that says "no language", not "the panel's". */}
            {props.replyingToLocale ? <span lang={props.replyingToLocale}>{excerpt(props.replyingTo)}</span> : excerpt(props.replyingTo)}
          </p>
        )}
        {summary.alert === 'complaint' && templates}
        <ul>
          {ordered(props.findings).map((finding, i) => (
            <FindingItem
              key={`${finding.ruleId}-${finding.start ?? ''}-${i}`}
              finding={withoutTemplateList(props.expanded ? finding : closedView(finding, props.escalation), props.templates.length > 0)}
              onFix={props.onFix}
              sayLevel
              detail={
                // The plan's escalation text, unless the finding's message already quotes it.
                props.expanded && finding.ruleId === 'crisis.keyword' && props.escalation && !finding.message.includes(props.escalation)
                  ? t('overlay_chip_escalation', { text: props.escalation })
                  : undefined
              }
            />
          ))}
        </ul>
        <FixAllButton findings={props.findings} onFixAll={props.onFixAll} />
        {props.findings.length === 0 && !props.incomplete && <p class="clear-msg">{t('overlay_chip_noHints')}</p>}
        {summary.alert !== 'complaint' && templates}
        {props.notice && <p class="notice" role="alert">{props.notice}</p>}
        {props.example && props.onOpenOptions && <ImportPlanLink lead={t('overlay_chip_example')} onOpenOptions={props.onOpenOptions} />}
      </div>
      <p class="sr" role="status" data-announce="">
        {announcement}
      </p>
    </div>
  );
}
