import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { smallData } from '../../tests/fixtures/metrics/small-data';
import type { ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import { computeKpis, type KpiValues } from './kpi';
import type { MetricsData } from './types';

const JAN = { from: '2027-01-01', to: '2027-01-31' };
const FEB = { from: '2027-02-01', to: '2027-02-28' };

function expectKpis(actual: KpiValues, expected: KpiValues): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) expect(actual[id], id).toBeCloseTo(value, 12);
}

const kpis = (channel: ChannelId | 'all', range = JAN, data: MetricsData = smallData(), plan: Plan | undefined = examplePlan()) =>
  computeKpis(data, plan, { ...range, channel });

describe('computeKpis, worked by hand on tests/fixtures/metrics/small-data.ts', () => {
  it('all channels in January', () => {
    expectKpis(kpis('all'), {
      followers: 11000 + 4100 + 2500, // latest ≤ 31 Jan per channel, summed
      audienceGrowth: (11000 + 4100 - (10000 + 4000)) / (10000 + 4000), // x has one snapshot: left out
      posts: 6,
      impressions: 2000 + 5000 + 3000 + 4000 + 1000,
      reach: 1500 + 4000 + 2500,
      engagements: 135 + 400 + 75 + 130 + 50 + 3, // x1 has a total (50); the others sum their parts
      engagementRate: (135 + 400 + 75 + 130 + 50) / (1500 + 4000 + 2500 + 4000 + 1000), // x2 has no denominator
      'engagementRate.photo': 135 / 1500,
      'engagementRate.reel': 400 / 4000,
      'engagementRate.link': 75 / 2500,
      'engagementRate.video': 130 / 4000, // no reach: impressions
      'engagementRate.other': 50 / 1000,
      ctr: (90 + 10) / (3000 + 1000),
      negativeFeedbackRate: (5 + 3) / (2500 + 4000),
      sessions: 600 + 150 + 800 + 100 + 50, // google is not social
      conversionRate: (12 + 3 + 20 + 2) / (600 + 150 + 800 + 100), // X row has no conversions
      bounceRate: (600 - 420 + (150 - 90) + (800 - 560) + 40 + (50 - 30)) / 1700,
      webRevenue: 3600 + 900 + 6400,
      spend: 500 + 700 + 600 + 300, // spring-pop is outside the plan: it counts for all
      revenue: 1500 + 2100 + 600,
      roi: (4200 - (500 + 700 + 300)) / (500 + 700 + 300),
      roas: 4200 / (500 + 700 + 300),
      cpc: (500 + 700 + 300) / (250 + 300 + 100),
      cpa: (500 + 600) / (5 + 6),
      'budgetPacing.winter-2027': (500 + 700 + 600) / ((30000 * 27) / 55), // 5 Jan–31 Jan of 5 Jan–28 Feb
      budgetPacing: (500 + 700 + 600) / ((30000 * 27) / 55), // the one campaign
    });
  });

  it('Instagram in January', () => {
    expectKpis(kpis('instagram'), {
      followers: 11000,
      audienceGrowth: 0.1,
      posts: 2,
      impressions: 7000,
      reach: 5500,
      engagements: 535,
      engagementRate: 535 / 5500,
      'engagementRate.photo': 135 / 1500,
      'engagementRate.reel': 400 / 4000,
      sessions: 800,
      conversionRate: 20 / 800,
      bounceRate: 240 / 800,
      webRevenue: 6400,
      spend: 1800,
      revenue: 3600,
      roi: (3600 - 1200) / 1200,
      roas: 3600 / 1200,
      cpc: 1200 / 550,
      cpa: 1100 / 11,
      'budgetPacing.winter-2027': 1800 / ((30000 * 27) / 55),
      budgetPacing: 1800 / ((30000 * 27) / 55),
    });
  });

  it('X in January: a source total beats the parts; t.co and X are X; no campaign', () => {
    expectKpis(kpis('x'), {
      followers: 2500,
      posts: 2,
      impressions: 1000,
      engagements: 53,
      engagementRate: 50 / 1000,
      'engagementRate.other': 50 / 1000,
      ctr: 10 / 1000,
      sessions: 150,
      conversionRate: 2 / 100,
      bounceRate: (40 + 20) / 150,
    });
  });

  it('X in February: posts is 0 (it has posts elsewhere), followers carry over, the rest is absent', () => {
    expectKpis(kpis('x', FEB), { followers: 2500, posts: 0 });
  });

  it('a channel without any posts has no posts KPI at all', () => {
    const data = smallData();
    data.posts = data.posts.filter((p) => p.channel !== 'x');
    expect(kpis('x', JAN, data).posts).toBeUndefined();
    expect(kpis('all', FEB, { ...data, posts: [] }).posts).toBeUndefined();
  });

  it('GA4 rows without a date count only when the range holds the whole export range', () => {
    const late = kpis('all', { from: '2027-01-10', to: '2027-01-31' });
    expect(late.sessions).toBe(150);
    const wide = kpis('all', { from: '2026-12-01', to: '2027-02-28' });
    expect(wide.sessions).toBe(1700 + 200);
  });

  it('budget pacing is cumulative from the campaign start, whatever the range start', () => {
    expect(kpis('instagram', { from: '2027-01-20', to: '2027-01-31' })['budgetPacing.winter-2027']).toBeCloseTo(1800 / ((30000 * 27) / 55), 12);
    expect(kpis('all', { from: '2027-03-01', to: '2027-03-31' })['budgetPacing.winter-2027']).toBeCloseTo(2800 / 30000, 12);
    expect(kpis('all', { from: '2026-12-01', to: '2027-01-04' })['budgetPacing.winter-2027']).toBeUndefined();
  });

  it('bare budgetPacing takes the channel\'s campaigns together: cumulative spend over cumulative planned spend', () => {
    const plan = examplePlan();
    plan.campaigns = [
      ...plan.campaigns,
      { id: 'spring', name: 'Spring', channel: 'instagram', budget: 3100, currency: 'NOK', start: '2027-01-01', end: '2027-01-31' },
      { id: 'fb-only', name: 'FB', channel: 'facebook', budget: 1000, currency: 'NOK', start: '2027-01-01', end: '2027-01-10' },
    ];
    const data: MetricsData = {
      ...smallData(),
      campaignResults: [
        ...smallData().campaignResults,
        { campaignId: 'spring', date: '2027-01-03', spend: 400 },
        { campaignId: 'fb-only', date: '2027-01-02', spend: 900 },
      ],
    };
    const range = { from: '2027-01-01', to: '2027-01-10' };
    const winter = { spend: 500 + 700 + 600, planned: (30000 * 6) / 55 }; // 5–10 Jan of 5 Jan–28 Feb
    const spring = { spend: 400, planned: (3100 * 10) / 31 };
    const instagram = kpis('instagram', range, data, plan);
    expect(instagram['budgetPacing.spring']).toBeCloseTo(spring.spend / spring.planned, 12);
    expect(instagram.budgetPacing).toBeCloseTo((winter.spend + spring.spend) / (winter.planned + spring.planned), 12);
    expect(kpis('all', range, data, plan).budgetPacing).toBeCloseTo((winter.spend + spring.spend + 900) / (winter.planned + spring.planned + 1000), 12);
    expect(kpis('x', range, data, plan).budgetPacing).toBeUndefined();
    // Spend in another currency does not add up with NOK: no overall figure, per campaign as before.
    plan.campaigns = plan.campaigns.map((c) => (c.id === 'fb-only' ? { ...c, currency: 'EUR' } : c));
    const all = kpis('all', range, data, plan);
    expect(all.budgetPacing).toBeUndefined();
    expect(all['budgetPacing.fb-only']).toBeCloseTo(900 / 1000, 12);
    // Nor do the money KPIs of all channels: NOK + EUR is no amount, and their ratios mean nothing.
    for (const id of ['spend', 'revenue', 'roi', 'roas', 'cpc', 'cpa']) expect(all[id], id).toBeUndefined();
    // One channel, one currency: Instagram's campaigns are all NOK, so its amounts stand.
    expect(kpis('instagram', range, data, plan).spend).toBe(winter.spend + spring.spend);
  });

  it('absent is not zero: no data gives no KPI, and division by zero gives absent', () => {
    expect(computeKpis({ snapshots: [], posts: [], sessions: [], campaignResults: [] }, examplePlan(), { ...JAN, channel: 'all' })).toEqual({});
    const zero: MetricsData = {
      snapshots: [
        { channel: 'x', date: '2027-01-01', followers: 0 },
        { channel: 'x', date: '2027-01-02', followers: 5 },
      ],
      posts: [{ channel: 'x', postId: 'z', publishedAt: '2027-01-03T00:00:00.000Z', contentType: 'other', impressions: 0, engagements: 0 }],
      sessions: [],
      campaignResults: [{ campaignId: 'c', date: '2027-01-03', spend: 0, clicks: 0, revenue: 0 }],
    };
    expectKpis(kpis('all', JAN, zero, undefined), { followers: 5, posts: 1, impressions: 0, engagements: 0, spend: 0, revenue: 0 });
  });

  it("sessions follow the plan's utm.source; a source two channels claim goes to the first of x, facebook, instagram", () => {
    const plan = examplePlan();
    plan.channels.x.links.utm = { source: 'nordlys-x' };
    plan.channels.instagram.links.utm = { source: 'fb' };
    const data: MetricsData = {
      snapshots: [],
      posts: [],
      campaignResults: [],
      sessions: [
        { date: '2027-01-02', source: 'Nordlys-X', sessions: 10 },
        { date: '2027-01-02', source: 'fb', sessions: 20 },
      ],
    };
    expect(computeKpis(data, plan, { ...JAN, channel: 'x' }).sessions).toBe(10);
    expect(computeKpis(data, plan, { ...JAN, channel: 'facebook' }).sessions).toBe(20);
    expect(computeKpis(data, plan, { ...JAN, channel: 'instagram' }).sessions).toBeUndefined();
  });

  it('a post counts on its UTC publish day', () => {
    expect(kpis('x', { from: '2027-01-12', to: '2027-01-12' }).posts).toBe(1);
    expect(kpis('x', { from: '2027-01-13', to: '2027-01-31' }).posts).toBe(1);
  });
});

describe('the order of the KPIs', () => {
  it('does not depend on the order the posts came in (QA26: a pipeline hashing the JSON saw a diff)', () => {
    const post = (postId: string, contentType: 'reel' | 'photo' | 'carousel') => ({ channel: 'instagram' as const, postId, publishedAt: '2027-01-10T10:00:00.000Z', contentType, reach: 100, reactions: 5 });
    const posts = [post('a', 'reel'), post('b', 'photo'), post('c', 'carousel')];
    const keys = (list: typeof posts) => Object.keys(computeKpis({ snapshots: [], posts: list, sessions: [], campaignResults: [] }, undefined, { from: '2027-01-01', to: '2027-01-31', channel: 'all' }));
    expect(keys([...posts].reverse())).toEqual(keys(posts));
    expect(keys(posts).filter((k) => k.startsWith('engagementRate.'))).toEqual(['engagementRate.photo', 'engagementRate.reel', 'engagementRate.carousel']);
  });
});
