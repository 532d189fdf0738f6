import { useEffect, useState } from 'preact/hooks';
import { t, uiLocale } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/client';
import { onMetricsChanged, onPlansChanged } from '@/lib/messaging/events';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { ImportError, importMetricsFile } from '@/lib/metrics/import';
import { importProblemText } from '@/lib/metrics/import-messages';
import { CHANNEL_IDS } from '@/lib/engine/types';
import { combinedPlan } from '@/lib/plan/combined';
import { unplannedCampaigns } from '@/lib/metrics/campaign-ids';
import type { Plan } from '@/lib/plan/types';
import type { OutcomeState } from '@/components/shared/Outcome';
import { errorLines } from '@/components/shared/errors';
import { formatDayRange, formatMoment, formatNumber } from '@/components/shared/format';
import { FilePicker } from './FilePicker';
import { downloadText } from '@/components/shared/download';
import { templateFiles } from '@/lib/metrics/template-files';

interface Progress {
  file: string;
  index: number;
  count: number;
  fraction: number;
}

/**
 * The plan whose campaigns an import resolves names with: every channel's active plan for its
 * own channel, as the all-channels snapshot reads them (lib/plan/combined.ts).
 */
async function planForImport(): Promise<Plan | undefined> {
  const active = await Promise.all(CHANNEL_IDS.map(async (channel) => {
    const result = await send('plans.active', { channel });
    return [channel, result.ok ? result.value.plan : undefined] as const;
  }));
  return combinedPlan(Object.fromEntries(active));
}

/**
 * Metrics import (SPEC section 6 hook): each file is parsed here in the page, then its records
 * go to the background in one message and are stored in one transaction.
 */
