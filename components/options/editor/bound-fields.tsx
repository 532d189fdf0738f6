/**
 * Form controls bound to one path of the raw plan: they read it, write it, and show the plan
 * validation message for exactly that path next to themselves.
 */
import { Component, type ComponentChildren, type Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_IDS, type ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';
import { CHANNEL_OPTIONS } from '@/components/shared/channels';
import { CheckboxField, CheckboxGroup, ListField, NumberField, SelectField, TextField } from '@/components/shared/fields';
import { usePlanEditing, usePlanValue } from './context';
import { appendAt, errorsWithItems, fieldId, getAt, moveAt, pathKey, setAt, type Path } from './raw-path';

interface Bound {
  path: Path;
  label: string;
  hint?: string;
}

const sameEntry = (a: readonly [unknown, string | undefined], b: readonly [unknown, string | undefined]) => Object.is(a[0], b[0]) && a[1] === b[1];

/** A field's value and message, re-rendered when either changes (not on every edit of the plan). */
function useBound(path: Path) {
  const { update } = usePlanEditing();
  const key = pathKey(path);
  const [value, error] = usePlanValue((store) => [getAt(store.raw, path), store.errors.get(key)] as const, sameEntry);
  return { value, error, id: fieldId(path), set: (v: unknown) => update(path, v) };
}

/** The messages of a list field and of its items. */
function useListError(path: Path, itemName?: (index: number) => string): string | undefined {
  const key = pathKey(path);
  return usePlanValue((store) => errorsWithItems(store.errors, key, itemName));
}

/** Text; `optional` text that is emptied is removed from the plan (its default applies). */
export function PlanText({ path, label, hint, multiline, optional, placeholder, type, list }: Bound & { multiline?: boolean; optional?: boolean; placeholder?: string; type?: 'text' | 'date'; list?: string }) {
  const { value, error, id, set } = useBound(path);
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={error}
      type={type}
      multiline={multiline}
      placeholder={placeholder}
      {...(list ? { list } : {})}
      value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
      onChange={(text) => set(optional && text === '' ? undefined : text)}
    />
  );
}

export function PlanNumber({ path, label, hint, step, min, max, placeholder, percent }: Bound & { step?: number | 'any'; min?: number; max?: number; placeholder?: string; percent?: boolean }) {
  const { value, error, id, set } = useBound(path);
  return <NumberField id={id} label={label} hint={hint} error={error} step={step} min={min} max={max} placeholder={placeholder} percent={percent} value={typeof value === 'number' ? value : undefined} onChange={set} />;
}

export function PlanSelect<V extends string>({ path, label, hint, options, emptyLabel }: Bound & { options: readonly { value: V; label: string }[]; emptyLabel?: string }) {
  const { value, error, id, set } = useBound(path);
  return <SelectField id={id} label={label} hint={hint} error={error} options={options} emptyLabel={emptyLabel} value={(typeof value === 'string' ? value : '') as V | ''} onChange={(v) => set(v === '' ? undefined : v)} />;
}

export function PlanCheck({ path, label, hint, defaultValue }: Bound & { defaultValue: boolean }) {
  const { value, error, id, set } = useBound(path);
  return <CheckboxField id={id} label={label} hint={hint} error={error} checked={typeof value === 'boolean' ? value : defaultValue} onChange={set} />;
}

/** The list's box: a region named by its heading, or a plain box inside a section of the same name. */
function Rows({ headingHidden, headingId, innerRef, children }: { headingHidden?: boolean; headingId: string; innerRef: Ref<HTMLElement>; children: ComponentChildren }) {
  return headingHidden ? (
    <div class="bl-rows" ref={innerRef as Ref<HTMLDivElement>}>
      {children}
    </div>
  ) : (
    <section class="bl-rows" aria-labelledby={headingId} ref={innerRef}>
      {children}
    </section>
  );
}

/** A list of strings; an emptied list is removed from the plan. */
export function PlanList({ path, label, hint, separator = ',', placeholder }: Bound & { separator?: ',' | '\n'; placeholder?: string }) {
  const { value, id, set } = useBound(path);
  const items = Array.isArray(value) ? value.map(String) : [];
  const error = useListError(path, (i) => (items[i] === undefined ? `[${i}]` : t('options_quoted', { word: String(items[i]) })));
  return <ListField id={id} label={label} hint={hint ?? (separator === ',' ? t('options_hint_commas') : t('options_hint_lines'))} error={error} separator={separator} placeholder={placeholder} value={items} onChange={(list) => set(list.length ? list : undefined)} />;
}

