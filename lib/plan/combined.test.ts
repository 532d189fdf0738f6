import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combinedPlan, leadPlan } from './combined';
import { parsePlanJson } from './parse';
import type { Plan } from './types';

const example = (() => {
  const result = parsePlanJson(readFileSync('samples/plan.example.json', 'utf8'));
  if (!result.ok) throw new Error('example plan');
  return result.plan;
})();

function planWith(id: string, source: string, campaigns: Plan['campaigns'], goals: Plan['goals']): Plan {
  const channels = structuredClone(example.channels);
  for (const c of Object.values(channels)) c.links.utm = { ...c.links.utm, source };
  return { ...example, id, name: id, channels, campaigns, goals };
}

const campaign = (id: string, channel: 'x' | 'facebook' | 'instagram', currency: string) => ({ id, name: id, channel, budget: 1000, currency, start: '2027-01-01', end: '2027-03-31' });
const goal = (id: string, channel: 'x' | 'facebook' | 'instagram' | 'all') => ({ id, kpi: 'sessions' as const, channel, target: 100, due: '2027-06-30' });

// QA25's two plans: one for Instagram, one for Facebook and X.
const ig = planWith('ig', 'ig_bio', [campaign('winter', 'instagram', 'NOK'), campaign('stray-x', 'x', 'NOK')], [goal('ig-sessions', 'instagram'), goal('ig-x', 'x'), goal('ig-all', 'all')]);
const fbx = planWith('fbx', 'meta_fb', [campaign('fb-spring', 'facebook', 'NOK'), campaign('x-eu', 'x', 'EUR'), campaign('winter', 'instagram', 'EUR')], [goal('sessions', 'facebook'), goal('sessions', 'x'), goal('fbx-all', 'all'), goal('fbx-ig', 'instagram')]);

describe('combinedPlan', () => {
  it('is the plan itself when one plan is active on every channel, or on the only channels that have one', () => {
    expect(combinedPlan({ x: fbx, facebook: fbx, instagram: fbx })).toBe(fbx);
    expect(combinedPlan({ x: fbx })).toBe(fbx);
    expect(combinedPlan({})).toBeUndefined();
  });

  it('takes from each channel\'s plan what that channel\'s view uses', () => {
    const all = combinedPlan({ x: fbx, facebook: fbx, instagram: ig })!;
    expect([all.id, all.name]).toEqual(['fbx', 'fbx']);
    expect([all.channels.x.links.utm?.source, all.channels.facebook.links.utm?.source, all.channels.instagram.links.utm?.source]).toEqual(['meta_fb', 'meta_fb', 'ig_bio']);
    // Instagram's campaigns come from the Instagram plan, even where the other plan has one of that id.
    // Then the active plans' other campaigns, so their results keep their currency (rev28).
    expect(all.campaigns.map((c) => [c.id, c.channel, c.currency])).toEqual([
      ['x-eu', 'x', 'EUR'],
      ['fb-spring', 'facebook', 'NOK'],
      ['winter', 'instagram', 'NOK'],
      ['stray-x', 'x', 'NOK'],
    ]);
    // Goals for a channel from that channel's plan; goals for all channels from the lead plan.
    expect(all.goals.map((g) => `${g.channel}:${g.id}`)).toEqual(['x:sessions', 'facebook:sessions', 'instagram:ig-sessions', 'all:fbx-all']);
    // Rules the snapshot does not read are the lead plan's.
    expect(all.terms).toBe(fbx.terms);
  });

  it('a campaign id two plans use on different channels counts once, as the first channel\'s', () => {
    const a = planWith('a', 'a', [campaign('spring', 'x', 'NOK')], []);
    const b = planWith('b', 'b', [campaign('spring', 'instagram', 'EUR')], []);
    expect(combinedPlan({ x: a, facebook: a, instagram: b })!.campaigns.map((c) => [c.id, c.channel])).toEqual([['spring', 'x']]);
  });
});

describe('leadPlan', () => {
  it('is the plan on most channels; a tie goes to the first in x, facebook, instagram order', () => {
    expect(leadPlan({ x: fbx, facebook: ig, instagram: ig })?.id).toBe('ig');
    expect(leadPlan({ x: ig, facebook: fbx })?.id).toBe('ig');
    expect(leadPlan({ facebook: fbx, instagram: ig })?.id).toBe('fbx');
  });
});