export function MetricsImport({ onOutcome }: { onOutcome: (outcome: OutcomeState | null) => void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<ResponseOf<'metrics.summary'> | null>(null);
  const [undoing, setUndoing] = useState(false);
  // The example rows name one of the user's campaigns, so the results template imports onto it.
  const [templateCampaign, setTemplateCampaign] = useState<string | undefined>(undefined);
  useEffect(() => {
    void planForImport().then((plan) => setTemplateCampaign(plan?.campaigns[0]?.id));
  }, []);

  const refresh = async () => {
    const result = await send('metrics.summary', {});
    if (result.ok) setSummary(result.value);
  };
  useEffect(() => {
    void refresh();
    // A number logged in the popup or an import in another tab changes the counts, and ends the
    // last import's undo here too (QA30: the button stayed, and then said it could not).
    const offPlans = onPlansChanged(() => void refresh());
    const offMetrics = onMetricsChanged(() => void refresh());
    return () => {
      offPlans();
      offMetrics();
    };
  }, []);

  const importFiles = async (files: File[]) => {
    // The last import's outcome goes away at once: what is shown next is this import's.
    onOutcome(null);
    const plan = await planForImport();
    const done: string[] = [];
    const warnings: string[] = [];
    const failed: string[] = [];
    for (const [index, file] of files.entries()) {
      setProgress({ file: file.name, index, count: files.length, fraction: 0 });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const parsed = await importMetricsFile({ name: file.name, bytes }, { ...(plan ? { plan } : {}), onProgress: (fraction) => setProgress({ file: file.name, index, count: files.length, fraction }) });
        const stored = await send('metrics.store', { fileName: file.name, kind: parsed.kind, data: parsed.data });
        if (!stored.ok) {
          failed.push(...errorLines(t('options_metrics_file_failed', { file: file.name }), stored.error));
          continue;
        }
        const { added, updated, unchanged } = stored.value;
        done.push(t(parsed.rows === 1 ? 'options_metrics_file_done_one' : 'options_metrics_file_done', { file: file.name, rows: formatNumber(parsed.rows), added: formatNumber(added), updated: formatNumber(updated), unchanged: formatNumber(unchanged) }));
        // What went in but may count twice, be short, or belong to no campaign: said apart from the
        // success, each with its file's name (QA29 saw the overlap note read as part of "done").
        const warn = (text: string) => warnings.push(`${file.name}: ${text}`);
        if (stored.value.overlap) warn(t('options_metrics_file_overlap', { range: formatDayRange(stored.value.overlap.from, stored.value.overlap.to) }));
        const missing = parsed.missingMetrics;
        if (missing) warn(t(missing.length === 1 ? 'options_metrics_file_missingMetrics_one' : 'options_metrics_file_missingMetrics', { columns: missing.map((c) => (uiLocale() === 'nb' ? `«${c}»` : `“${c}”`)).join(', '), reach: missing.includes('Reach') ? t('options_metrics_file_missingMetrics_reach') : '' }));
        if (parsed.cutOff) warn(t('options_metrics_file_cutOff', { line: formatNumber(parsed.cutOff.line), cells: formatNumber(parsed.cutOff.cells), expected: formatNumber(parsed.cutOff.expected) }));
        if (parsed.differing) warn(t(parsed.differing === 1 ? 'options_metrics_file_differing_one' : 'options_metrics_file_differing', { count: formatNumber(parsed.differing) }));
        if (parsed.differingDays) warn(t(parsed.differingDays === 1 ? 'options_metrics_file_differingDays_one' : 'options_metrics_file_differingDays', { count: formatNumber(parsed.differingDays) }));
        const comma = parsed.commaDecimals;
        if (comma) {
          const more = comma.count > 1 ? t('options_metrics_file_commaDecimal_more', { count: formatNumber(comma.count - 1) }) : '';
          warn(t('options_metrics_file_commaDecimal', { line: formatNumber(comma.line), column: comma.column, raw: comma.raw, read: formatNumber(comma.read), whole: comma.raw.replace(',', ''), more }));
        }
        const unplanned = unplannedCampaigns(parsed.data.campaignResults, plan);
        if (unplanned.length) warn(t('options_metrics_file_unplanned', { campaigns: unplanned.join(', ') }));
        if (parsed.repeated) done.push(t('options_metrics_file_repeated', { count: formatNumber(parsed.repeated) }));
        if (parsed.leftOut) done.push(t('options_metrics_file_leftOut', { count: formatNumber(parsed.leftOut) }));
        if (parsed.empty) done.push(t(parsed.empty === 1 ? 'options_metrics_file_empty_one' : 'options_metrics_file_empty', { count: formatNumber(parsed.empty) }));
      } catch (error) {
        // An import problem is worded in the UI's language (anything else is a bug and keeps its own
        // words). A bad row's message already says that nothing of the file was stored.
        // The heading names the file, so the problem under it does not again.
        if (error instanceof ImportError && error.problem.code === 'badRows') failed.push(error.text(uiLocale()));
        else if (error instanceof ImportError) failed.push(t('options_metrics_file_failed', { file: file.name }), importProblemText(uiLocale(), error.problem));
        else failed.push(t('options_metrics_file_failed', { file: file.name }), error instanceof Error ? error.message : String(error));
      }
    }
    setProgress(null);
    await refresh();
    // Each file's outcome goes where it belongs: failures to the alert, the files that went in to the status.
    const warned = warnings.length ? { warnings } : {};
    onOutcome(failed.length ? { kind: 'error', lines: failed, ...(done.length ? { succeeded: done } : {}), ...warned } : { kind: 'success', lines: done, ...warned });
  };

  // The last import, taken back (QA29 H1: a wrong file used to stay for good, unless everything was erased).
  const undoImport = async (id: number, fileName: string) => {
    setUndoing(true);
    // A big import takes seconds to take back: said at once, for a screen reader too (QA30).
    onOutcome({ kind: 'success', lines: [t('options_metrics_undoing', { file: fileName })] });
    const result = await send('metrics.undoImport', { id });
    setUndoing(false);
    await refresh();
    // Undone elsewhere, another import after it, or numbers stored over its rows: refused, not another file taken back.
    if (!result.ok && result.error.code === 'conflict') return onOutcome({ kind: 'error', lines: [t('options_metrics_undo_failed'), t('options_metrics_undo_gone')] });
    if (!result.ok) return onOutcome({ kind: 'error', lines: errorLines(t('options_metrics_undo_failed'), result.error) });
    const { added, updated } = result.value;
    onOutcome({ kind: 'success', lines: [t('options_metrics_undone', { file: result.value.fileName, added: formatNumber(added), updated: formatNumber(updated) })] });
  };

  return (
    <section class="bl-card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">{t('options_metrics_title')}</h2>
      <p>{t('options_metrics_intro')}</p>
      <div class="bl-field">
        <FilePicker
          id="import-metrics-file"
          label={t('options_import_metrics')}
          action="import-metrics"
          accept=".csv,.tsv,.txt,text/csv"
          multiple
          disabled={progress !== null}
          hintId="import-metrics-hint"
          onFiles={(files) => void importFiles(files)}
        />
        <p id="import-metrics-hint" class="bl-hint">
          {t('options_import_metrics_hint')}
        </p>
      </div>
      <details class="bl-templates" data-testid="metric-templates">
        <summary>{t('options_metrics_templates')}</summary>
        <p class="bl-hint">{t('options_metrics_templates_hint')}</p>
        <div class="bl-row">
          {templateFiles(templateCampaign).map((file) => (
            <button key={file.kind} type="button" class="bl-button bl-button-small" data-template={file.kind} onClick={() => downloadText(file.fileName, file.text, 'text/csv')}>
              {t(`options_metrics_template_${file.kind.replace('-', '_')}`)}
            </button>
          ))}
        </div>
      </details>
      {progress ? (
        <div class="bl-progress">
          <label for="metrics-progress">{t('options_metrics_progress', { file: progress.file, n: progress.index + 1, count: progress.count })}</label>
          <progress id="metrics-progress" max={1} value={progress.fraction} />
        </div>
      ) : null}
      {summary?.undoable ? (
        <div class="bl-row bl-undo-import" data-testid="undoable-import">
          <span>
            {t('options_metrics_undoable', {
              file: summary.undoable.fileName,
              when: formatMoment(summary.undoable.at),
              added: formatNumber(summary.undoable.added),
              updated: formatNumber(summary.undoable.updated),
            })}
            {summary.undoable.earlier ? ` ${t('options_metrics_undoable_earlier', { count: formatNumber(summary.undoable.earlier) })}` : ''}
          </span>
          <button type="button" class="bl-button bl-button-small" disabled={progress !== null || undoing} onClick={() => void undoImport(summary.undoable!.id, summary.undoable!.fileName)}>
            {t('options_metrics_undo')}
          </button>
        </div>
      ) : null}
      {summary ? (
        <p class="bl-muted" data-testid="metrics-summary">
          {t('options_metrics_summary', {
            posts: formatNumber(summary.posts),
            snapshots: formatNumber(summary.snapshots),
            sessions: formatNumber(summary.webSessions),
            results: formatNumber(summary.campaignResults),
          })}
        </p>
      ) : null}
    </section>
  );
}
