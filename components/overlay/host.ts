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
  moveTo(top: number, left: number): void;
  setVisible(visible: boolean): void;
  /** The rendered panel's size, for placement. */
  size(): { width: number; height: number };
  remove(): void;
}

export function createFloatingHost(tag: `brandline-${string}`, doc: Document = document): FloatingHost {
  const element = doc.createElement(tag);
  element.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483000;display:block;visibility:hidden;';
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  (doc.body ?? doc.documentElement).append(element);
  return {
    element,
    shadow,
    render(view) {
      render(view, mount);
    },
    moveTo(top, left) {
      element.style.top = `${Math.round(top)}px`;
      element.style.left = `${Math.round(left)}px`;
    },
    setVisible(visible) {
      element.style.visibility = visible ? 'visible' : 'hidden';
    },
    size() {
      const box = (mount.firstElementChild ?? mount).getBoundingClientRect();
      return { width: box.width, height: box.height };
    },
    remove() {
      render(null, mount);
      element.remove();
    },
  };
}