/** Channel checkboxes; none ticked removes the key (meaning: every channel). */
export function PlanChannels({ path, label, hint }: Bound) {
  const { value, id, set } = useBound(path);
  const error = useListError(path);
  const chosen = Array.isArray(value) ? value.filter((v): v is ChannelId => (CHANNEL_IDS as readonly unknown[]).includes(v)) : [];
  return <CheckboxGroup id={id} legend={label} hint={hint} error={error} options={CHANNEL_OPTIONS} value={chosen} onChange={(list) => set(list.length ? list : undefined)} />;
}

interface RowsProps {
  path: Path;
  legend: string;
  /** The section around already names the list: no heading or region of its own (QA31 L8). */
  headingHidden?: boolean;
  itemLabel: (index: number) => string;
  addLabel: string;
  make: () => Record<string, unknown>;
  children: (itemPath: Path, index: number) => ComponentChildren;
  hint?: string;
  /** The text a filter box matches in an item; the box shows from FILTER_FROM items (QA22: 300 banned terms). */
  filterText?: (item: unknown) => string;
  /** "Add several…": one item per line of pasted text (`undefined` for a line that makes none). */
  bulk?: { label: string; hint: string; item: (line: string) => Record<string, unknown> | undefined };
}

/** A list this long gets a filter box (when it says what to match). */
export const FILTER_FROM = 10;

/** The indices of `items` whose filter text holds `query` (any case). */
function matching(items: unknown, query: string, filterText: (item: unknown) => string): Set<number> {
  if (!Array.isArray(items)) return new Set();
  const needle = query.trim().toLocaleLowerCase();
  return new Set(items.flatMap((item, i) => (filterText(item).toLocaleLowerCase().includes(needle) ? [i] : [])));
}

/** The indices of the list's items that have a problem, joined (equal when they are the same). */
function faultyItems(listKey: string, errors: Map<string, string>): string {
  const faulty = new Set<number>();
  for (const path of errors.keys()) {
    const item = path.startsWith(`${listKey}[`) ? /^\[(\d+)\]/.exec(path.slice(listKey.length)) : null;
    if (item) faulty.add(Number(item[1]));
  }
  return [...faulty].sort((a, b) => a - b).join(',');
}

/**
 * An editable list of objects (audiences, goals, terms, templates, campaigns): one card per
 * item with remove and move buttons, and an add button that appends `make()`. It follows the
 * list's length and message only; each card's fields follow their own values.
 */
