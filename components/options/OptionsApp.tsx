import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChannelId } from '@/lib/engine/types';
import { t, uiLocale } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/client';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { downloadText } from '@/components/shared/download';
import { errorLines } from '@/components/shared/errors';
import { formatList, formatNumber, today } from '@/components/shared/format';
import { Outcome, type OutcomeState } from '@/components/shared/Outcome';
import { withPlace } from './editor/error-place';
import { PlanEditor, type SaveOutcome } from './editor/PlanEditor';
import { MetricsImport } from './MetricsImport';
import { withItemLabels } from './note-labels';
import { PlansPanel } from './PlansPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { SiteAccess } from './SiteAccess';
import { usePlans } from './use-plans';
import { parsePlan, parsePlanJson } from '@/lib/plan/parse';
import { decodeBytes } from '@/lib/text/decode';
import examplePlanEn from '@/samples/plan.example.json';
import examplePlanNb from '@/samples/plan.example.nb.json';
import './options.css';

/** The language plan problems are worded in, here and by the background: the UI's. */
const PLAN_MESSAGE_LOCALE = uiLocale();
/** "Start from the example plan" starts from the one in the UI's language. */
const EXAMPLE = PLAN_MESSAGE_LOCALE === 'nb' ? { name: 'plan.example.nb.json', json: examplePlanNb } : { name: 'plan.example.json', json: examplePlanEn };

/**
 * Entries of a just imported or saved plan that work against each other, as lines for the outcome.
 * Loaded on demand: the check needs the term rules, which the page has no other use for.
 */
async function noteLines(source: unknown): Promise<string[]> {
  const parsed = typeof source === 'string' ? parsePlanJson(source) : parsePlan(source);
  if (!parsed.ok) return [];
  const { planNotes } = await import('@/lib/plan/consistency');
  const notes = planNotes(parsed.plan, PLAN_MESSAGE_LOCALE);
  if (!notes.length) return [];
  // Every note: the outcome scrolls, and the last ones were the most useful in QA23's plan. Items
  // are named as the editor titles their cards ("Banned term 8", not "terms.banned[7]").
  return [t(notes.length === 1 ? 'options_plan_notes_one' : 'options_plan_notes', { n: notes.length }), ...notes.map((note) => withItemLabels(`${note.path}: ${note.message}`))];
}

interface Loaded {
  id: string;
  raw: unknown;
  /**
   * Changes when the editor must start over from `raw`: another plan, or a stored version it does
   * not hold. A save of what the editor holds keeps it, so the editor stays, with its focus and
   * any key typed while the save went out (rebuilding a big plan's 2,000 fields took half a
   * second after every save).
   */
  mount: number;
}

interface Deleted {
  name: string;
  raw: unknown;
  /** The plan as stored: Undo restores it when `raw` no longer passes this version's checks. */
  plan: unknown;
  channels: ChannelId[];
  createdAt: number;
  imported?: boolean;
}

/**
 * What the outcome bar offers beside its message, for that message only (an Undo left under a
 * later message would undo a delete the user no longer sees): undo a delete, or settle a plan
 * changed in another tab while this one edited it.
 */
type OutcomeAction = { kind: 'undo'; deleted: Deleted } | { kind: 'conflict'; id: string; gone: boolean };

