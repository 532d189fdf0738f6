import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChannelId } from '@/lib/engine/types';
import { t, uiLocale } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/client';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { downloadText } from '@/components/shared/download';
import { errorLines } from '@/components/shared/errors';
import { formatList } from '@/components/shared/format';
import { Outcome, type OutcomeState } from '@/components/shared/Outcome';
import { PlanEditor } from './editor/PlanEditor';
import { MetricsImport } from './MetricsImport';
import { PlansPanel } from './PlansPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { usePlans } from './use-plans';
import { parsePlanJson } from '@/lib/plan/parse';
import examplePlanEn from '@/samples/plan.example.json';
import examplePlanNb from '@/samples/plan.example.nb.json';
import './options.css';

/** The language plan problems are worded in, here and by the background: the UI's. */
const PLAN_MESSAGE_LOCALE = uiLocale();
/** "Start from the example plan" starts from the one in the UI's language. */
const EXAMPLE = PLAN_MESSAGE_LOCALE === 'nb' ? { name: 'plan.example.nb.json', json: examplePlanNb } : { name: 'plan.example.json', json: examplePlanEn };

interface Loaded {
  id: string;
  raw: unknown;
  /** Changes on every stored version, so the editor starts over from it. */
  version: number;
}

interface Deleted {
  name: string;
  raw: unknown;
  channels: ChannelId[];
}

