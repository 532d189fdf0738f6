import type { Finding, Severity } from '../engine/types';
import { domPointAt, type TextMap } from './editor-text';

/**
 * Marks problem ranges in a host editor without touching the editor's DOM: the CSS Custom
 * Highlight API paints registered Ranges through a `::highlight()` rule. The rule has to apply to
 * the page's own elements, so it goes into `document.adoptedStyleSheets` (a stylesheet object,
 * not an element in the page). Browsers without the API (Firefox before 140) get underlines drawn
 * in a `brandline-marks` layer of their own, from the ranges' client rects, redrawn on each check.
 */
const NAMES: Record<Severity, string> = { error: 'brandline-error', warning: 'brandline-warning', info: 'brandline-info' };

// skip-ink none: the wave runs under "p", "g" and "y" too; with the default it broke at every
// descender and left lone humps under "cheap" (QA20; checked in Chromium 156).
const RULES = `
::highlight(brandline-error) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(brandline-warning) { text-decoration: underline wavy #e8a200; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(brandline-info) { text-decoration: underline dotted #4a90d9; text-underline-offset: 3px; text-decoration-skip-ink: none; }
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
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
  }
  // Pages (Lit, CSS-in-JS, hot reload) assign the whole array and drop ours with theirs: then the
  // marks stayed registered but unpainted for the tab's life (QA37). Put back at the next check.
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

const COLORS: Record<Severity, string> = { error: '#d93025', warning: '#e8a200', info: '#4a90d9' };
let layer: { host: HTMLElement; root: ShadowRoot } | undefined;

/** The fallback: one underline per line box of each range, in document coordinates. */
function drawLayer(doc: Document) {
  const view = doc.defaultView;
  if (!view) return;
  if (!layer) {
    const host = doc.createElement('brandline-marks');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147482999;';
    const root = host.attachShadow({ mode: 'open' });
    (doc.body ?? doc.documentElement).append(host);
    layer = { host, root };
  }
  const lines: HTMLElement[] = [];
  for (const bySeverity of rangesByOwner.values()) {
    for (const severity of ['info', 'warning', 'error'] as const) {
      for (const range of bySeverity[severity]) {
        for (const rect of range.getClientRects()) {
          if (!rect.width) continue;
          const line = doc.createElement('div');
          line.dataset.severity = severity;
          line.style.cssText = `position:absolute;left:${rect.left + view.scrollX}px;top:${rect.bottom + view.scrollY - 2}px;width:${rect.width}px;height:0;border-bottom:2px ${severity === 'info' ? 'dotted' : 'solid'} ${COLORS[severity]};`;
          lines.push(line);
        }
      }
    }
  }
  layer.root.replaceChildren(...lines);
}

function publish(doc?: Document) {
  const hl = api();
  if (!hl) {
    if (doc) drawLayer(doc);
    return;
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ranges = [...rangesByOwner.values()].flatMap((r) => r[severity]);
    if (ranges.length) hl.registry.set(NAMES[severity], new hl.Highlight(...ranges));
    else hl.registry.delete(NAMES[severity]);
  }
}

/** Replaces the marks of one composer with the ranges of `findings` in `map`. */
export function markFindings(owner: object, doc: Document, map: TextMap, findings: readonly Finding[]): void {
  if (api()) ensureSheet(doc);
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
  publish(doc);
}

export function clearMarks(owner: object, doc: Document): void {
  if (rangesByOwner.delete(owner)) publish(doc);
}

/** On shutdown: removes every mark and the stylesheet. */
export function removeAllMarks(doc: Document): void {
  rangesByOwner.clear();
  publish();
  layer?.host.remove();
  layer = undefined;
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = undefined;
}
