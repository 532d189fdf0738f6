import type { Finding, Severity } from '../engine/types';
import { domPointAt, type TextMap } from './editor-text';

/**
 * Marks problem ranges in a host editor without touching the editor's DOM: the CSS Custom
 * Highlight API paints registered Ranges through a `::highlight()` rule. The rule has to apply to
 * the page's own elements, so it goes into `document.adoptedStyleSheets` (a stylesheet object,
 * not an element in the page). Browsers without the API get no marks; the panel still lists
 * every finding.
 */
const NAMES: Record<Severity, string> = { error: 'brandline-error', warning: 'brandline-warning', info: 'brandline-info' };

const RULES = `
::highlight(brandline-error) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(brandline-warning) { text-decoration: underline wavy #e8a200; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(brandline-info) { text-decoration: underline dotted #4a90d9; text-underline-offset: 3px; }
`;

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

function api(): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | undefined {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : undefined;
}

/** Ranges per composer; all composers share the three highlight names. */
const rangesByOwner = new Map<object, Record<Severity, Range[]>>();
let sheet: CSSStyleSheet | undefined;

function ensureSheet(doc: Document) {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function publish() {
  const hl = api();
  if (!hl) return;
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ranges = [...rangesByOwner.values()].flatMap((r) => r[severity]);
    if (ranges.length) hl.registry.set(NAMES[severity], new hl.Highlight(...ranges));
    else hl.registry.delete(NAMES[severity]);
  }
}

export function highlightsSupported(): boolean {
  return api() !== undefined;
}

/** Replaces the marks of one composer with the ranges of `findings` in `map`. */
export function markFindings(owner: object, doc: Document, map: TextMap, findings: readonly Finding[]): void {
  if (!api()) return;
  ensureSheet(doc);
  const bySeverity: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) {
    if (finding.start === undefined || finding.end === undefined || finding.start === finding.end) continue;
    const from = domPointAt(map, finding.start);
    const to = domPointAt(map, finding.end);
    if (!from || !to) continue;
    const range = doc.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      continue;
    }
    bySeverity[finding.severity].push(range);
  }
  rangesByOwner.set(owner, bySeverity);
  publish();
}

export function clearMarks(owner: object): void {
  if (rangesByOwner.delete(owner)) publish();
}

/** On shutdown: removes every mark and the stylesheet. */
export function removeAllMarks(doc: Document): void {
  rangesByOwner.clear();
  publish();
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = undefined;
}