export function PlanRows({ path, legend, itemLabel, addLabel, make, children, hint, headingHidden, filterText, bulk }: RowsProps) {
  const { replace } = usePlanEditing();
  const key = pathKey(path);
  const count = usePlanValue((store) => {
    const list = getAt(store.raw, path);
    return Array.isArray(list) ? list.length : 0;
  });
  const listError = usePlanValue((store) => store.errors.get(key));
  const { store } = usePlanEditing();
  // The items the filter matched when its query was typed: kept while the user edits them, so a
  // card being rewritten does not vanish mid-word when it stops matching (rev27).
  const [filter, setFilter] = useState<{ query: string; matches: Set<number> } | undefined>(undefined);
  const [moved, setMoved] = useState('');
  const filterBy = (query: string) => setFilter(filterText && query.trim() ? { query, matches: matching(getAt(store.raw, path), query, filterText) } : undefined);
  // An item with a problem is never filtered away: Save moves the focus to it.
  const faulty = usePlanValue((current) => (filter ? faultyItems(key, current.errors) : ''));
  const filtering = filter !== undefined && count >= FILTER_FROM;
  const shownSet = filtering ? new Set([...filter.matches, ...(faulty ? faulty.split(',').map(Number) : [])]) : undefined;
  const headingId = `${fieldId(path)}-heading`;
  const filterId = `${fieldId(path)}-filter`;
  // Cards are keyed by position, so after a move the focused button would belong to the item now
  // in that place, and Enter again would move that one back. Focus follows the moved item instead.
  const section = useRef<HTMLElement>(null);
  const actions = useRef<RowActions>({ move: () => {}, remove: () => {} });
  actions.current = {
    move: (index, by) => {
      // Said, not only done: the button the focus follows is renamed, but nothing said where the
      // item went (QA24b).
      const word = itemWord((getAt(store.raw, path) as unknown[] | undefined)?.[index]);
      setMoved(t('options_moved', { item: word ? t('options_quoted', { word }) : itemLabel(index), n: index + by + 1, count }));
      replace((r) => moveAt(r, path, index, by));
      requestAnimationFrame(() => {
        const card = section.current?.querySelectorAll<HTMLElement>(':scope > .bl-row-item')[index + by];
        const buttons = [...(card?.querySelectorAll<HTMLButtonElement>(by < 0 ? '[data-move="up"], [data-move="down"]' : '[data-move="down"], [data-move="up"]') ?? [])];
        buttons.find((b) => !b.disabled)?.focus();
      });
    },
    remove: (index) => {
      removedAt.current = index;
      replace((r) => removeItem(r, path, index));
      // The items after it moved up one place: so do the filter's matches.
      if (filter) setFilter({ query: filter.query, matches: new Set([...filter.matches].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))) });
    },
  };
  // After a remove the focus goes to the item now in its place (or the one before, or Add), not to
  // a Remove button that now belongs to the next item, where a second Enter would remove that too.
  const removedAt = useRef<number | undefined>(undefined);
  // A new item's first field takes the focus: with 300 items the card is far below the button's
  // reach of sight, and typing goes where the user expects.
  // The index of the first item added (several come from "Add several…"), whose field takes it.
  const added = useRef<number | undefined>(undefined);
  const add = () => {
    setFilter(undefined);
    added.current = count;
    replace((r) => appendAt(r, path, make()));
  };
  useLayoutEffect(() => {
    if (added.current !== undefined) {
      const first = added.current;
      added.current = undefined;
      section.current?.querySelector<HTMLElement>(`:scope > .bl-row-item[data-index="${first}"] :is(input, textarea, select)`)?.focus();
    }
    if (removedAt.current !== undefined) {
      const at = removedAt.current;
      removedAt.current = undefined;
      const cards = [...(section.current?.querySelectorAll<HTMLElement>(':scope > .bl-row-item:not([hidden])') ?? [])];
      const next = cards.find((card) => Number(card.dataset.index) >= at) ?? cards.at(-1);
      (next?.querySelector<HTMLElement>(':is(input, textarea, select)') ?? section.current?.querySelector<HTMLElement>(':scope > .bl-row > button'))?.focus();
    }
  }, [count]);
  return (
    // Where the editor's section around already names the list ("Audiences"), the list is no region
    // of its own: a screen reader heard "Audiences, region" twice (QA31 L8).
    <Rows headingHidden={headingHidden} headingId={headingId} innerRef={section}>
      {headingHidden ? null : <h4 id={headingId}>{legend}</h4>}
      {hint ? <p class="bl-hint">{hint}</p> : null}
      {listError ? <p class="bl-error-text">{listError}</p> : null}
      {filterText && count >= FILTER_FROM ? (
        <div class="bl-field bl-rows-filter">
          {/* "Filter banned terms": the list's name mid-sentence, not as a title (QA23). */}
          <label for={filterId}>{t('options_filter', { list: legend.charAt(0).toLocaleLowerCase() + legend.slice(1) })}</label>
          <input
            id={filterId}
            type="search"
            value={filter?.query ?? ''}
            onInput={(e) => filterBy((e.currentTarget as HTMLInputElement).value)}
            // Enter after a search is a habit: here it would submit the form and save the plan (rev27).
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            aria-describedby={`${filterId}-count`}
          />
          <p id={`${filterId}-count`} class="bl-hint" aria-live="polite">
            {shownSet ? t('options_filter_count', { shown: shownSet.size, count }) : ''}
          </p>
        </div>
      ) : null}
      <p class="bl-visually-hidden" aria-live="polite" data-moved="">
        {moved}
      </p>
      {Array.from({ length: count }, (_, index) => (
        <RowCard key={index} path={path} index={index} count={count} name={itemLabel(index)} hidden={shownSet !== undefined && !shownSet.has(index)} fixed={filtering} actions={actions} fields={children} />
      ))}
      <div class="bl-row">
        <button type="button" class="bl-button" onClick={add}>
          {addLabel}
        </button>
        {bulk && <BulkAdd {...bulk} id={`${fieldId(path)}-bulk`} onAdd={(items) => {
          setFilter(undefined);
          added.current = count;
          replace((r) => items.reduce((raw, item) => appendAt(raw, path, item), r));
        }} />}
      </div>
    </Rows>
  );
}

/**
 * "Add several…": a box to paste a list into, one item per line (QA22: 300 terms added one
 * click at a time). Blank lines are skipped; the items go in as one change, validated like any.
 */
