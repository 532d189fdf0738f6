import type { Surface } from '../../engine/types';
import type { ComposerMatch, ComposerVariant } from './types';

/**
 * Selector helpers shared by the site adapters. They take elements and roots as parameters (never
 * `document`) so tests can run them against saved HTML.
 */

/** The first variant whose selector matches `target` or an ancestor, with the matched element. */
export function closestVariant(
  target: Element,
  variants: readonly ComposerVariant[],
): { element: HTMLElement; variant: ComposerVariant } | undefined {
  for (const variant of variants) {
    const element = target.closest(variant.selector);
    if (element) return { element: element as HTMLElement, variant };
  }
  return undefined;
}

/** Every distinct element matched by any variant, in variant order. */
export function allVariantMatches(
  root: ParentNode,
  variants: readonly ComposerVariant[],
): { element: HTMLElement; variant: ComposerVariant }[] {
  const seen = new Set<Element>();
  const found: { element: HTMLElement; variant: ComposerVariant }[] = [];
  for (const variant of variants) {
    for (const element of root.querySelectorAll(variant.selector)) {
      if (seen.has(element)) continue;
      seen.add(element);
      found.push({ element: element as HTMLElement, variant });
    }
  }
  return found;
}

/** How many elements each selector matches: what the fixture tests count. */
export function countMatches(root: ParentNode, selectors: readonly string[]): number[] {
  return selectors.map((selector) => root.querySelectorAll(selector).length);
}

/** The first element matching any selector of the list, searching `root`. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element as HTMLElement;
  }
  return undefined;
}

/** Builds the match for a variant, with the surface the adapter decided. */
export function toMatch(element: HTMLElement, variant: ComposerVariant, surface: Surface): ComposerMatch {
  return { element, editor: variant.editor, surface };
}

/** Text of an element as the reader sees it: block boundaries become line breaks, whitespace trimmed. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = /^(DIV|P|LI|H[1-6])$/.test(tag);
    if (block && parts.length && !parts[parts.length - 1]!.endsWith('\n')) parts.push('\n');
    for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The smallest box around an editor that also holds the site's own controls (the Post / Reply
 * button, the toolbar): the overlay keeps out of it. Walks up a few levels at most and never
 * leaves a dialog, so it stays cheap and local.
 */
export function frameAround(editor: HTMLElement, maxDepth = 8): HTMLElement {
  let node: HTMLElement | null = editor.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    for (const control of node.querySelectorAll('button, [role="button"], [type="submit"]')) {
      if (!editor.contains(control)) return node;
    }
    if (node.getAttribute('role') === 'dialog' || node.tagName === 'FORM') return node;
  }
  return editor;
}

/**
 * Whether `a` comes before `b` in document order (and does not contain it). Written out rather
 * than `compareDocumentPosition`, which some DOM implementations used in tests get wrong.
 */
export function precedes(a: Node, b: Node): boolean {
  const chain = (node: Node) => {
    const path: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) path.unshift(n);
    return path;
  };
  const pa = chain(a);
  const pb = chain(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length || i === 0) return false;
  for (let n = pa[i]!.nextSibling; n; n = n.nextSibling) if (n === pb[i]) return true;
  return false;
}
