import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { campaignId, unplannedCampaigns, withPlanCampaignIds } from './campaign-ids';
import { buildSnapshot } from './snapshot';
import type { CampaignResult, MetricsData } from './types';

const data = (campaignResults: CampaignResult[]): MetricsData => ({ snapshots: [], posts: [], sessions: [], campaignResults });

describe('campaignId', () => {
  it.each([
    ['winter-2027', 'winter-2027'],
    ['WINTER-2027', 'winter-2027'],
    ['Winter blend launch', 'winter-2027'],
    ['winter BLEND launch', 'winter-2027'],
    ['Summer', 'Summer'],
  ])('%j → %j', (raw, id) => {
    expect(campaignId(raw, examplePlan())).toBe(id);
  });

  it('keeps the text without a plan', () => {
    expect(campaignId('Winter blend launch', undefined)).toBe('Winter blend launch');
  });
});

describe('withPlanCampaignIds', () => {
  it('gives back the same data when nothing needs resolving', () => {
    const stored = data([{ campaignId: 'winter-2027', date: '2027-01-05', spend: 1 }, { campaignId: 'unplanned', date: '2027-01-05', spend: 2 }]);
    expect(withPlanCampaignIds(stored, examplePlan())).toBe(stored);
    expect(withPlanCampaignIds(stored, undefined)).toBe(stored);
  });

  it('reads results stored under a campaign name as that campaign, counting a day stored both ways once', () => {
    const stored = data([
      { campaignId: 'Winter blend launch', date: '2027-01-05', spend: 500 },
      { campaignId: 'Winter blend launch', date: '2027-01-06', spend: 700 },
      { campaignId: 'WINTER BLEND LAUNCH', date: '2027-01-06', spend: 999 },
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 510 },
      { campaignId: 'Summer', date: '2027-01-05', spend: 5 },
    ]);
    expect(withPlanCampaignIds(stored, examplePlan()).campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 700 },
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 510 },
      { campaignId: 'Summer', date: '2027-01-05', spend: 5 },
    ]);
  });

  it('lets the snapshot count results imported before their plan for their campaign', () => {
    const stored = data([
      { campaignId: 'Winter blend launch', date: '2027-01-05', spend: 500, revenue: 1500 },
      { campaignId: 'Winter blend launch', date: '2027-01-06', spend: 700, revenue: 2100 },
    ]);
    const snapshot = buildSnapshot(stored, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' });
    expect(snapshot.kpis).toMatchObject({ spend: 1200, revenue: 3600, roas: 3 });
    expect(snapshot.campaigns.map((c) => [c.id, c.spend])).toEqual([['winter-2027', 1200]]);
  });
});

describe('unplannedCampaigns (QA29)', () => {
  it('names, once each and sorted, the campaigns the plan lists by neither id nor name', () => {
    const results: CampaignResult[] = [
      { campaignId: 'winter-2072', date: '2027-01-05', spend: 10 },
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 10 },
      { campaignId: 'Winter blend launch', date: '2027-01-06', spend: 10 },
      { campaignId: 'winter-2072', date: '2027-01-06', spend: 10 },
      { campaignId: 'spring-2028', date: '2028-03-01', spend: 10 },
    ];
    expect(unplannedCampaigns(results, examplePlan())).toEqual(['spring-2028', 'winter-2072']);
    expect(unplannedCampaigns(results, undefined)).toEqual([]);
  });

  it('are named in the all-channels snapshot of their range only', () => {
    const stored = data([
      { campaignId: 'winter-2027', date: '2027-01-10', spend: 100 },
      { campaignId: 'winter-2072', date: '2027-01-10', spend: 100 },
    ]);
    expect(buildSnapshot(stored, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'all' }).unplannedCampaigns).toEqual(['winter-2072']);
    expect(buildSnapshot(stored, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' }).unplannedCampaigns).toBeUndefined();
    expect(buildSnapshot(stored, examplePlan(), { from: '2027-02-01', to: '2027-02-28', channel: 'all' }).unplannedCampaigns).toBeUndefined();
  });
});
