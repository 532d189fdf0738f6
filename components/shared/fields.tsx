/**
 * Labelled form controls shared by the options page, the popup and the side panel. Every control
 * has a visible label; an error sits next to its field and is tied to it with aria-describedby,
 * so a screen reader reads it when the field gets focus.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { uiLocale } from '@/lib/i18n/t';
import { readTypedNumber } from '@/lib/text/typed-number';

interface FieldFrame {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The hint and the error under a field, with the ids `describedBy` points at. */
function Notes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="bl-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="bl-error-text">
          {error}
        </p>
      ) : null}
    </>
  );
}

function Frame({ id, label, error, hint, children, inline }: FieldFrame & { children: ComponentChildren; inline?: boolean }) {
  return (
    <div class={`bl-field${inline ? ' bl-field-inline' : ''}${error ? ' bl-field-invalid' : ''}`}>
      {inline ? children : null}
      <label for={id}>{label}</label>
      {inline ? null : children}
      <Notes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextField(props: FieldFrame & { value: string; onChange: (value: string) => void; multiline?: boolean; placeholder?: string | undefined; type?: 'text' | 'url' | 'date' | undefined; rows?: number; list?: string; readOnly?: boolean }) {
  const { id, error, hint, value, onChange, multiline, placeholder, type = 'text', rows = 3, list, readOnly } = props;
  const shared = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, error, hint),
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return <Frame {...props}>{multiline ? <textarea rows={rows} {...shared} readOnly={readOnly} /> : <input type={type} list={list} readOnly={readOnly} {...shared} />}</Frame>;
}

/** The number a number field's text means, in the page's language; empty means "no value". */
function numberOf(text: string): number | undefined {
  return readTypedNumber(text, uiLocale());
}

/** A number as the field shows it: with the page's decimal mark, no grouping (it is typed over). */
function formatForField(value: number): string {
  const text = String(value);
  return uiLocale() === 'nb' ? text.replace('.', ',') : text;
}

/**
 * With `percent`, "4,5 %" is read as the fraction 0.045 (a rate goal's hint says "0,045 is 4,5 %",
 * and QA39 typed the percentage it shows), rounded so 3.3 % is 0.033, not 0.032999….
 */
function numberOrPercent(text: string, percent: boolean | undefined): number | undefined {
  if (!percent || !/%\s*$/.test(text)) return numberOf(text);
  const value = numberOf(text.replace(/\s*%\s*$/, ''));
  return value === undefined || Number.isNaN(value) ? value : Math.round((value / 100) * 1e12) / 1e12;
}

const sameNumber = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));

/**
 * A number field; empty means "no value" (undefined), so plan defaults apply. A text field with a
 * decimal keyboard, read in the page's language (lib/text/typed-number.ts): Chromium's number
 * input dropped a typed decimal comma, so "450,75" was stored as 45 075. The input is left
 * uncontrolled while it means the same number as the value: the plan editor re-renders on every
 * keystroke, and writing String(number) back turned a half-typed "0.0" into "0" (so "0.045" was
 * stored as 45) and cleared a lone "-". Text that is no number, or is ambiguous ("1,500" in an
 * English page), is reported as NaN, so the plan or the form refuses it and says so, instead of
 * keeping the last number it could read; the text itself is left as typed. `step`, `min` and
 * `max` are the callers' to check (the plan schema, the popup's form) and are not enforced here.
 */
export function NumberField(props: FieldFrame & { value: number | undefined; onChange: (value: number | undefined) => void; step?: number | 'any'; min?: number; max?: number; placeholder?: string; percent?: boolean }) {
  const { id, error, hint, value, onChange, placeholder, percent } = props;
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || sameNumber(numberOrPercent(el.value, percent), value)) return;
    el.value = value === undefined || Number.isNaN(value) ? '' : formatForField(value);
  }, [value]);
  return (
    <Frame {...props}>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(e) => onChange(numberOrPercent((e.currentTarget as HTMLInputElement).value, percent))}
      />
    </Frame>
  );
}

/** Keys that leave a closed select's choice alone; any other (arrows, Home, letters) may move it. */
const NOT_BROWSING = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

