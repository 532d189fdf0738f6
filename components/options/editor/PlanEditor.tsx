import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_IDS, type MessageLocale } from '@/lib/engine/types';
import { t, uiLocale } from '@/lib/i18n/t';
import { parsePlan, type PlanError, type PlanResult } from '@/lib/plan/parse';
import { ChannelSection } from './ChannelSection';
import { PlanEditingContext, PlanStore, usePlanValue, type PlanEditing } from './context';
import { AudiencesSection, GeneralSection, IdentitySection } from './GeneralSection';
import { CampaignsSection, GoalsSection } from './GoalsSection';
import { fieldFor, focusField, withPlace } from './error-place';
import { errorsByPath, pathKey, setAt } from './raw-path';
import { ModerationSection, TermsSection } from './TermsSection';

/** A save's outcome: done, refused (the page said why), or refused for these problems of the plan. */
export type SaveOutcome = boolean | readonly PlanError[];

export interface PlanEditorProps {
  /** The id the plan is stored under (the draft's id may be edited). */
  storedId: string;
  initialRaw: unknown;
  /** Language of the validation messages; the UI's when not given. */
  locale?: MessageLocale;
  /** Saves the draft: saved or not, or the problems the background found with the plan. */
  onSave: (raw: unknown) => Promise<SaveOutcome>;
  /** Reports a problem that keeps the draft from being saved. */
  onInvalid: (lines: string[]) => void;
}

const SECTIONS = [
  { id: 'general', title: 'options_section_general', body: () => <GeneralSection /> },
  { id: 'identity', title: 'options_section_identity', body: () => <IdentitySection /> },
  { id: 'audiences', title: 'options_section_audiences', body: () => <AudiencesSection /> },
  { id: 'goals', title: 'options_section_goals', body: () => <GoalsSection /> },
  { id: 'terms', title: 'options_section_terms', body: () => <TermsSection /> },
  { id: 'channels', title: 'options_section_channels', body: () => CHANNEL_IDS.map((c) => <ChannelSection key={c} channel={c} />) },
  { id: 'moderation', title: 'options_section_moderation', body: () => <ModerationSection /> },
  { id: 'campaigns', title: 'options_section_campaigns', body: () => <CampaignsSection /> },
] as const;

/** The sections, drawn once: their fields follow the plan themselves (context.ts), so nothing here re-renders on an edit. */
class Sections extends Component {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    return SECTIONS.map((s) => (
      <section key={s.id} id={`section-${s.id}`} class="bl-editor-section" aria-labelledby={`section-${s.id}-heading`}>
        <h3 id={`section-${s.id}-heading`}>{t(s.title)}</h3>
        {s.body()}
      </section>
    ));
  }
}

/** The field of the first problem that has one (a problem of the whole plan has none; rev33). */
function focusFirst(problems: readonly { path: string }[]): void {
  for (const problem of problems) {
    const field = fieldFor(problem.path);
    if (field) return focusField(field);
  }
}

/** "2 problems to fix", "Unsaved changes" or "Saved", following the plan being edited. */
function SaveState({ dirty }: { dirty: boolean }) {
  // The background's problems (an id another plan has) count too.
  const problems = usePlanValue((store) => (store.validation.ok ? 0 : store.validation.errors.length) + store.external);
  return (
    // Focusable from script only: Save and Discard turn disabled under the focus, which lands here (QA24).
    <span class="bl-muted" id="plan-save-state" tabIndex={-1} aria-live="polite">
      {problems ? t(problems === 1 ? 'options_problems_one' : 'options_problems', { n: problems }) : dirty ? t('options_unsaved') : t('options_saved_state')}
    </span>
  );
}

/**
 * The plan editor. It edits the raw JSON (so export gives back the user's file plus their
 * edits), validates every change with the same parser the import uses, and shows each message
 * next to its field. Saving goes through the background, which validates again.
 */
