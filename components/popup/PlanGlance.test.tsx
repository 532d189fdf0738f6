import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { parsePlanJson } from '@/lib/plan/parse';
import { CHIPS_SHOWN, channelLimits, PlanGlance } from './PlanGlance';

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

  it("shows why and for whom, the channel's limits, preferred terms and banned hashtags (QA38 M5)", () => {
    const plan = planWithBanned(2);
    act(() => render(<PlanGlance plan={plan} channel="instagram" isExample={false} />, rootOf()));
    const root = rootOf();
    expect(root.querySelector('[data-glance="mission"]')?.textContent).toBe('Make every coffee break feel like a small trip north.');
    expect(root.querySelector('[data-glance="value-proposition"]')?.textContent).toContain('roasted in Tromsø');
    const chips = (label: string) => [...root.querySelectorAll(`ul[aria-label="${label}"] > li`)].map((li) => li.textContent);
    // Only the audiences of this channel: office managers read Facebook and X.
    expect(chips('popup_audiences')).toEqual(['Home brewers']);
    expect(chips('popup_limits')).toHaveLength(4);
    expect(chips('popup_preferred_terms')).toEqual(['consumers, users → coffee lovers', 'factory → roastery']);
    expect(chips('popup_banned_hashtags')).toEqual(['#followforfollow']);
    // Facebook bans no hashtag: no empty row for it.
    act(() => render(<PlanGlance plan={plan} channel="facebook" isExample={false} />, rootOf()));
    expect(rootOf().querySelector('ul[aria-label="popup_banned_hashtags"]')).toBeNull();
  });

  it('words the limits from the plan: a range, a ceiling, a floor', () => {
    const plan = planWithBanned(1);
    expect(channelLimits(plan, 'instagram')).toEqual(['popup_limit_length', 'popup_limit_hashtags', 'popup_limit_mentions', 'popup_limit_emoji']);
    plan.channels.x.hashtags = { ...plan.channels.x.hashtags, min: undefined, max: undefined };
    plan.channels.x.mentions = {};
    plan.channels.x.emoji = {};
    expect(channelLimits(plan, 'x')).toEqual(['popup_limit_length']);
  });
});