/** The plan's name as written in the editor's raw JSON, when it has one. */
function nameIn(raw: unknown): string | undefined {
  const name = (raw as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? name : undefined;
}

export function OptionsApp() {
  const { plans, active, loaded: plansLoaded, error: plansError, reload } = usePlans();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Loaded | null>(null);
  const mounts = useRef(0);
  const [outcome, setOutcome] = useState<OutcomeState | null>(null);
  const [action, setAction] = useState<OutcomeAction | null>(null);
  // Only the answer to the latest request for the editor counts: a slower, older one must not win.
  const latest = useRef<string | null>(null);
  /** The stored version the editor started from: a save of an older one is refused (another tab saved since). */
  const base = useRef<number | undefined>(undefined);
  /** "Save my version over it": the next save goes without `base`, once. */
  const overwriteOnce = useRef(false);
  /** While this page's own writes run, the list it reloads may be newer than its editor for a moment. */
  const ownWrites = useRef(0);
  const own = async <T,>(write: () => Promise<T>): Promise<T> => {
    ownWrites.current++;
    try {
      return await write();
    } finally {
      ownWrites.current--;
    }
  };

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

  // Every new message replaces the last one and what it offered.
  const outcomeRef = useRef<OutcomeState | null>(null);
  const actionRef = useRef<OutcomeAction | null>(null);
  // A button the focus was on can go away with what it did (Delete, Undo, Close, Start from the
  // example, a plan in the list): the focus then fell to the page and the next Tab started from
  // the top (QA24). It goes to the outcome instead: its Undo when there is one, else the message,
  // which a screen reader then reads; with no message, the page's heading. The plan editor keeps
  // its own focus (PlanEditor).
  const lastFocused = useRef<Element | null>(null);
  // Where the focus was put: a message shown before the Undo that came with it is a stopgap.
  const rescuedTo = useRef<Element | null>(null);
  useEffect(() => {
    const seen = (event: FocusEvent) => (lastFocused.current = event.target as Element);
    document.addEventListener('focusin', seen);
    return () => document.removeEventListener('focusin', seen);
  }, []);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      const bar = outcomeBar.current;
      const target = bar?.querySelector<HTMLElement>('[data-action="undo-delete"]') ?? (outcomeRef.current ? bar?.querySelector<HTMLElement>('.bl-notice') : null) ?? document.querySelector<HTMLElement>('.bl-options-header h1');
      if (active && active === rescuedTo.current) {
        // Only the Undo that completes the message: a focus the user left on a message stays.
        if (target && target !== active && target.matches('[data-action="undo-delete"]')) target.focus({ preventScroll: true });
        return;
      }
      const last = lastFocused.current;
      const lost = !active || active === document.body;
      if (!lost || !last || (last.isConnected && (last as HTMLButtonElement).disabled !== true)) return;
      if (last.isConnected && last.closest('.bl-editor')) return;
      if (target && !target.matches('button')) target.tabIndex = -1;
      // Without scrolling: the bar is sticky, and Close in a long plan threw the page to the top (rev28).
      target?.focus({ preventScroll: true });
      rescuedTo.current = target ?? null;
    });
    return () => cancelAnimationFrame(frame);
  });

  const show = (next: OutcomeState | null, offer: OutcomeAction | null = null) => {
    outcomeRef.current = next;
    actionRef.current = offer;
    setOutcome(next);
    setAction(offer);
  };
  const success = (...lines: string[]) => show({ kind: 'success', lines });
  const failure = (lines: string[]) => show({ kind: 'error', lines });
  const isDirty = () => document.querySelector('[data-dirty="true"]') !== null;

  // Keep a plan selected: the chosen one while it exists, else the one active on X, else the first.
  // A plan renamed or deleted in another tab while this one holds unsaved edits to it stays in the
  // editor, with the choice to store the edits again or let them go.
  useEffect(() => {
    if (!plansLoaded) return;
    if (selectedId && plans.some((p) => p.id === selectedId)) return;
    if (selectedId && editing?.id === selectedId && ownWrites.current === 0 && isDirty()) {
      if (action?.kind !== 'conflict') show({ kind: 'error', lines: [t('options_conflict_gone', { name: nameIn(editing.raw) ?? selectedId })] }, { kind: 'conflict', id: selectedId, gone: true });
      return;
    }
    setSelectedId(active.x ?? plans[0]?.id ?? null);
  }, [plans, active, plansLoaded, selectedId]);

  // Saved in another tab: an editor without edits shows the new version; one with edits keeps
  // them and says so (its save would be refused as a conflict anyway).
  const warnedAbout = useRef<number | undefined>(undefined);
  const warnChanged = (id: string, name: string, updatedAt: number) => {
    if (warnedAbout.current === updatedAt) return;
    warnedAbout.current = updatedAt;
    show({ kind: 'error', lines: [t('options_conflict_changed', { name })] }, { kind: 'conflict', id, gone: false });
  };
  useEffect(() => {
    if (!editing || ownWrites.current > 0) return;
    const stored = plans.find((p) => p.id === editing.id);
    if (!stored || stored.updatedAt === base.current) return;
    if (isDirty()) return warnChanged(editing.id, stored.name, stored.updatedAt);
    // Fetched first, and put in only if the editor is still clean when it arrives: characters typed
    // during the round trip would be lost to the editor starting over.
    const id = editing.id;
    latest.current = id;
    void send('plans.get', { id }).then((result) => {
      if (latest.current !== id || !result.ok || result.value.updatedAt === base.current) return;
      if (isDirty()) return warnChanged(id, stored.name, result.value.updatedAt);
      base.current = result.value.updatedAt;
      setEditing({ id, raw: result.value.raw, mount: ++mounts.current });
      // Said only where it replaces nothing the user still needs: an Undo or a choice on offer, a problem.
      if (!actionRef.current && outcomeRef.current?.kind !== 'error') show({ kind: 'success', lines: [t('options_reloaded', { name: stored.name })] });
    });
  }, [plans, editing]);

  /** Loads a stored plan into the editor; `shown`: the plan the editor holds, kept if the stored one is the same. */
  const load = async (id: string | null, shown?: { raw: unknown; mount: number }) => {
    latest.current = id;
    if (!id) return setEditing(null);
    const result = await send('plans.get', { id });
    if (latest.current !== id) return;
    if (result.ok) {
      base.current = result.value.updatedAt;
      const same = shown !== undefined && JSON.stringify(shown.raw) === JSON.stringify(result.value.raw);
      setEditing({ id, raw: result.value.raw, mount: same ? shown.mount : ++mounts.current });
    }
    // Deleted meanwhile (another tab, erase): the list refresh picks another plan.
    else if (result.error.code === 'not-found') setEditing(null);
    else failure(errorLines(t('options_load_failed'), result.error));
  };
  // A save that renames the plan selects its new id and loads it itself, keeping the editor (and
  // what was typed during the save); the selection's own load would start the editor over (rev28).
  const loadedBySave = useRef<string | null>(null);
  useEffect(() => {
    const skip = loadedBySave.current;
    loadedBySave.current = null;
    if (skip !== null && skip === selectedId) return;
    void load(selectedId);
  }, [selectedId]);

  // Closing or reloading the tab with unsaved edits asks too (the browser words the question; QA31 H1).
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      // Chromium before 119 and some others ask only when returnValue is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, []);

  /** Every action that puts another plan (or none) in the editor asks first when it holds unsaved edits. */
  const mayLeaveEditor = () => !isDirty() || confirm(t('options_discard_changes'));

  const select = (id: string) => {
    if (!mayLeaveEditor()) return;
    setSelectedId(id);
  };

  const importPlan = (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) => own(async () => {
    if (!mayLeaveEditor()) return;
    // The last import's outcome goes away at once: what is shown next is this import's.
    show(null);
    // Decoded like metric files and the CLI's plans: a plan saved as Windows-1252 ("ANSI") or
    // UTF-16 ("Unicode") by Notepad or an older tool keeps its æ, ø and å (File.text() reads UTF-8
    // only, and stored U+FFFD in place of each such letter, so banned terms with them never matched).
    const text = decodeBytes(new Uint8Array(await file.arrayBuffer()));
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
    const said = !replaced ? t('options_import_plan_done', { name, channels }) : activatedOn.length ? t('options_import_plan_replaced', { name: storedName ?? name, channels }) : t('options_import_plan_replaced_none', { name: storedName ?? name });
    success(said, ...(await noteLines(text)));
  });

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

  const save = (raw: unknown): Promise<SaveOutcome> =>
    own(async (): Promise<SaveOutcome> => {
      if (!editing) return false;
      const baseUpdatedAt = overwriteOnce.current ? undefined : base.current;
      overwriteOnce.current = false;
      const result = await send('plans.save', { raw, replaces: editing.id, locale: PLAN_MESSAGE_LOCALE, ...(baseUpdatedAt !== undefined ? { baseUpdatedAt } : {}) });
      if (!result.ok) {
        // The plan's own problems the background found (an id another plan has): named as the
        // page names their fields, and handed to the editor to show there (QA31 M4).
        const issues = result.error.code === 'bad-request' ? result.error.issues : undefined;
        if (issues?.length) {
          failure([t('options_save_failed'), ...issues.map((issue) => withPlace(issue))]);
          return issues;
        }
        if (result.error.code !== 'conflict') failure(errorLines(t('options_save_failed'), result.error));
        else {
          // Saved, renamed or deleted in another tab since this editor opened it: never overwritten unasked.
          const gone = !(await send('plans.get', { id: editing.id })).ok;
          const name = nameIn(editing.raw) ?? editing.id;
          show({ kind: 'error', lines: [t(gone ? 'options_conflict_gone' : 'options_conflict_changed', { name })] }, { kind: 'conflict', id: editing.id, gone });
        }
        return false;
      }
      await reload();
      if (result.value.id !== editing.id) loadedBySave.current = result.value.id;
      setSelectedId(result.value.id);
      await load(result.value.id, { raw, mount: editing.mount });
      const unmatched = result.value.unmatchedCampaigns;
      const quoted = (ids: string[]) => formatList(ids.map((id) => (PLAN_MESSAGE_LOCALE === 'nb' ? `«${id}»` : `“${id}”`)));
      success(t('options_save_done'), ...(unmatched ? [t('options_save_unmatched_campaigns', { campaigns: quoted(unmatched) })] : []), ...(await noteLines(raw)));
      return true;
    });

  /** The stored version wins: the editor shows it, the edits made here go. */
  const takeStored = async () => {
    const conflict = action?.kind === 'conflict' ? action : undefined;
    if (!conflict) return;
    show(null);
    if (conflict.gone) {
      await reload();
      setEditing(null);
      setSelectedId(null);
    } else await load(conflict.id);
  };

  /** This editor's version wins: saved over the stored one (or stored again), on purpose. */
  const keepMine = () => {
    if (action?.kind !== 'conflict') return;
    // For this one submit only: a save that does not go through (the editor finds a problem, the
    // worker refuses) must leave the next save checked against other tabs again.
    overwriteOnce.current = true;
    try {
      document.querySelector<HTMLFormElement>('form.bl-editor')?.requestSubmit();
    } finally {
      // requestSubmit runs the submit handler synchronously; an invalid form never calls save.
      overwriteOnce.current = false;
    }
  };

  const create = (name: string) => own(async () => {
    if (!mayLeaveEditor()) return;
    const result = await send('plans.create', { name, locale: PLAN_MESSAGE_LOCALE });
    if (!result.ok) return failure(errorLines(t('options_create_failed'), result.error));
    await reload();
    setSelectedId(result.value.id);
    success(t('options_create_done', { name }));
  });

  const duplicate = (id: string) => own(async () => {
    if (!mayLeaveEditor()) return;
    const original = plans.find((p) => p.id === id)?.name ?? id;
    const result = await send('plans.duplicate', { id, name: t('options_copy_name', { name: original }) });
    if (!result.ok) return failure(errorLines(t('options_duplicate_failed'), result.error));
    await reload();
    setSelectedId(result.value.id);
    success(t('options_duplicate_done'));
  });

  const remove = (id: string) => own(async () => {
    if (!mayLeaveEditor()) return;
    const name = plans.find((p) => p.id === id)?.name ?? id;
    const result = await send('plans.delete', { id });
    if (!result.ok) return failure(errorLines(t('options_delete_failed'), result.error));
    setSelectedId(null);
    await reload();
    show({ kind: 'success', lines: [t('options_delete_done', { name })] }, { kind: 'undo', deleted: { name, ...result.value } });
  });

  const undoDelete = () => own(async () => {
    const deleted = action?.kind === 'undo' ? action.deleted : undefined;
    if (!deleted || !mayLeaveEditor()) return;
    const result = await send('plans.restore', { raw: deleted.raw, plan: deleted.plan, channels: deleted.channels, createdAt: deleted.createdAt, ...(deleted.imported ? { imported: true } : {}) });
    if (!result.ok) {
      const id = (deleted.raw as { id?: unknown }).id;
      return failure(result.error.code === 'conflict' ? [t('options_restore_failed'), t('options_restore_conflict', { id: String(id) })] : errorLines(t('options_restore_failed'), result.error));
    }
    await reload();
    setSelectedId(result.value.id);
    // A channel given to another plan since the delete keeps it: said, not done behind the user's back.
    const kept = deleted.channels.filter((c) => !result.value.activatedOn.includes(c));
    success(t('options_restore_done', { name: deleted.name }), ...(kept.length ? [t('options_restore_channels_kept', { channels: formatList(kept.map((c) => CHANNEL_NAMES[c])) })] : []));
  });

  const exportPlan = async (id: string) => {
    const result = await send('plans.export', { id });
    if (!result.ok) return failure(errorLines(t('options_export_failed'), result.error));
    downloadText(result.value.fileName, result.value.text);
    success(t('options_export_done', { file: result.value.fileName }));
  };

  const setActive = (channel: ChannelId, id: string) => own(async () => {
    const result = await send('plans.setActive', { channel, id });
    if (!result.ok) return failure(errorLines(t('options_active_failed'), result.error));
    await reload();
    success(t('options_active_done', { channel: CHANNEL_NAMES[channel], name: plans.find((p) => p.id === id)?.name ?? id }));
  });

  const backup = async () => {
    const result = await send('data.export', { day: today() });
    if (!result.ok) return failure(errorLines(t('options_backup_failed'), result.error));
    downloadText(result.value.fileName, result.value.text);
    success(t('options_backup_done', { file: result.value.fileName, plans: result.value.plans, records: result.value.records }));
  };

  /**
   * Puts a backup back. A dry run first says which stored plans the backup replaces and how many
   * stored metric records take its figures; those are asked about. Then all of it, or nothing.
   */
  const restore = (file: File) => own(async () => {
    if (!mayLeaveEditor()) return;
    show(null);
    const text = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = await send('data.restore', { text, locale: PLAN_MESSAGE_LOCALE, dryRun: true });
    if (!preview.ok) return failure(errorLines(t('options_restore_backup_failed', { file: file.name }), preview.error));
    const replaced = preview.value.replaced.map((id) => plans.find((p) => p.id === id)?.name ?? id);
    const changed = preview.value.metrics.updated;
    const question = [
      ...(replaced.length ? [t('options_restore_backup_confirm', { names: formatList(replaced) })] : []),
      ...(changed ? [t('options_restore_backup_confirm_records', { count: formatNumber(changed) })] : []),
    ];
    if (question.length && !confirm([...question, t('options_restore_backup_confirm_ask')].join('\n\n'))) {
      return success(t('options_restore_backup_kept', { file: file.name }));
    }
    const result = await send('data.restore', { text, locale: PLAN_MESSAGE_LOCALE });
    if (!result.ok) return failure(errorLines(t('options_restore_backup_failed', { file: file.name }), result.error));
    await reload();
    setSelectedId(null);
    setEditing(null);
    const { metrics, kept = [] } = result.value;
    // Named from the worker's answer: a plan made in another tab since this page listed its plans
    // was replaced without being named in the question.
    const replacedNow = result.value.replaced;
    const done = [
      t('options_restore_backup_done', { file: file.name, plans: result.value.plans, added: metrics.added, updated: metrics.updated }),
      ...(replacedNow.length ? [t('options_restore_backup_replaced', { ids: formatList(replacedNow) })] : []),
    ];
    const problems = kept.map((plan) => t('options_restore_backup_problems', { name: plan.name, problems: plan.problems.join(' ') }));
    // Plans with problems are restored all the same (an earlier version stored them); the user is told which.
    if (problems.length) show({ kind: 'error', lines: problems, succeeded: done });
    else success(...done);
  });

  const erase = () => own(async () => {
    const result = await send('data.erase', {});
    if (!result.ok) return failure(errorLines(t('options_erase_failed'), result.error));
    setSelectedId(null);
    setEditing(null);
    await reload();
    success(t('options_erase_done'));
  });

  return (
    <div class="bl-options" data-page="options">
      <header class="bl-options-header">
        <h1>{t('options_title')}</h1>
        <p class="bl-muted">{t('options_tagline')}</p>
      </header>
      <div class="bl-options-outcome" ref={outcomeBar}>
        {outcome ? (
          <button type="button" class="bl-button bl-button-small bl-outcome-close" data-action="close-outcome" onClick={() => show(null)}>
            {t('options_outcome_close')}
          </button>
        ) : null}
        <Outcome outcome={outcome}>
          {action?.kind === 'undo' ? (
            <button type="button" class="bl-button bl-button-small" data-action="undo-delete" onClick={() => void undoDelete()}>
              {t('options_undo')}
            </button>
          ) : null}
          {action?.kind === 'conflict' ? (
            <p class="bl-outcome-actions">
              <button type="button" class="bl-button bl-button-small" data-action="take-stored-plan" onClick={() => void takeStored()}>
                {t(action.gone ? 'options_conflict_let_go' : 'options_conflict_take_stored')}
              </button>{' '}
              <button type="button" class="bl-button bl-button-small" data-action="keep-my-plan" onClick={keepMine}>
                {t(action.gone ? 'options_conflict_store_again' : 'options_conflict_keep_mine')}
              </button>
            </p>
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
            onStartFromExample={() => void importPlan({ name: EXAMPLE.name, arrayBuffer: () => Promise.resolve(new TextEncoder().encode(JSON.stringify(EXAMPLE.json, null, 2)).buffer) })}
          />
          <SiteAccess />
          <MetricsImport onOutcome={(next) => show(next)} />
          <PrivacyPanel onErase={erase} onBackup={backup} onRestore={(file) => void restore(file)} />
        </div>
        <div class="bl-options-editor">
          {editing ? (
            <PlanEditor key={editing.mount} storedId={editing.id} initialRaw={editing.raw} locale={PLAN_MESSAGE_LOCALE} onSave={save} onInvalid={failure} />
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