export function OptionsApp() {
  const { plans, active, loaded: plansLoaded, error: plansError, reload } = usePlans();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Loaded | null>(null);
  const [outcome, setOutcome] = useState<OutcomeState | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  // The outcome bar stays at the top while the page scrolls; the page keeps focused fields clear
  // of it (and of the save bar at the bottom) through scroll-padding (options.css).
  const outcomeBar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = outcomeBar.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--bl-outcome-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const success = (...lines: string[]) => setOutcome({ kind: 'success', lines });
  const failure = (lines: string[]) => setOutcome({ kind: 'error', lines });

  // Keep a plan selected: the chosen one while it exists, else the one active on X, else the first.
  useEffect(() => {
    if (!plansLoaded) return;
    if (selectedId && plans.some((p) => p.id === selectedId)) return;
    setSelectedId(active.x ?? plans[0]?.id ?? null);
  }, [plans, active, plansLoaded, selectedId]);

  // Only the answer to the latest request counts: a slower, older one must not win.
  const latest = useRef<string | null>(null);
  const load = async (id: string | null) => {
    latest.current = id;
    if (!id) return setEditing(null);
    const result = await send('plans.get', { id });
    if (latest.current !== id) return;
    if (result.ok) setEditing({ id, raw: result.value.raw, version: result.value.updatedAt });
    // Deleted meanwhile (another tab, erase): the list refresh picks another plan.
    else if (result.error.code === 'not-found') setEditing(null);
    else failure(errorLines(t('options_load_failed'), result.error));
  };
  useEffect(() => {
    void load(selectedId);
  }, [selectedId]);

  /** Every action that puts another plan (or none) in the editor asks first when it holds unsaved edits. */
  const mayLeaveEditor = () => !document.querySelector('[data-dirty="true"]') || confirm(t('options_discard_changes'));

  const select = (id: string) => {
    if (!mayLeaveEditor()) return;
    setSelectedId(id);
  };

  const importPlan = async (file: { name: string; text(): Promise<string> }) => {
    if (!mayLeaveEditor()) return;
    // The last import's outcome goes away at once: what is shown next is this import's.
    setOutcome(null);
    const text = await file.text();
    const storedName = await mayReplace(text);
    // Declined: say so, so the page never looks as if the file had gone in.
    if (storedName === false) return success(t('options_import_plan_kept', { file: file.name }));
    const result = await send('plans.import', { text, locale: PLAN_MESSAGE_LOCALE });
    if (!result.ok) return failure(errorLines(t('options_import_plan_failed', { file: file.name }), result.error));
    const { id, name, activatedOn, replaced } = result.value;
    await reload();
    setSelectedId(id);
    await load(id);
    const channels = formatList(activatedOn.map((c) => CHANNEL_NAMES[c]));
    // A replaced plan is named as it was stored: the file may have renamed it.
    success(replaced ? t('options_import_plan_replaced', { name: storedName ?? name, channels }) : t('options_import_plan_done', { name, channels }));
  };

  /**
   * A plan file with the id of a stored plan replaces it, edits made here since included: ask
   * first, unless nothing would be lost: the stored plan is a file imported and not edited since
   * (a new version of the file replaces it, as re-importing means), or the file holds exactly what
   * is stored. A file that will be refused anyway is not asked about: the import names what is
   * wrong with it.
   * Returns false when the user declines, else the stored plan's name (undefined: none stored).
   */
  const mayReplace = async (text: string): Promise<string | undefined | false> => {
    const parsed = parsePlanJson(text);
    if (!parsed.ok) return undefined;
    const stored = plans.find((p) => p.id === parsed.plan.id);
    if (!stored) return undefined;
    const current = await send('plans.get', { id: stored.id });
    if (current.ok && (current.value.imported || JSON.stringify(current.value.raw) === JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))))) return stored.name;
    return confirm(t('options_import_plan_replace_confirm', { name: stored.name })) ? stored.name : false;
  };

  const save = async (raw: unknown): Promise<boolean> => {
    if (!editing) return false;
    const result = await send('plans.save', { raw, replaces: editing.id, locale: PLAN_MESSAGE_LOCALE });
    if (!result.ok) {
      failure(errorLines(t('options_save_failed'), result.error));
      return false;
    }
    await reload();
    setSelectedId(result.value.id);
    await load(result.value.id);
    success(t('options_save_done'));
    return true;
  };

  const create = async (name: string) => {
    if (!mayLeaveEditor()) return;
    const result = await send('plans.create', { name });
    if (!result.ok) return failure(errorLines(t('options_create_failed'), result.error));
    await reload();
    setSelectedId(result.value.id);
    success(t('options_create_done', { name }));
  };

  const duplicate = async (id: string) => {
    if (!mayLeaveEditor()) return;
    const original = plans.find((p) => p.id === id)?.name ?? id;
    const result = await send('plans.duplicate', { id, name: t('options_copy_name', { name: original }) });
    if (!result.ok) return failure(errorLines(t('options_duplicate_failed'), result.error));
    await reload();
    setSelectedId(result.value.id);
    success(t('options_duplicate_done'));
  };

  const remove = async (id: string) => {
    if (!mayLeaveEditor()) return;
    const name = plans.find((p) => p.id === id)?.name ?? id;
    const result = await send('plans.delete', { id });
    if (!result.ok) return failure(errorLines(t('options_delete_failed'), result.error));
    setDeleted({ name, ...result.value });
    setSelectedId(null);
    await reload();
    success(t('options_delete_done', { name }));
  };

  const undoDelete = async () => {
    if (!deleted || !mayLeaveEditor()) return;
    const result = await send('plans.restore', { raw: deleted.raw, channels: deleted.channels });
    if (!result.ok) return failure(errorLines(t('options_restore_failed'), result.error));
    setDeleted(null);
    await reload();
    setSelectedId(result.value.id);
    success(t('options_restore_done', { name: deleted.name }));
  };

  const exportPlan = async (id: string) => {
    const result = await send('plans.export', { id });
    if (!result.ok) return failure(errorLines(t('options_export_failed'), result.error));
    downloadText(result.value.fileName, result.value.text);
    success(t('options_export_done', { file: result.value.fileName }));
  };

  const setActive = async (channel: ChannelId, id: string) => {
    const result = await send('plans.setActive', { channel, id });
    if (!result.ok) return failure(errorLines(t('options_active_failed'), result.error));
    await reload();
    success(t('options_active_done', { channel: CHANNEL_NAMES[channel], name: plans.find((p) => p.id === id)?.name ?? id }));
  };

  const erase = async () => {
    const result = await send('data.erase', {});
    if (!result.ok) return failure(errorLines(t('options_erase_failed'), result.error));
    setDeleted(null);
    setSelectedId(null);
    setEditing(null);
    await reload();
    success(t('options_erase_done'));
  };

  return (
    <div class="bl-options" data-page="options">
      <header class="bl-options-header">
        <h1>{t('options_title')}</h1>
        <p class="bl-muted">{t('options_tagline')}</p>
      </header>
      <div class="bl-options-outcome" ref={outcomeBar}>
        {outcome ? (
          <button type="button" class="bl-button bl-button-small bl-outcome-close" data-action="close-outcome" onClick={() => setOutcome(null)}>
            {t('options_outcome_close')}
          </button>
        ) : null}
        <Outcome outcome={outcome}>
          {deleted ? (
            <button type="button" class="bl-button bl-button-small" data-action="undo-delete" onClick={() => void undoDelete()}>
              {t('options_undo')}
            </button>
          ) : null}
        </Outcome>
        {plansError ? <p class="bl-error-text">{errorLines(t('options_load_failed'), plansError).join(' ')}</p> : null}
      </div>
      <main class="bl-options-main">
        <div class="bl-options-side">
          <PlansPanel
            plans={plans}
            active={active}
            selectedId={selectedId}
            onSelect={select}
            onCreate={(name) => void create(name)}
            onDuplicate={(id) => void duplicate(id)}
            onDelete={(id) => void remove(id)}
            onExport={(id) => void exportPlan(id)}
            onImportFile={(file) => void importPlan(file)}
            onSetActive={(channel, id) => void setActive(channel, id)}
            onStartFromExample={() => void importPlan({ name: EXAMPLE.name, text: () => Promise.resolve(JSON.stringify(EXAMPLE.json, null, 2)) })}
          />
          <MetricsImport onOutcome={setOutcome} />
          <PrivacyPanel onErase={erase} />
        </div>
        <div class="bl-options-editor">
          {editing ? (
            <PlanEditor key={`${editing.id}@${editing.version}`} storedId={editing.id} initialRaw={editing.raw} locale={PLAN_MESSAGE_LOCALE} onSave={save} onInvalid={failure} />
          ) : (
            <section class="bl-card">
              <h2>{t('options_editor_title')}</h2>
              <p class="bl-muted">{plansLoaded ? t('options_editor_empty') : t('common_loading')}</p>
            </section>
          )}
        </div>
      </main>
    </div>
  );
}
