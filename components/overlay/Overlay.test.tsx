import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import type { Finding } from '@/lib/engine/types';
import { Overlay, type OverlayProps } from './Overlay';

const rootOf = useDomRoot();

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
    act(() => render(<Overlay {...props} />, rootOf()));
    expect(rootOf().querySelector('.badge.clear')).not.toBeNull();
    expect(rootOf().querySelector('.clear-msg')?.textContent).toBe('On plan: nothing to fix.');
  });

  it('gives no all-clear when part of the check could not run (rev23)', () => {
    act(() => render(<Overlay {...props} incomplete notice="Some of this plan's checks could not run" />, rootOf()));
    expect(rootOf().querySelector('.badge.clear')).toBeNull();
    expect(rootOf().querySelector('.clear-msg')).toBeNull();
    expect(rootOf().querySelector('[role=alert]')?.textContent).toContain('could not run');
  });

  it('offers "Fix all" with two or more fixes, and hands over the click', () => {
    const finding = (ruleId: Finding['ruleId'], start: number, fix?: string): Finding => ({
      ruleId,
      severity: 'error',
      message: ruleId,
      start,
      end: start + 5,
      ...(fix === undefined ? {} : { fix: { start, end: start + 5, text: fix } }),
    });
    const calls: string[] = [];
    const one = [finding('terms.banned', 0, 'good value'), finding('length.max', 10)];
    act(() => render(<Overlay {...props} findings={one} onFixAll={() => calls.push('all')} />, rootOf()));
    expect(rootOf().querySelector('[data-fix-all]')).toBeNull();

    const two = [...one, finding('terms.spelling', 20, 'Nordlys Coffee')];
    act(() => render(<Overlay {...props} findings={two} onFixAll={() => calls.push('all')} />, rootOf()));
    const button = rootOf().querySelector<HTMLButtonElement>('[data-fix-all]')!;
    expect(button.textContent).toBe('Fix all (2)');
    // Not one of SPEC §6's Fix buttons: those stay one per finding with a fix.
    expect(button.hasAttribute('data-fix-for')).toBe(false);
    expect(rootOf().querySelectorAll('[data-fix-for]')).toHaveLength(2);
    // A first click (detail 1) counts; the second of a double click (detail 2) does not.
    const click = (detail: number) => Object.assign(new Event('click', { bubbles: true }), { detail });
    act(() => void button.dispatchEvent(click(1)));
    act(() => void button.dispatchEvent(click(2)));
    expect(calls).toEqual(['all']);
  });
});
