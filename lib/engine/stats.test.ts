import { describe, expect, it } from 'vitest';
import { makePlan } from '../rules/rule-tester';
import { draftStats, lengthLimit } from './stats';

describe('draftStats', () => {
  it('counts in the channel unit with the plan limit', () => {
    const plan = makePlan({ channels: { x: { maxLength: 200 } } });
    const text = 'Hi @nordlys 👍🏽 #NordlysCoffee https://nordlyscoffee.no/shop?x=1 and hei@nordlyscoffee.no';
    expect(draftStats(text, 'x', plan)).toEqual({ length: 3 + 8 + 1 + 2 + 1 + 14 + 1 + 23 + 5 + 20, limit: 200, hashtags: 1, mentions: 1, emoji: 1, links: 1 });
    expect(draftStats(text, 'instagram').length).toBe([...text].length);
  });

  it.each([
    ['x', 'post', undefined, 280],
    ['facebook', 'post', undefined, 63_206],
    ['facebook', 'comment', undefined, 8_000],
    ['instagram', 'comment', undefined, 2_200],
    ['instagram', 'post', 150, 150],
    ['instagram', 'comment', 150, 2_200],
  ] as const)('limit on %s %s with plan maxLength %s is %i', (channel, surface, maxLength, limit) => {
    const plan = maxLength === undefined ? undefined : makePlan({ channels: { [channel]: { maxLength } } });
    expect(lengthLimit(channel, surface, plan)).toBe(limit);
    expect(draftStats('', channel, plan, surface).limit).toBe(limit);
  });
});