export function SelectField<V extends string>(props: FieldFrame & { value: V | ''; options: readonly { value: V; label: string }[]; onChange: (value: V) => void; emptyLabel?: string; settleKeys?: boolean }) {
  const { id, error, hint, value, options, onChange, emptyLabel, settleKeys } = props;
  // With `settleKeys`, a choice browsed to with the arrow keys or letters takes effect on Enter or
  // when the field is left, not on every press: each press of ↓ in "Plan per channel" switched the
  // plan that checks the drafts (QA24). A choice made in the opened list (mouse, Alt+↓) takes
  // effect at once; Escape puts back the choice in effect (rev28).
  const browsing = useRef(false);
  const [draft, setDraft] = useState<V | undefined>(undefined);
  // A choice sent and not yet back as `value`: shown meanwhile (the old value showing again under
  // the focus let the next key or Tab choose it again; QA24b).
  const [sent, setSent] = useState<V | undefined>(undefined);
  useEffect(() => setSent(undefined), [value]);
  const commit = (next: V) => {
    setDraft(undefined);
    if (next === value) return;
    setSent(next);
    onChange(next);
  };
  const settle = () => {
    browsing.current = false;
    if (draft !== undefined) commit(draft);
  };
  return (
    <Frame {...props}>
      <select
        id={id}
        value={draft ?? sent ?? value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onKeyDown={
          settleKeys
            ? (e) => {
                // Alt+↓ and F4 open the list: a choice made there comes as its own change.
                if (e.altKey || e.key === 'F4') browsing.current = false;
                else if (e.key === 'Enter') {
                  // Enter takes the browsed choice; it must not also open the list (QA24b).
                  if (draft !== undefined) e.preventDefault();
                  settle();
                } else if (e.key === ' ') settle();
                else if (e.key === 'Escape') {
                  browsing.current = false;
                  setDraft(undefined);
                } else if (!NOT_BROWSING.has(e.key)) browsing.current = true;
              }
            : undefined
        }
        onPointerDown={settleKeys ? () => (browsing.current = false) : undefined}
        onBlur={settleKeys ? settle : undefined}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value as V;
          if (settleKeys && browsing.current) setDraft(next);
          else if (settleKeys) commit(next);
          else onChange(next);
        }}
      >
        {emptyLabel !== undefined || value === '' ? <option value="">{emptyLabel ?? ''}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField(props: FieldFrame & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, error, hint, checked, onChange } = props;
  return (
    <Frame {...props} inline>
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy(id, error, hint)} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
    </Frame>
  );
}

export function splitList(text: string, separator: ',' | '\n'): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A list of strings typed as text ("warm, confident" or one per line). The text is kept as
 * typed while it means the same list, so a trailing comma does not vanish under the cursor.
 */
export function ListField(props: FieldFrame & { value: readonly string[]; onChange: (value: string[]) => void; separator?: ',' | '\n'; placeholder?: string }) {
  const { value, onChange, separator = ',', placeholder } = props;
  const joined = value.join(separator === ',' ? ', ' : '\n');
  const [text, setText] = useState(joined);
  useEffect(() => {
    if (splitList(text, separator).join('\u0000') !== value.join('\u0000')) setText(joined);
    // Only an outside change of the list resets the text (so `text` is not a dependency).
  }, [joined]);
  return (
    <TextField
      {...props}
      value={text}
      multiline={separator === '\n'}
      placeholder={placeholder}
      onChange={(next) => {
        setText(next);
        onChange(splitList(next, separator));
      }}
    />
  );
}

/** A group of checkboxes for a set of values (a fieldset with a legend). */
export function CheckboxGroup<V extends string>(props: { id: string; legend: string; options: readonly { value: V; label: string }[]; value: readonly V[]; onChange: (value: V[]) => void; error?: string | undefined; hint?: string | undefined }) {
  const { id, legend, options, value, onChange, error, hint } = props;
  return (
    <fieldset class="bl-checkgroup" id={id} aria-describedby={describedBy(id, error, hint)}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="bl-check">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              onChange(options.map((x) => x.value).filter((v) => (v === o.value ? on : value.includes(v))));
            }}
          />
          {o.label}
        </label>
      ))}
      <Notes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
