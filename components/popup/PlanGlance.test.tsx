import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { parsePlanJson } from '@/lib/plan/parse';
import { CHIPS_SHOWN, PlanGlance } from './PlanGlance';

const rootOf = useDomRoot();

function planWithBanned(count: number) {
  const raw = JSON.parse(readFileSync('samples/plan.example.json', 'utf8'));
  // The same term twice too: chips are keyed by position, not text.
  raw.terms.banned = Array.from({ length: count }, (_, i) => ({ term: i === 1 ? 'term0' : `term${i}` }));
  const parsed = parsePlanJson(JSON.stringify(raw));
  if (!parsed.ok) throw new Error('the plan does not parse');
  return parsed.plan;
}

const bannedChips = () => rootOf().querySelectorAll('ul[aria-label="popup_banned_terms"] > li');

describe('PlanGlance', () => {
  it('shows the first terms of a long list and the rest on request (QA22: 300 banned terms)', () => {
    act(() => render(<PlanGlance plan={planWithBanned(300)} channel="x" isExample={false} />, rootOf()));
    expect(bannedChips()).toHaveLength(CHIPS_SHOWN);
    const more = rootOf().querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!;
    expect(more.textContent).toBe('popup_chips_more');
    act(() => void more.dispatchEvent(new Event('click', { bubbles: true })));
    expect(bannedChips()).toHaveLength(300);
    expect(rootOf().querySelector('button[aria-expanded="true"]')?.textContent).toBe('popup_chips_fewer');
  });

  it('shows a list one longer than the limit whole, rather than "1 more"', () => {
    act(() => render(<PlanGlance plan={planWithBanned(CHIPS_SHOWN + 1)} channel="x" isExample={false} />, rootOf()));
    expect(bannedChips()).toHaveLength(CHIPS_SHOWN + 1);
    expect(rootOf().querySelector('button[aria-expanded]')).toBeNull();
  });
});
