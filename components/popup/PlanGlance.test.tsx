import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
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

  it('says a channel\'s checks are off, unless the draft card above says it already (review 37 L3)', () => {
    const plan = planWithBanned(1);
    plan.channels.x.enabled = false;
    act(() => render(<PlanGlance plan={plan} channel="x" isExample={false} />, rootOf()));
    expect(rootOf().querySelector('[data-glance="checks-off"]')?.textContent).toBe('popup_channel_disabled');
    act(() => render(<PlanGlance plan={plan} channel="x" isExample={false} checksOffSaid />, rootOf()));
    expect(rootOf().querySelector('[data-glance="checks-off"]')).toBeNull();
  });

  it('words the limits from the plan: a range, a ceiling, a floor', () => {
    const plan = planWithBanned(1);
    expect(channelLimits(plan, 'instagram')).toEqual(['popup_limit_length', 'popup_limit_hashtags_range', 'popup_limit_mentions_at_most', 'popup_limit_emoji_at_most']);
    plan.channels.x.hashtags = { ...plan.channels.x.hashtags, min: undefined, max: undefined };
    plan.channels.x.mentions = {};
    plan.channels.x.emoji = {};
    expect(channelLimits(plan, 'x')).toEqual(['popup_limit_length']);
  });

  describe('in the words a reader sees (review 37 L1: "at most 1 hashtags", "1–1", "at most 0")', () => {
    const limitsIn = (lang: 'en' | 'nb', hashtags: { min?: number; max?: number }, mentions?: number, emoji?: number) => {
      const strings = JSON.parse(readFileSync(`locales/${lang}/popup.json`, 'utf8')) as Record<string, string>;
      vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string) => strings[key] ?? '') as never);
      vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(lang === 'nb' ? 'nb-NO' : 'en-US');
      const plan = planWithBanned(1);
      plan.channels.x.hashtags = { ...plan.channels.x.hashtags, min: hashtags.min, max: hashtags.max, required: [] };
      plan.channels.x.mentions = { max: mentions };
      plan.channels.x.emoji = { max: emoji };
      plan.channels.x.maxLength = 1000;
      return channelLimits(plan, 'x').slice(1);
    };
    afterEach(() => vi.restoreAllMocks());

    it.each([
      [{ min: 1, max: 1 }, 1, 1, ['exactly 1 hashtag', 'at most 1 mention', 'at most 1 emoji']],
      [{ min: 2, max: 2 }, 2, 2, ['exactly 2 hashtags', 'at most 2 mentions', 'at most 2 emoji']],
      [{ max: 0 }, 0, 0, ['no hashtags', 'no mentions', 'no emoji']],
      [{ max: 1 }, undefined, undefined, ['at most 1 hashtag']],
      [{ min: 1 }, undefined, undefined, ['at least 1 hashtag']],
      [{ min: 3 }, undefined, undefined, ['at least 3 hashtags']],
      [{ min: 0, max: 3 }, undefined, undefined, ['at most 3 hashtags']],
      [{ min: 1, max: 3 }, undefined, undefined, ['1–3 hashtags']],
    ])('English: hashtags %o, mentions %s, emoji %s', (hashtags, mentions, emoji, expected) => {
      expect(limitsIn('en', hashtags, mentions, emoji)).toEqual(expected);
    });

    it('Bokmål, with the thousands grouped as Norwegians write them', () => {
      expect(limitsIn('nb', { min: 1, max: 1 }, 1, 0)).toEqual(['nøyaktig 1 emneknagg', 'høyst 1 omtale', 'ingen emoji']);
      expect(limitsIn('nb', { max: 0 }, 0, 1)).toEqual(['ingen emneknagger', 'ingen omtaler', 'høyst 1 emoji']);
      expect(limitsIn('nb', { min: 2, max: 5 }, undefined, 1500)).toEqual(['2–5 emneknagger', `høyst 1\u00a0500 emoji`]);
    });
  });
});
