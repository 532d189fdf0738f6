import { render, type ComponentChild } from 'preact';
import { OVERLAY_CSS } from './styles';

/**
 * A Brandline element on a host page (SPEC §6): a custom element named `brandline-*` with an open
 * shadow root, attached to <body> (never inside the site's editor), positioned `fixed`.
 * Custom elements are not defined (content scripts have no `customElements`); an undefined
 * element with a valid custom name can still hold a shadow root.
 */
export interface FloatingHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  render(view: ComponentChild): void;
  /** `top`/`left` in the coordinates of the current mode: the viewport (fixed) or the document (absolute). */
  moveTo(top: number, left: number): void;
  /** The `top`/`left` last written (0, 0 before any). */
  position(): { top: number; left: number };
  /**
   * `absolute`: placed in document coordinates, so it scrolls with the page by itself (no work on
   * scroll); `fixed`: for composers in fixed dialogs, which do not scroll with the page.
   */
  setMode(mode: 'fixed' | 'absolute'): void;
  setVisible(visible: boolean): void;
  /** An open panel goes above the collapsed panels of other composers (an X thread stacks them close). */
  setRaised(raised: boolean): void;
  /** The rendered panel (the element whose box placement needs). */
  panel(): Element;
  /** Puts the element back on the page when the page took it out (some apps clear <body>'s foreign children; QA27). */
  reattach(): void;
  remove(): void;
}

/**
 * `data` lands on the host element itself (SPEC §6: the root of each overlay carries
 * `data-channel` and `data-surface`, readable from the page without entering the shadow root).
 */
export function createFloatingHost(tag: `brandline-${string}`, doc: Document = document, data: Record<string, string> = {}): FloatingHost {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(data)) element.dataset[name] = value;
  // Important, every one: a page's `* { all: unset !important }` beats plain inline styles and
  // put the panel into the page's flow at the end of <body> (QA37).
  element.style.cssText = 'position:fixed!important;top:0!important;left:0!important;z-index:2147483000!important;display:block!important;visibility:hidden!important;';
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  (doc.body ?? doc.documentElement).append(element);
  // Style writes invalidate the page's style: write only what changed.
  let top = NaN;
  let left = NaN;
  let visible = false;
  let raised = false;
  let mode: 'fixed' | 'absolute' = 'fixed';
  return {
    element,
    shadow,
    render(view) {
      render(view, mount);
    },
    position() {
      return { top: Number.isNaN(top) ? 0 : top, left: Number.isNaN(left) ? 0 : left };
    },
    moveTo(nextTop, nextLeft) {
      const roundedTop = Math.round(nextTop);
      const roundedLeft = Math.round(nextLeft);
      if (roundedTop !== top) element.style.setProperty('top', `${(top = roundedTop)}px`, 'important');
      if (roundedLeft !== left) element.style.setProperty('left', `${(left = roundedLeft)}px`, 'important');
    },
    setMode(next) {
      if (next === mode) return;
      mode = next;
      element.style.setProperty('position', next, 'important');
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      element.style.setProperty('visibility', next ? 'visible' : 'hidden', 'important');
    },
    setRaised(next) {
      if (next === raised) return;
      raised = next;
      element.style.setProperty('z-index', next ? '2147483001' : '2147483000', 'important');
    },
    panel() {
      return mount.firstElementChild ?? mount;
    },
    reattach() {
      // Also when the page moved it into one of its own boxes, where a transform or overflow clips it (QA37).
      const home = doc.body ?? doc.documentElement;
      if (!element.isConnected || element.parentNode !== home) home.append(element);
    },
    remove() {
      render(null, mount);
      element.remove();
    },
  };
}
