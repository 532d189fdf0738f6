import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { checkDraft } from '@/lib/engine/check';
import { parsePlanJson } from '@/lib/plan/parse';
import { ToneChip, type ToneChipProps } from './ToneChip';

const rootOf = useDomRoot();

const parsed = parsePlanJson(readFileSync('samples/plan.example.json', 'utf8'));
if (!parsed.ok) throw new Error('the example plan does not parse');
const plan = parsed.plan;
const TEMPLATE = plan.moderation.replyTemplates[0]!.text;
const ESCALATION = plan.moderation.escalation;
// As the rules write them: crisis.keyword ends its message with the plan's escalation text.
const findings = checkDraft('We are looking into it', { plan, channel: 'instagram', surface: 'comment', replyingTo: 'Is there a recall?' });

const props = (expanded: boolean): ToneChipProps => ({
  channel: 'instagram',
  surface: 'comment',
  summary: { word: 'neutral', level: 'ok', icon: '•', alert: 'crisis', answered: false },
  findings,
  templates: plan.moderation.replyTemplates,
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
    expect(findings.find((f) => f.ruleId === 'crisis.keyword')?.message).toContain(ESCALATION);
    act(() => render(<ToneChip {...props(false)} />, rootOf()));
    const html = rootOf().innerHTML;
    expect(html).not.toContain(TEMPLATE);
    expect(html).not.toContain(ESCALATION);
    expect(rootOf().querySelector('[data-insert-template]')).toBeNull();
    expect(rootOf().querySelector('[data-rule="crisis.keyword"]')).not.toBeNull();
  });

  it('says when the example plan is in use, and only a real click opens the options page', () => {
    let opened = 0;
    act(() => render(<ToneChip {...props(true)} example onOpenOptions={() => opened++} />, rootOf()));
    expect(rootOf().querySelector('.example')?.textContent).toBe('Brandline is using its example plan. Import your plan');
    // A script's click (isTrusted false) does nothing: the page cannot open tabs through Brandline.
    act(() => (rootOf().querySelector('[data-action="open-options"]') as HTMLButtonElement).click());
    expect(opened).toBe(0);
    act(() => render(<ToneChip {...props(true)} />, rootOf()));
    expect(rootOf().querySelector('.example')).toBeNull();
  });

  it('shows them when opened', () => {
    act(() => render(<ToneChip {...props(true)} />, rootOf()));
    expect(rootOf().querySelector('[data-insert-template="apology"]')).not.toBeNull();
    expect(rootOf().innerHTML).toContain(TEMPLATE);
    expect(rootOf().querySelector('[data-rule="crisis.keyword"]')?.textContent).toContain(ESCALATION);
  });

  it('names the alert in the face\'s label, and says when a reply acknowledges the complaint (QA20)', () => {
    const face = () => rootOf().querySelector('.chip-face')!;
    const complaint = { word: 'warm', level: 'ok', icon: '✓', alert: 'complaint' } as const;
    act(() => render(<ToneChip {...props(false)} findings={[]} summary={{ ...complaint, answered: false }} />, rootOf()));
    expect(face().getAttribute('aria-label')).toBe('Warm: the tone of your reply. Answering a complaint. Open hints');
    expect(face().textContent).toContain('⚠');
    act(() => render(<ToneChip {...props(false)} findings={[]} summary={{ ...complaint, answered: true }} />, rootOf()));
    expect(face().getAttribute('aria-label')).toBe('Warm: the tone of your reply. Acknowledges the complaint. Open hints');
    expect(face().textContent).not.toContain('⚠');
    expect(face().textContent).toContain('✓');
    expect(rootOf().querySelector('.chip')?.getAttribute('data-answered')).toBe('true');
  });

  it('shows the must-fix count on the closed face, and says it (QA23)', () => {
    const banned = { ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start: 0, end: 5 } as const;
    act(() => render(<ToneChip {...props(false)} findings={[banned, banned]} summary={{ word: 'warm', level: 'ok', icon: '✓', alert: undefined, answered: false }} />, rootOf()));
    const face = rootOf().querySelector('.chip-face')!;
    expect(face.querySelector('.badge.error')?.textContent).toBe('2');
    expect(face.getAttribute('aria-label')).toBe('Warm: the tone of your reply. 2 must fix. Open hints');
  });

  it('shows and says the should-fix count too, beside the ✓ of an answered complaint (QA39 L5)', () => {
    const spelling = { ruleId: 'terms.spelling', severity: 'warning', message: 'Write "Nordlys Coffee".', start: 0, end: 5 } as const;
    const banned = { ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start: 6, end: 9 } as const;
    act(() => render(<ToneChip {...props(false)} findings={[spelling, spelling]} summary={{ word: 'warm', level: 'ok', icon: '✓', alert: 'complaint', answered: true }} />, rootOf()));
    const face = rootOf().querySelector('.chip-face')!;
    expect(face.querySelector('.badge.warning')?.textContent).toBe('2');
    expect(face.getAttribute('aria-label')).toBe('Warm: the tone of your reply. Acknowledges the complaint. 2 should fix. Open hints');
    act(() => render(<ToneChip {...props(false)} findings={[banned, spelling]} summary={{ word: 'warm', level: 'ok', icon: '✓', alert: undefined, answered: false }} />, rootOf()));
    expect(rootOf().querySelector('.chip-face')!.getAttribute('aria-label')).toBe('Warm: the tone of your reply. 1 must fix, 1 should fix. Open hints');
  });

  it('says each hint\'s severity, which only a coloured dot showed (QA24)', () => {
    const banned = { ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start: 0, end: 5 } as const;
    act(() => render(<ToneChip {...props(true)} findings={[banned]} summary={{ word: 'warm', level: 'ok', icon: '✓', alert: undefined, answered: false }} />, rootOf()));
    expect(rootOf().querySelector('[data-rule="terms.banned"] .msg')?.textContent).toBe('Must fix: Avoid "cheap".');
    expect(rootOf().querySelector('.chip')?.getAttribute('lang')).toBe('en');
  });

  it('says the template that went in, with the tone after it', () => {
    vi.useFakeTimers();
    try {
      const status = () => rootOf().querySelector('[role=status]')?.textContent ?? '';
      const cool = { ...props(true).summary, word: 'cool' as const, alert: 'complaint' as const };
      const warm = { ...cool, word: 'warm' as const, answered: true };
      act(() => render(<ToneChip {...props(true)} findings={[]} summary={cool} />, rootOf()));
      act(() => void vi.advanceTimersByTime(3000));
      const inserted = { id: 1, words: 'Inserted the template “Apology”.' };
      act(() => render(<ToneChip {...props(true)} findings={[]} summary={warm} applied={inserted} />, rootOf()));
      act(() => void vi.advanceTimersByTime(400));
      expect(status()).toBe('Inserted the template “Apology”. Brandline, Warm: the tone of your reply. Acknowledges the complaint.\u00a0');
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks the quoted comment with its own language when its words tell', () => {
    act(() => render(<ToneChip {...props(true)} replyingTo="Kaffen kom aldri" replyingToLocale="nb" />, rootOf()));
    expect(rootOf().querySelector('[data-replying-to] [lang="nb"]')?.textContent).toBe('Kaffen kom aldri');
    act(() => render(<ToneChip {...props(true)} replyingTo="🙄" />, rootOf()));
    expect(rootOf().querySelector('[data-replying-to] [lang]')).toBeNull();
  });

  it('marks the plan\'s templates with the plan\'s language (QA24)', () => {
    act(() => render(<ToneChip {...props(true)} planLocale="nb" />, rootOf()));
    expect(rootOf().querySelector('.templates')?.getAttribute('lang')).toBe('nb');
  });

  it('keeps the tone in the face\'s label while the hints are open (QA24)', () => {
    act(() => render(<ToneChip {...props(true)} findings={[]} summary={{ word: 'warm', level: 'ok', icon: '✓', alert: 'complaint', answered: true }} />, rootOf()));
    expect(rootOf().querySelector('.chip-face')?.getAttribute('aria-label')).toBe('Warm: the tone of your reply. Acknowledges the complaint. Close hints');
  });
});
