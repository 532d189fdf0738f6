import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
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
  it('names what its badges show, and says a change of findings once typing pauses, not the state it opened with (QA24)', () => {
    vi.useFakeTimers();
    try {
      const banned: Finding = { ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start: 0, end: 5 };
      const hint: Finding = { ruleId: 'cta.missing', severity: 'warning', message: 'Add a call to action.' };
      const status = () => rootOf().querySelector('[role=status]')?.textContent ?? '';
      // Starting a post with nothing to fix says nothing (QA24b).
      act(() => render(<Overlay {...props} collapsed empty findings={[]} />, rootOf()));
      act(() => render(<Overlay {...props} collapsed findings={[]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(3000));
      expect(status()).toBe('');
      render(null, rootOf());
      act(() => render(<Overlay {...props} collapsed findings={[hint]} />, rootOf()));
      expect(rootOf().querySelector('.toggle')?.textContent).toContain(': 1 should fix');
      act(() => void vi.advanceTimersByTime(3000));
      expect(status()).toBe('');
      // Typing: each check re-renders; only the state that holds for the pause is said.
      act(() => render(<Overlay {...props} collapsed findings={[banned, hint]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(1000));
      act(() => render(<Overlay {...props} collapsed findings={[banned, banned, hint]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(1000));
      expect(status()).toBe('');
      act(() => void vi.advanceTimersByTime(600));
      expect(status()).toBe('Brandline: 2 must fix, 1 should fix. Alt+Shift+B to review.');
      // Opening and closing the panel changes no finding: nothing is said again (rev28).
      act(() => render(<Overlay {...props} collapsed={false} findings={[banned, banned, hint]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(1600));
      expect(status()).toBe('Brandline: 2 must fix, 1 should fix. Alt+Shift+B to review.');
      act(() => render(<Overlay {...props} collapsed findings={[banned, banned, hint]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(1600));
      expect(status()).toBe('Brandline: 2 must fix, 1 should fix. Alt+Shift+B to review.');
      act(() => render(<Overlay {...props} collapsed findings={[]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(1600));
      expect(status()).toBe('Brandline: nothing to fix.');
      // No all-clear when part of the check could not run.
      act(() => render(<Overlay {...props} collapsed findings={[]} incomplete />, rootOf()));
      act(() => void vi.advanceTimersByTime(1600));
      expect(status()).toBe('Brandline: some checks could not run.');
      expect(rootOf().querySelector('.toggle')?.textContent).toContain(': some checks could not run');
      expect(rootOf().querySelector('.panel')?.getAttribute('lang')).toBe('en');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says what a fix did, soon, with the findings after it, even when no count changes', () => {
    vi.useFakeTimers();
    try {
      const banned = (start: number): Finding => ({ ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start, end: start + 5 });
      const status = () => rootOf().querySelector('[role=status]')?.textContent ?? '';
      act(() => render(<Overlay {...props} findings={[banned(0), banned(10)]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(3000));
      expect(status()).toBe('');
      // The fix goes in; the recheck lands a moment later with one finding left.
      const fixed = { id: 1, words: 'Replaced “cheap” with “affordable”.' };
      act(() => render(<Overlay {...props} applied={fixed} findings={[banned(0), banned(10)]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(100));
      act(() => render(<Overlay {...props} applied={fixed} findings={[banned(10)]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(399));
      expect(status()).toBe('');
      act(() => void vi.advanceTimersByTime(1));
      expect(status()).toBe('Replaced “cheap” with “affordable”. Brandline: 1 must fix.\u00a0');
      // Said once: re-renders with the same action say nothing new.
      act(() => render(<Overlay {...props} collapsed applied={fixed} findings={[banned(10)]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(3000));
      expect(status()).toBe('Replaced “cheap” with “affordable”. Brandline: 1 must fix.\u00a0');
      // A fix that leaves the count as it was (another finding appears) is still said, as a change.
      const again = { id: 2, words: 'Replaced “cheap” with “affordable”.' };
      act(() => render(<Overlay {...props} applied={again} findings={[banned(20)]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(400));
      expect(status()).toBe('Replaced “cheap” with “affordable”. Brandline: 1 must fix.');
      // The last finding fixed: said with "nothing to fix", though a clean draft alone says nothing.
      act(() => render(<Overlay {...props} applied={{ id: 3, words: 'Removed “#cheap”.' }} findings={[]} />, rootOf()));
      act(() => void vi.advanceTimersByTime(400));
      expect(status()).toBe('Removed “#cheap”. Brandline: nothing to fix.\u00a0');
    } finally {
      vi.useRealTimers();
    }
  });

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