function BulkAdd({ id, label, hint, item, onAdd }: NonNullable<RowsProps['bulk']> & { id: string; onAdd: (items: Record<string, unknown>[]) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const items = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map(item).filter((x): x is Record<string, unknown> => x !== undefined);
  // The focus goes into the box when it opens and back to its button on Cancel; on Add, the list
  // puts it on the first new item (QA24: it fell to the page each time).
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const cancelled = useRef(false);
  useLayoutEffect(() => {
    if (open) box.current?.focus();
    else if (cancelled.current) toggle.current?.focus();
    cancelled.current = false;
  }, [open]);
  const disclosure = (
    <button type="button" class="bl-button" ref={toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
      {label}
    </button>
  );
  if (!open) return disclosure;
  return (
    <>
      {disclosure}
      <div class="bl-field bl-bulk" id={id}>
        <label for={`${id}-text`}>{label}</label>
        <textarea ref={box} id={`${id}-text`} rows={6} value={text} aria-describedby={`${id}-hint`} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <p id={`${id}-hint`} class="bl-hint">
          {hint}
        </p>
        <div class="bl-row">
          <button
            type="button"
            class="bl-button"
            disabled={items.length === 0}
            onClick={() => {
              onAdd(items);
              setText('');
              setOpen(false);
            }}
          >
            {t('options_bulk_add', { n: items.length })}
          </button>
          <button
            type="button"
            class="bl-button"
            onClick={() => {
              cancelled.current = true;
              setOpen(false);
            }}
          >
            {t('options_bulk_cancel')}
          </button>
        </div>
      </div>
    </>
  );
}

interface RowActions {
  move: (index: number, by: -1 | 1) => void;
  remove: (index: number) => void;
}

interface RowCardProps {
  path: Path;
  index: number;
  count: number;
  name: string;
  /** Left out by the list's filter. */
  hidden: boolean;
  /** A filter is on: moving would swap with an item out of sight, so Up and Down wait. */
  fixed: boolean;
  actions: { current: RowActions };
  fields: (itemPath: Path, index: number) => ComponentChildren;
}

/** One item's card; drawn again only when its place, name or the list's length change. */
class RowCard extends Component<RowCardProps> {
  override shouldComponentUpdate(next: RowCardProps): boolean {
    const now = this.props;
    return next.index !== now.index || next.count !== now.count || next.name !== now.name || next.hidden !== now.hidden || next.fixed !== now.fixed || next.fields !== now.fields || pathKey(next.path) !== pathKey(now.path);
  }

  override render() {
    const { path, index, count, name, hidden, fixed, actions, fields } = this.props;
    const itemPath = [...path, index];
    return (
      <fieldset class="bl-card bl-row-item" hidden={hidden} data-index={index}>
        <legend>{name}</legend>
        <ItemError path={itemPath} />
        <div class="bl-grid">{fields(itemPath, index)}</div>
        <ItemButtons itemPath={itemPath} index={index} count={count} name={name} fixed={fixed} actions={actions} />
      </fieldset>
    );
  }
}

/** The word that names an item: its term, name or id, whichever it has first. */
function itemWord(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  for (const key of ['term', 'use', 'name', 'id', 'kpi']) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/**
 * Move and Remove, named after the item ("Remove Banned term 2 “cheap”"): "Remove Banned term 2"
 * did not say which term a screen-reader user was about to lose (QA24). They follow the item's
 * word; the card itself does not redraw as it is typed.
 */
function ItemButtons({ itemPath, index, count, name, fixed, actions }: { itemPath: Path; index: number; count: number; name: string; fixed: boolean; actions: { current: RowActions } }) {
  const word = usePlanValue((store) => itemWord(getAt(store.raw, itemPath)));
  const named = word ? t('options_item_named', { name, word }) : name;
  return (
    <div class="bl-row">
      <button type="button" class="bl-button bl-button-small" data-move="up" disabled={fixed || index === 0} onClick={() => actions.current.move(index, -1)} aria-label={t('options_move_up_named', { name: named })}>
        {t('options_move_up')}
      </button>
      <button type="button" class="bl-button bl-button-small" data-move="down" disabled={fixed || index === count - 1} onClick={() => actions.current.move(index, 1)} aria-label={t('options_move_down_named', { name: named })}>
        {t('options_move_down')}
      </button>
      <button type="button" class="bl-button bl-button-small bl-button-danger" onClick={() => actions.current.remove(index)} aria-label={t('options_remove_named', { name: named })}>
        {t('options_remove')}
      </button>
    </div>
  );
}

/** The message about an item as a whole (a duplicate id), under its legend. */
function ItemError({ path }: { path: Path }) {
  const key = pathKey(path);
  const error = usePlanValue((store) => store.errors.get(key));
  return error ? <p class="bl-error-text">{error}</p> : null;
}

/** Removes one item; an emptied list is removed from the plan (its default applies). */
function removeItem(raw: unknown, path: Path, index: number): unknown {
  const list = getAt(raw, path);
  const next = Array.isArray(list) ? list.filter((_, i) => i !== index) : [];
  return setAt(raw, path, next.length ? next : undefined);
}
