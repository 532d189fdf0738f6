import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Overlay, type OverlayProps } from './Overlay';

let root: HTMLElement;
beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Event: window.Event });
  root = document.getElementById('app') as unknown as HTMLElement;
});
afterEach(() => render(null, root));

const props: OverlayProps = {
  channel: 'x',
  surface: 'post',
  planName: 'Nordlys Coffee',
  counters: [],
  findings: [],
  checkedLength: 12,
  collapsed: false,
  theme: 'light',
  notice: undefined,
  onToggle: () => {},
  onFix: () => {},
  onEscape: () => {},
  onReturn: () => {},
};

describe('Overlay', () => {
  it('says "on plan" with a ✓ when the whole check found nothing', () => {
    act(() => render(<Overlay {...props} />, root));
    expect(root.querySelector('.badge.clear')).not.toBeNull();
    expect(root.querySelector('.clear-msg')?.textContent).toBe('On plan: nothing to fix.');
  });

  it('gives no all-clear when part of the check could not run (rev23)', () => {
    act(() => render(<Overlay {...props} incomplete notice="Some of this plan's checks could not run" />, root));
    expect(root.querySelector('.badge.clear')).toBeNull();
    expect(root.querySelector('.clear-msg')).toBeNull();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('could not run');
  });
});
