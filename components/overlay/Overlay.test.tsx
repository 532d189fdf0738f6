import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
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
});
