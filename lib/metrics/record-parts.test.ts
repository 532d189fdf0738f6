import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { computeKpis, type KpiValues } from './kpi';
import { mergeCampaignParts, mergeSessionParts, spendFor } from './record-parts';
import type { CampaignResult, MetricsData, WebSession } from './types';

const none: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
const q = { from: '2027-01-01', to: '2027-01-31', channel: 'all' as const };
const kpis = (data: Partial<MetricsData>) => computeKpis({ ...none, ...data }, examplePlan(), q);

function expectSame(merged: KpiValues, rows: KpiValues): void {
  expect(Object.keys(merged).sort()).toEqual(Object.keys(rows).sort());
  for (const [id, value] of Object.entries(rows)) expect(merged[id], id).toBeCloseTo(value, 9);
}

// The same day, source and landing page: rows of one record. Kept apart (another landing page
// each), they are what SPEC §5 sums over; added up into one record they must give the same KPIs.
const count = fc.integer({ min: 0, max: 5000 });
const sessionRow = fc.record(
  { sessions: count, engagedSessions: fc.option(count, { nil: undefined }), bounces: fc.option(count, { nil: undefined }), conversions: fc.option(count, { nil: undefined }), revenue: fc.option(count, { nil: undefined }) },
  { requiredKeys: ['sessions'] },
);
const money = fc.integer({ min: 0, max: 100000 }).map((cents) => cents / 100);
const campaignRow = fc.record(
  { spend: money, clicks: fc.option(count, { nil: undefined }), conversions: fc.option(count, { nil: undefined }), revenue: fc.option(money, { nil: undefined }) },
  { requiredKeys: ['spend'] },
);
const defined = <T extends object>(r: T): T => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as T;

describe('a record added up from rows keeps every KPI of the rows', () => {
  it('web sessions: conversionRate, bounceRate, sessions, webRevenue', () => {
    fc.assert(
      fc.property(fc.array(sessionRow, { minLength: 1, maxLength: 5 }), (rows) => {
        const parts = rows.map((r, i): WebSession => defined({ date: '2027-01-05', source: 'facebook', landingPage: `/p${i}`, ...r }));
        const merged = mergeSessionParts(parts.map((p) => ({ ...p, landingPage: '/p' })));
        expectSame(kpis({ sessions: [merged] }), kpis({ sessions: parts }));
      }),
      { numRuns: 2000 },
    );
  });

  it('campaign results: spend, revenue, roi, roas, cpc, cpa', () => {
    fc.assert(
      fc.property(fc.array(campaignRow, { minLength: 1, maxLength: 5 }), (rows) => {
        // Rows on separate days stand for rows kept apart; one day is one record. A campaign outside
        // the plan counts for `all` and has no pacing, which would read the days.
        const parts = rows.map((r, i): CampaignResult => defined({ campaignId: 'not-in-the-plan', date: `2027-01-0${i + 1}`, ...r }));
        const merged = mergeCampaignParts(parts.map((p) => ({ ...p, date: '2027-01-05' })));
        expectSame(kpis({ campaignResults: [merged] }), kpis({ campaignResults: parts }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spendFor', () => {
  it('never exceeds the day\'s spend (a lower spend logged over an import)', () => {
    expect(spendFor({ campaignId: 'c', date: '2027-01-05', spend: 200, revenue: 900, spendWith: { revenue: 300 } }, 'revenue')).toBe(200);
    expect(spendFor({ campaignId: 'c', date: '2027-01-05', spend: 400, revenue: 900, spendWith: { revenue: 300 } }, 'revenue')).toBe(300);
  });
});

describe('mergeSessionParts / mergeCampaignParts', () => {
  it('is the plain sum when every row gives the same fields', () => {
    const a: WebSession = { date: '2027-01-05', source: 'facebook', sessions: 10, engagedSessions: 6, conversions: 1 };
    const b: WebSession = { date: '2027-01-05', source: 'facebook', sessions: 5, engagedSessions: 1, conversions: 0 };
    expect(mergeSessionParts([a, b])).toEqual({ date: '2027-01-05', source: 'facebook', sessions: 15, engagedSessions: 7, conversions: 1 });
    expect(mergeCampaignParts([{ campaignId: 'c', date: '2027-01-05', spend: 1, clicks: 2 }, { campaignId: 'c', date: '2027-01-05', spend: 3, clicks: 4 }])).toEqual({ campaignId: 'c', date: '2027-01-05', spend: 4, clicks: 6 });
  });

  it('remembers the sessions or spend of the rows that gave a field (QA12: roi 0 instead of 3)', () => {
    const a: CampaignResult = { campaignId: 'c', date: '2027-01-05', spend: 100, clicks: 50, conversions: 2, revenue: 400 };
    const b: CampaignResult = { campaignId: 'c', date: '2027-01-05', spend: 300 };
    const merged = mergeCampaignParts([a, b]);
    expect(merged).toEqual({ ...a, spend: 400, spendWith: { clicks: 100, conversions: 100, revenue: 100 } });
    const k = kpis({ campaignResults: [merged] });
    expect([k.roi, k.roas, k.cpc, k.cpa, k.spend]).toEqual([3, 4, 2, 50, 400]);
  });

  it('reads each row\'s bounces its own way: bounces, else sessions − engaged', () => {
    const a: WebSession = { date: '2027-01-02', source: 'facebook', sessions: 100, engagedSessions: 60, bounces: 10, conversions: 5, revenue: 100 };
    const b: WebSession = { date: '2027-01-02', source: 'facebook', sessions: 100, engagedSessions: 20 };
    const merged = mergeSessionParts([a, b]);
    expect(merged).toEqual({ date: '2027-01-02', source: 'facebook', sessions: 200, engagedSessions: 80, bounces: 90, conversions: 5, revenue: 100, sessionsWith: { conversions: 100 } });
    const k = kpis({ sessions: [merged] });
    expect([k.conversionRate, k.bounceRate]).toEqual([0.05, 0.45]);
  });
});
