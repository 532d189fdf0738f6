import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ToneChip, type ToneChipProps } from './ToneChip';

let root: HTMLElement;
beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Event: window.Event });
  root = document.getElementById('app') as unknown as HTMLElement;
});
afterEach(() => render(null, root));

const TEMPLATE = "We're really sorry to hear this. Could you send us a DM with your order number?";
const ESCALATION = 'Call the PR lead on 400 00 000 first.';

const props = (expanded: boolean): ToneChipProps => ({
  channel: 'instagram',
  surface: 'comment',
  summary: { word: 'neutral', level: 'ok', icon: '•', alert: 'crisis' },
  findings: [{ ruleId: 'crisis.keyword', severity: 'error', message: 'Mentions "recall", a crisis topic in the plan.', start: 0, end: 6 }],
  templates: [{ id: 'apology', name: 'Apology + DM', text: TEMPLATE }],
  replyingTo: 'Is there a recall?',
  escalation: ESCALATION,
  expanded,
  theme: 'light',
  checkedLength: 6,
  notice: undefined,
  onToggle: () => {},
  onFix: () => {},
  onInsertTemplate: () => {},
  onEscape: () => {},
  onReturn: () => {},
});

describe('ToneChip', () => {
  it('keeps the plan\'s templates and escalation text out of the page while closed, the findings in (rev23, SPEC §6)', () => {
    act(() => render(<ToneChip {...props(false)} />, root));
    const html = root.innerHTML;
    expect(html).not.toContain(TEMPLATE);
    expect(html).not.toContain(ESCALATION);
    expect(root.querySelector('[data-insert-template]')).toBeNull();
    expect(root.querySelector('[data-rule="crisis.keyword"]')).not.toBeNull();
  });

  it('shows them when opened', () => {
    act(() => render(<ToneChip {...props(true)} />, root));
    expect(root.querySelector('[data-insert-template="apology"]')).not.toBeNull();
    expect(root.innerHTML).toContain(TEMPLATE);
    expect(root.querySelector('[data-rule="crisis.keyword"]')?.textContent).toContain(ESCALATION);
  });
});
