import { describe, expect, it } from 'vitest';
import type { Campaign } from '@/lib/plan/types';
import { defaultCampaign } from './default-campaign';

const campaign = (id: string, channel: Campaign['channel'], start: string, end: string): Campaign => ({ id, name: id, channel, budget: 100, currency: 'NOK', start, end });

describe('defaultCampaign', () => {
  const january = campaign('january', 'x', '2026-01-01', '2026-01-31');
  const summer = campaign('summer', 'facebook', '2026-06-01', '2026-08-31');
  const novemberFb = campaign('november-fb', 'facebook', '2026-11-01', '2026-11-30');
  const novemberIg = campaign('november-ig', 'instagram', '2026-11-15', '2026-12-15');
  const spring = campaign('spring', 'instagram', '2027-03-01', '2027-03-31');

  it.each<[string, Campaign[], Campaign['channel'], string, string | undefined]>([
    ["one running on the tab's channel", [january, novemberFb, novemberIg], 'instagram', '2026-11-27', 'november-ig'],
    ['else one running on another channel', [january, novemberFb, novemberIg], 'x', '2026-11-27', 'november-fb'],
    ['the first and last days count as running', [january, novemberFb], 'facebook', '2026-11-30', 'november-fb'],
    ['else the one that ended last', [january, summer, spring], 'x', '2026-11-27', 'summer'],
    ["else the plan's first (all still to come)", [spring, novemberIg], 'x', '2026-10-01', 'spring'],
    ['none in the plan', [], 'x', '2026-11-27', undefined],
  ])('%s', (_name, campaigns, channel, day, expected) => expect(defaultCampaign(campaigns, channel, day)?.id).toBe(expected));
});
