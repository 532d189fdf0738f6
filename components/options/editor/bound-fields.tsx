/**
 * Form controls bound to one path of the raw plan: they read it, write it, and show the plan
 * validation message for exactly that path next to themselves.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { CHANNEL_IDS, type ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';
import { CHANNEL_OPTIONS } from '@/components/shared/channels';
import { CheckboxField, CheckboxGroup, ListField, NumberField, SelectField, TextField } from '@/components/shared/fields';
import { usePlanEditing } from './context';
import { appendAt, errorsWithItems, fieldId, getAt, moveAt, pathKey, setAt, type Path } from './raw-path';

interface Bound {
  path: Path;
  label: string;
  hint?: string;
}

function useBound(path: Path) {
  const { raw, errors, update } = usePlanEditing();
  return { value: getAt(raw, path), error: errors.get(pathKey(path)), id: fieldId(path), set: (v: unknown) => update(path, v) };
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

export function PlanNumber({ path, label, hint, step, min, max, placeholder }: Bound & { step?: number | 'any'; min?: number; max?: number; placeholder?: string }) {
  const { value, error, id, set } = useBound(path);
  return <NumberField id={id} label={label} hint={hint} error={error} step={step} min={min} max={max} placeholder={placeholder} value={typeof value === 'number' ? value : undefined} onChange={set} />;
}

export function PlanSelect<V extends string>({ path, label, hint, options, emptyLabel }: Bound & { options: readonly { value: V; label: string }[]; emptyLabel?: string }) {
  const { value, error, id, set } = useBound(path);
  return <SelectField id={id} label={label} hint={hint} error={error} options={options} emptyLabel={emptyLabel} value={(typeof value === 'string' ? value : '') as V | ''} onChange={(v) => set(v === '' ? undefined : v)} />;
}

export function PlanCheck({ path, label, hint, defaultValue }: Bound & { defaultValue: boolean }) {
  const { value, error, id, set } = useBound(path);
  return <CheckboxField id={id} label={label} hint={hint} error={error} checked={typeof value === 'boolean' ? value : defaultValue} onChange={set} />;
}

/** A list of strings; an emptied list is removed from the plan. */
export function PlanList({ path, label, hint, separator = ',', placeholder }: Bound & { separator?: ',' | '\n'; placeholder?: string }) {
  const { value, id, set } = useBound(path);
  const items = Array.isArray(value) ? value.map(String) : [];
  const error = errorsWithItems(usePlanEditing().errors, pathKey(path), (i) => (items[i] === undefined ? `[${i}]` : `“${items[i]}”`));
  return <ListField id={id} label={label} hint={hint ?? (separator === ',' ? t('options_hint_commas') : t('options_hint_lines'))} error={error} separator={separator} placeholder={placeholder} value={items} onChange={(list) => set(list.length ? list : undefined)} />;
}

/** Channel checkboxes; none ticked removes the key (meaning: every channel). */
export function PlanChannels({ path, label, hint }: Bound) {
  const { value, id, set } = useBound(path);
  const error = errorsWithItems(usePlanEditing().errors, pathKey(path));
  const chosen = Array.isArray(value) ? value.filter((v): v is ChannelId => (CHANNEL_IDS as readonly unknown[]).includes(v)) : [];
  return <CheckboxGroup id={id} legend={label} hint={hint} error={error} options={CHANNEL_OPTIONS} value={chosen} onChange={(list) => set(list.length ? list : undefined)} />;
}

/**
 * An editable list of objects (audiences, goals, terms, templates, campaigns): one card per
 * item with remove and move buttons, and an add button that appends `make()`.
 */
export function PlanRows({ path, legend, itemLabel, addLabel, make, children, hint, headingHidden }: {
  path: Path;
  legend: string;
  /** The section around already says it (kept for screen readers). */
  headingHidden?: boolean;
  itemLabel: (index: number) => string;
  addLabel: string;
  make: () => Record<string, unknown>;
  children: (itemPath: Path, index: number) => ComponentChildren;
  hint?: string;
}) {
  const { raw, errors, replace } = usePlanEditing();
  const list = getAt(raw, path);
  const items = Array.isArray(list) ? list : [];
  const listError = errors.get(pathKey(path));
  const headingId = `${fieldId(path)}-heading`;
  // Cards are keyed by position, so after a move the focused button would belong to the item now
  // in that place, and Enter again would move that one back. Focus follows the moved item instead.
  const section = useRef<HTMLElement>(null);
  const move = (index: number, by: -1 | 1) => {
    replace((r) => moveAt(r, path, index, by));
    requestAnimationFrame(() => {
      const card = section.current?.querySelectorAll<HTMLElement>(':scope > .bl-row-item')[index + by];
      const buttons = [...(card?.querySelectorAll<HTMLButtonElement>(by < 0 ? '[data-move="up"], [data-move="down"]' : '[data-move="down"], [data-move="up"]') ?? [])];
      buttons.find((b) => !b.disabled)?.focus();
    });
  };
  return (
    <section class="bl-rows" aria-labelledby={headingId} ref={section}>
      <h4 id={headingId} class={headingHidden ? 'bl-visually-hidden' : undefined}>
        {legend}
      </h4>
      {hint ? <p class="bl-hint">{hint}</p> : null}
      {listError ? <p class="bl-error-text">{listError}</p> : null}
      {items.map((_, index) => {
        const itemPath = [...path, index];
        const itemError = errors.get(pathKey(itemPath));
        const name = itemLabel(index);
        return (
          <fieldset class="bl-card bl-row-item" key={index}>
            <legend>{name}</legend>
            {itemError ? <p class="bl-error-text">{itemError}</p> : null}
            <div class="bl-grid">{children(itemPath, index)}</div>
            <div class="bl-row">
              <button type="button" class="bl-button bl-button-small" data-move="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('options_move_up_named', { name })}>
                {t('options_move_up')}
              </button>
              <button type="button" class="bl-button bl-button-small" data-move="down" disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={t('options_move_down_named', { name })}>
                {t('options_move_down')}
              </button>
              <button type="button" class="bl-button bl-button-small bl-button-danger" onClick={() => replace((r) => removeItem(r, path, index))} aria-label={t('options_remove_named', { name })}>
                {t('options_remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" class="bl-button" onClick={() => replace((r) => appendAt(r, path, make()))}>
        {addLabel}
      </button>
    </section>
  );
}

/** Removes one item; an emptied list is removed from the plan (its default applies). */
function removeItem(raw: unknown, path: Path, index: number): unknown {
  const list = getAt(raw, path);
  const next = Array.isArray(list) ? list.filter((_, i) => i !== index) : [];
  return setAt(raw, path, next.length ? next : undefined);
}