export function PlanEditor({ storedId, initialRaw, locale, onSave, onInvalid }: PlanEditorProps) {
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const messageLocale = locale ?? uiLocale();
  // Problems the background found at the last save (an id another plan has), by path: shown at
  // their fields beside the editor's own until that field (or the list holding it) is edited.
  const external = useRef(new Map<string, string>());
  const validate = (raw: unknown): [PlanResult, Map<string, string>, number] => {
    const validation = parsePlan(raw, { locale: messageLocale });
    const errors = errorsByPath(validation.ok ? [] : validation.errors);
    let more = 0;
    for (const [path, message] of external.current) {
      if (errors.has(path)) continue;
      errors.set(path, message);
      more++;
    }
    return [validation, errors, more];
  };
  const [store] = useState(() => new PlanStore(initialRaw, ...validate(initialRaw)));
  const locales = useRef(messageLocale);
  if (locales.current !== messageLocale) {
    locales.current = messageLocale;
    store.set(store.raw, ...validate(store.raw));
  }
  // Made once, so the context never changes; each call validates in the locale of the moment.
  const commit = useRef((raw: unknown, _changed: string | null) => raw as unknown);
  commit.current = (raw: unknown, changed: string | null) => {
    // `changed`: the path edited, or null for a list change (positions move: every such note goes).
    for (const path of [...external.current.keys()]) {
      if (changed === null || path === changed || path.startsWith(`${changed}.`) || path.startsWith(`${changed}[`)) external.current.delete(path);
    }
    store.set(raw, ...validate(raw));
    setDirty(true);
    return raw;
  };
  const [editing] = useState<PlanEditing>(() => ({
    store,
    update: (path, value) => void commit.current(setAt(store.raw, path, value), pathKey(path)),
    replace: (change) => void commit.current(change(store.raw), null),
  }));

  // The sticky section menu's height, so a field the focus moves to scrolls clear of it (options.css).
  const nav = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const menu = nav.current;
    if (!menu || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--bl-nav-height', `${menu.offsetHeight}px`));
    observer.observe(menu);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--bl-nav-height');
    };
  }, []);

  // Save and Discard are disabled once done; the focus they had would fall to the page's top.
  // (A task, not a frame: after Preact's render either way.)
  const keepFocus = () =>
    setTimeout(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || (focused as HTMLButtonElement).disabled === true) document.getElementById('plan-save-state')?.focus();
    });

  const save = async (event: Event) => {
    event.preventDefault();
    const { validation, raw } = store;
    if (!validation.ok) {
      // The background's problems still standing count too, as the save bar counts them (rev35 L2).
      const theirs = [...external.current].filter(([path]) => !validation.errors.some((e) => e.path === path)).map(([path, message]) => ({ path, message: path ? `${path}: ${message}` : message }));
      const problems = [...validation.errors, ...theirs];
      onInvalid([t(problems.length === 1 ? 'options_fix_first_one' : 'options_fix_first', { n: problems.length }), ...problems.map((e) => withPlace(e))]);
      focusFirst(problems);
      return;
    }
    setSaving(true);
    const saved = await onSave(raw);
    setSaving(false);
    if (typeof saved !== 'boolean') {
      // Shown at their fields like the editor's own, until the next edit validates again; not
      // if the draft changed meanwhile (the problems were the old draft's).
      if (store.raw === raw && saved.length) {
        external.current = errorsByPath(saved);
        store.set(raw, ...validate(raw));
        focusFirst(saved);
      }
      return;
    }
    // Keys typed while the save went out are still here, and still to save. A save that went in
    // ends what the background said about an earlier one (rev34).
    if (saved) {
      if (external.current.size) {
        external.current.clear();
        store.set(store.raw, ...validate(store.raw));
      }
      setDirty(store.raw !== raw);
    }
    keepFocus();
  };

  const revert = () => {
    // The stored version has none of the background's problems with the draft (rev34).
    external.current.clear();
    store.set(initialRaw, ...validate(initialRaw));
    setDirty(false);
    keepFocus();
  };

  return (
    <PlanEditingContext.Provider value={editing}>
      <form class="bl-editor" data-plan-id={storedId} data-dirty={dirty ? "true" : "false"} aria-labelledby="plan-editor-heading" onSubmit={save} noValidate>
        <h2 id="plan-editor-heading">{t('options_editor_title')}</h2>
        <nav aria-label={t('options_editor_sections')} class="bl-editor-nav" ref={nav}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#section-${s.id}`}>{t(s.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Not read-only while a save goes out (rev27 made it so): the editor is kept when the save
            answers, so keys typed meanwhile stay; disabling 2,000 fields cost ~80 ms each way. */}
        <fieldset class="bl-editor-fields">
          <Sections />
        </fieldset>
        <div class="bl-savebar">
          <SaveState dirty={dirty} />
          <button type="button" class="bl-button" onClick={revert} disabled={!dirty || saving}>
            {t('options_revert')}
          </button>
          <button type="submit" class="bl-button bl-button-primary" data-action="save-plan" disabled={!dirty || saving}>
            {t('options_save')}
          </button>
        </div>
      </form>
    </PlanEditingContext.Provider>
  );
}
