import { fieldId } from './raw-path';

/** A plan path as the editor's ids spell it: `campaigns[0].end` → ['campaigns', '0', 'end']. */
const segments = (path: string) => path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);

/** Focuses a field the editor has for a path; a group of checkboxes on its first box. */
export function focusField(field: HTMLElement): void {
  const target = field.matches('input, select, textarea, button') ? field : field.querySelector<HTMLElement>('input, select, textarea');
  target?.focus();
}

/**
 * The editor's element for a plan path, or for the nearest path above it that has one: a list
 * field's item (`channels.x.hashtags.required[0]`) is its list's input (QA31 M3).
 */
export function fieldFor(path: string, doc: Document = document): HTMLElement | undefined {
  const parts = segments(path);
  for (let n = parts.length; n > 0; n--) {
    const found = doc.getElementById(fieldId(parts.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * Where the editor shows a plan path, in the words of its page: the card's title and the field's
 * label ("Campaign 1, End", "X, Required hashtags"). A file's `campaigns[0].end` counts from zero
 * and names keys; the page counts from one and names fields (QA31 M2).
 */
export function placeOf(path: string, doc: Document = document): string | undefined {
  const field = fieldFor(path, doc);
  if (!field) return undefined;
  // A control's label; a group of checkboxes' legend.
  const label = text((field as Partial<HTMLInputElement>).labels?.[0] ?? (field.id ? doc.querySelector(`label[for="${field.id}"]`) : null) ?? (field.tagName === 'FIELDSET' ? field.querySelector(':scope > legend') : null));
  const card = field.closest('fieldset.bl-row-item');
  const section = field.closest('section[aria-labelledby]');
  const where = card ? text(card.querySelector(':scope > legend')) : text(section && doc.getElementById(section.getAttribute('aria-labelledby') ?? ''));
  const parts = [where, label].filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : undefined;
}

/** A problem line `path: message` with its path as the page names it; unchanged when the page has no such field. */
export function withPlace(problem: { path: string; message: string }, doc: Document = document): string {
  const place = problem.path ? placeOf(problem.path, doc) : undefined;
  const prefix = `${problem.path}: `;
  return place && problem.message.startsWith(prefix) ? `${place}: ${problem.message.slice(prefix.length)}` : problem.message;
}
