import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { smallData } from '../../tests/fixtures/metrics/small-data';
import { buildSnapshot, previousPeriod, resolveQuery } from './snapshot';

const JAN = { from: '2027-01-01', to: '2027-01-31' };

describe('buildSnapshot', () => {
  const snapshot = buildSnapshot(smallData(), examplePlan(), { ...JAN, channel: 'all' });

  it('compares with the period of the same length just before', () => {
    expect(snapshot.previous).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    // December lies before every stored day: nothing to compare with (posts would be 0, SPEC §5,
    // and "▲ from 0" misled; QA20).
    expect(snapshot.previousKpis).toEqual({});
    expect(snapshot.previousBeforeData).toBe(true);
    expect(snapshot.kpis.posts).toBe(6);
  });

  it('compares posts with 0 only where the channel\'s posts reach back (rev25)', () => {
    const data = smallData();
    // Instagram's posts start in January; X's and the follower counts start earlier.
    const early = { ...data, posts: [...data.posts, { channel: 'x' as const, postId: 'old', publishedAt: '2026-11-20T10:00:00.000Z', contentType: 'other' as const, impressions: 10 }] };
    const instagram = buildSnapshot(early, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' });
    // Nothing of Instagram's reaches back into December, whatever X's records do (review 36 M3).
    expect(instagram.previousBeforeData).toBe(true);
    expect(instagram.dataFrom).toBe('2027-01-01');
    expect(instagram.previousKpis.posts).toBeUndefined();
    // On X a post in the previous period's reach makes its 0 a real 0.
    const x = buildSnapshot(early, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'x' });
    expect(x.previousKpis.posts).toBe(0);
  });

  it('says why a money goal has no value when its campaigns mix currencies (QA22)', () => {
    const plan = examplePlan();
    plan.campaigns = [...plan.campaigns, { ...plan.campaigns[0]!, id: 'fb-eur', channel: 'facebook', currency: 'EUR' }];
    const data = smallData();
    data.campaignResults = [...data.campaignResults, { campaignId: 'fb-eur', date: '2027-01-10', spend: 100, revenue: 50 }];
    const mixed = buildSnapshot(data, plan, { ...JAN, channel: 'all' });
    expect(mixed.goals.find((g) => g.id === 'roas')).toMatchObject({ mixedCurrencies: true });
    expect(mixed.goals.find((g) => g.id === 'roas')?.value).toBeUndefined();
    // A goal that is not about money, or one whose campaigns share a currency, says nothing of it.
    expect(mixed.goals.find((g) => g.id === 'engagement')?.mixedCurrencies).toBeUndefined();
    expect(snapshot.goals.find((g) => g.id === 'roas')?.mixedCurrencies).toBeUndefined();
  });

  it('says so for an overall pacing goal by the rule pacing is absent by (rev26)', () => {
    const plan = examplePlan();
    const winter = plan.campaigns[0]!;
    plan.campaigns = [...plan.campaigns, { ...winter, id: 'fb-eur', channel: 'facebook', currency: 'EUR' }];
    plan.goals = [...plan.goals, { id: 'pace', kpi: 'budgetPacing', channel: 'all', target: 1, due: winter.end }];
    const data = smallData();
    // The NOK campaign spent before the range, the EUR one in it: one currency in the range's
    // results, two among the campaigns whose cumulative pacing would add up.
    data.campaignResults = [...data.campaignResults.filter((r) => r.date < '2027-01-20'), { campaignId: 'fb-eur', date: '2027-01-25', spend: 100 }];
    const mixed = buildSnapshot(data, plan, { from: '2027-01-20', to: '2027-01-31', channel: 'all' });
    expect(mixed.kpis.budgetPacing).toBeUndefined();
    expect(mixed.goals.find((g) => g.id === 'pace')).toMatchObject({ mixedCurrencies: true });
  });

  it("compares each KPI only where its own records cover the previous period (review 36 M3)", () => {
    const data = smallData();
    // Instagram's follower counts reach back into December; its posts, sessions and campaign results do not.
    data.snapshots = [...data.snapshots, { channel: 'instagram', date: '2026-11-15', followers: 9000 }, { channel: 'instagram', date: '2026-12-31', followers: 9800 }];
    const jan = buildSnapshot(data, examplePlan(), { ...JAN, channel: 'instagram' });
    expect(jan.previousBeforeData).toBeUndefined();
    expect(jan.previousKpis.followers).toBe(9800);
    expect(jan.previousKpis.audienceGrowth).toBeUndefined(); // one count inside December
    for (const id of ['posts', 'impressions', 'reach', 'engagementRate', 'sessions', 'conversionRate', 'spend', 'roas']) expect(jan.previousKpis[id], id).toBeUndefined();
    // Instagram's first post is on 5 Jan: no cover for 10 Dec – 5 Jan; a post export whose first
    // post comes a day into the period (4–29 Jan) covers it (a week of grace, GRACE_DAYS).
    const posts = buildSnapshot(data, examplePlan(), { from: '2027-01-06', to: '2027-02-01', channel: 'instagram' });
    expect(posts.previous.from).toBe('2026-12-10');
    expect(posts.previousKpis.posts).toBeUndefined();
    const grace = buildSnapshot(data, examplePlan(), { from: '2027-01-30', to: '2027-02-24', channel: 'instagram' });
    expect(grace.previous).toEqual({ from: '2027-01-04', to: '2027-01-29' });
    expect(grace.previousKpis.posts).toBe(2);
  });

  it('names the currency of the range\'s money, and compares no money across currencies (QA25)', () => {
    const plan = examplePlan();
    const winter = plan.campaigns[0]!;
    plan.campaigns = [...plan.campaigns, { ...winter, id: 'x-eu', channel: 'x', currency: 'EUR' }];
    const data = smallData();
    data.campaignResults = [
      { campaignId: winter.id, date: '2027-01-25', spend: 2000, revenue: 6000, clicks: 100 },
      { campaignId: 'x-eu', date: '2027-02-02', spend: 200, revenue: 500, clicks: 40 },
    ];
    const feb = buildSnapshot(data, plan, { from: '2027-02-01', to: '2027-02-10', channel: 'all' });
    expect(feb.currency).toBe('EUR');
    expect(feb.kpis.spend).toBe(200);
    // The previous period (22–31 Jan) spent kroner: no spend, revenue, CPC or CPA to compare with…
    expect([feb.previousKpis.spend, feb.previousKpis.revenue, feb.previousKpis.cpc]).toEqual([undefined, undefined, undefined]);
    // …but ratios compare across currencies.
    expect(feb.previousKpis.roas).toBe(3);
    expect(feb.previousOtherCurrency).toBe(true);
    // The same currency on both sides compares as before.
    const jan = buildSnapshot(data, plan, { from: '2027-01-26', to: '2027-02-10', channel: 'x' });
    expect(jan.currency).toBe('EUR');
    const both = buildSnapshot({ ...data, campaignResults: [...data.campaignResults, { campaignId: 'x-eu', date: '2027-01-25', spend: 100 }] }, plan, { from: '2027-02-01', to: '2027-02-10', channel: 'x' });
    expect(both.previousKpis.spend).toBe(100);
    // Each money goal in its own channel's currency (rev28): Instagram's NOK, though the range spent euros.
    const withGoal = { ...plan, goals: [{ id: 'ig-spend', kpi: 'spend' as const, channel: 'instagram' as const, target: 5000, due: '2027-06-30' }, { id: 'x-spend', kpi: 'spend' as const, channel: 'x' as const, target: 500, due: '2027-06-30' }] };
    const goals = buildSnapshot(data, withGoal, { from: '2027-02-01', to: '2027-02-10', channel: 'all' }).goals;
    expect(goals.map((g) => [g.id, g.currency])).toEqual([['ig-spend', 'NOK'], ['x-spend', 'EUR']]);
    // Several currencies in the range: none named (the money KPIs are absent).
    expect(buildSnapshot(data, plan, { from: '2027-01-20', to: '2027-02-10', channel: 'all' }).currency).toBeUndefined();
  });

  it('marks a pacing goal whose campaign the plan does not list (QA23)', () => {
    const plan = examplePlan();
    plan.goals = [...plan.goals, { id: 'typo', kpi: 'budgetPacing.winter-2072', channel: 'all', target: 1, due: '2027-06-30' }, { id: 'ok', kpi: 'budgetPacing.winter-2027', channel: 'all', target: 1, due: '2027-06-30' }];
    const goals = buildSnapshot(smallData(), plan, { ...JAN, channel: 'all' }).goals;
    expect(goals.find((g) => g.id === 'typo')?.unknownCampaign).toBe('winter-2072');
    expect(goals.find((g) => g.id === 'ok')?.unknownCampaign).toBeUndefined();
  });

  it('shows progress toward each goal, on its own channel', () => {
    const byId = Object.fromEntries(snapshot.goals.map((g) => [g.id, g]));
    // Instagram grew 1,000 in the 30 days to 31 Jan; 150 more days at that pace reach 16,000 by 30 Jun.
    expect(byId['ig-followers']).toMatchObject({ value: 11000, met: false, onTrack: true, direction: 'higher' });
    expect(byId['ig-followers']?.projected).toBeCloseTo(16000, 9);
    expect(byId['ig-followers']?.progress).toBeCloseTo(11000 / 12000, 12);
    expect(byId.engagement).toMatchObject({ met: true, onTrack: true });
    expect(byId.roas).toMatchObject({ value: 4200 / 1500, met: false, onTrack: false });
  });

  it('projects followers of all channels with every channel counted: one without a trend in the range stays at its last count (QA36)', () => {
    const plan = examplePlan();
    plan.goals = [{ id: 'all-followers', kpi: 'followers', channel: 'all', target: 17600, due: '2027-06-30' }];
    const data = { ...smallData(), snapshots: [
      { channel: 'x' as const, date: '2027-02-15', followers: 2500 },
      { channel: 'facebook' as const, date: '2027-03-01', followers: 4100 },
      { channel: 'facebook' as const, date: '2027-03-31', followers: 4200 },
      { channel: 'instagram' as const, date: '2027-03-01', followers: 10400 },
      { channel: 'instagram' as const, date: '2027-03-31', followers: 10700 },
    ] };
    const [goal] = buildSnapshot(data, plan, { from: '2027-03-01', to: '2027-03-31', channel: 'all' }).goals;
    // 2,500 flat + 4,200 + 100/30 × 91 + 10,700 + 300/30 × 91 = 18,613.3 by 30 June: on track.
    expect(goal).toMatchObject({ value: 17400, met: false, onTrack: true });
    expect(goal?.projected).toBeCloseTo(2500 + 4200 + (100 / 30) * 91 + 10700 + 10 * 91, 6);
  });

  it('a weekly count before the range and one in it make a trend (QA36)', () => {
    const plan = examplePlan();
    plan.goals = [{ id: 'ig', kpi: 'followers', channel: 'instagram', target: 11400, due: '2027-06-30' }];
    const data = { ...smallData(), snapshots: [
      { channel: 'instagram' as const, date: '2027-03-21', followers: 10000 },
      { channel: 'instagram' as const, date: '2027-03-28', followers: 10100 },
    ] };
    const [goal] = buildSnapshot(data, plan, { from: '2027-03-22', to: '2027-03-28', channel: 'instagram' }).goals;
    expect(goal?.projected).toBeCloseTo(10100 + (100 / 7) * 94, 6);
    expect(goal?.onTrack).toBe(true);
  });

  it('compares with no previous period the data only partly covers, and no followers sum over other channels (QA36)', () => {
    // Data starts 1 Jan; 15 Jan – 14 Feb's previous period starts 16 Dec.
    const partly = buildSnapshot(smallData(), examplePlan(), { from: '2027-01-15', to: '2027-02-14', channel: 'all' });
    expect(partly.previousKpis).toEqual({});
    // 1–28 Feb against 4–31 Jan, covered: posts compare; X's first count is inside January, so the
    // followers sum of 31 Jan and of 28 Feb hold the same channels and compare too.
    const covered = buildSnapshot(smallData(), examplePlan(), { from: '2027-02-01', to: '2027-02-28', channel: 'all' });
    expect(covered.previousKpis.posts).toBeDefined();
    expect(covered.previousKpis.followers).toBe(11000 + 4100 + 2500);
    // X's first count after the previous period: that sum lacks X, so followers are not compared.
    const data = smallData();
    data.snapshots = data.snapshots.map((s) => (s.channel === 'x' ? { ...s, date: '2027-02-03' } : s));
    const added = buildSnapshot(data, examplePlan(), { from: '2027-02-01', to: '2027-02-28', channel: 'all' });
    expect(added.previousKpis.followers).toBeUndefined();
    expect(added.previousKpis.posts).toBeDefined();
  });

  it('a campaign with no results imported has no spend, not 0 (QA36)', () => {
    const data = { ...smallData(), campaignResults: [] };
    const [row] = buildSnapshot(data, examplePlan(), { ...JAN, channel: 'all' }).campaigns;
    expect(row?.spend).toBeUndefined();
    expect(row?.series).toEqual([]);
  });

  it('a pacing goal is a ceiling: met at or under its target, whether bare or per campaign', () => {
    const plan = examplePlan();
    const pacing = 1800 / ((30000 * 27) / 55); // ≈ 0.12 of the planned spend so far
    plan.goals = [
      { id: 'pace', kpi: 'budgetPacing', channel: 'instagram', target: 0.1, due: '2027-02-28' },
      { id: 'pace-winter', kpi: 'budgetPacing.winter-2027', channel: 'instagram', target: 0.2, due: '2027-02-28' },
    ];
    const goals = Object.fromEntries(buildSnapshot(smallData(), plan, { ...JAN, channel: 'all' }).goals.map((g) => [g.id, g]));
    expect(goals.pace).toMatchObject({ direction: 'lower', met: false });
    expect(goals.pace?.value).toBeCloseTo(pacing, 12);
    expect(goals['pace-winter']).toMatchObject({ direction: 'lower', met: true });
  });

  it('has chart series: followers per channel, engagement rate per content type in a fixed order', () => {
    expect(snapshot.charts.followers.map((s) => [s.channel, s.points.map((p) => p.followers)])).toEqual([
      ['instagram', [10000, 10500, 11000]],
      ['facebook', [4000, 4100]],
      ['x', [2500]],
    ]);
    expect(snapshot.charts.engagementByType.map((e) => e.contentType)).toEqual(['photo', 'video', 'reel', 'link', 'other']);
  });

  it('builds the campaign table: spend to date, pacing, returns, projected spend', () => {
    const [row] = snapshot.campaigns;
    expect(row).toMatchObject({ id: 'winter-2027', spend: 1800, elapsedDays: 27, campaignDays: 55, roi: 2, roas: 3, cpa: 100, overspend: false });
    expect(row?.pacing).toBeCloseTo(1800 / ((30000 * 27) / 55), 12);
    expect(row?.projectedSpend).toBeCloseTo((1800 / 27) * 55, 9);
    expect(row?.series).toEqual([
      { date: '2027-01-05', spend: 500 },
      { date: '2027-01-06', spend: 1200 },
      { date: '2027-01-07', spend: 1800 },
    ]);
  });

  it('warns when the current pace overspends the budget', () => {
    const plan = examplePlan();
    plan.campaigns[0]!.budget = 3000;
    const [row] = buildSnapshot(smallData(), plan, { ...JAN, channel: 'instagram' }).campaigns;
    expect(row?.overspend).toBe(true);
  });

  it('warns of any spend on a campaign with a budget of 0 (QA29)', () => {
    const plan = examplePlan();
    plan.campaigns[0]!.budget = 0;
    const [row] = buildSnapshot(smallData(), plan, { ...JAN, channel: 'instagram' }).campaigns;
    expect(row?.spend).toBeGreaterThan(0);
    expect(row?.overspend).toBe(true);
  });

  it('lists only the channel’s campaigns', () => {
    expect(buildSnapshot(smallData(), examplePlan(), { ...JAN, channel: 'x' }).campaigns).toEqual([]);
  });

  it('without a range, shows the 28 days that end with the data', () => {
    expect(resolveQuery(smallData(), { channel: 'all' })).toEqual({ from: '2027-01-19', to: '2027-02-15', channel: 'all' });
    expect(resolveQuery({ snapshots: [], posts: [], sessions: [], campaignResults: [] }, { channel: 'x' }, '2027-05-28')).toEqual({ from: '2027-05-01', to: '2027-05-28', channel: 'x' });
    expect(resolveQuery(smallData(), { from: '2027-01-10', channel: 'all' })).toEqual({ from: '2027-01-10', to: '2027-02-15', channel: 'all' });
    expect(resolveQuery(smallData(), { from: '2027-04-01', channel: 'all' })).toEqual({ from: '2027-04-01', to: '2027-04-01', channel: 'all' });
    expect(resolveQuery(smallData(), { to: '2027-01-31', channel: 'all' })).toEqual({ from: '2027-01-04', to: '2027-01-31', channel: 'all' });
  });

  it.each([
    [{ from: '2027-03-01', to: '2027-03-31' }, { from: '2027-01-29', to: '2027-02-28' }],
    [{ from: '2027-01-10', to: '2027-01-10' }, { from: '2027-01-09', to: '2027-01-09' }],
  ])('previous period of %j is %j', (range, previous) => {
    expect(previousPeriod(range)).toEqual(previous);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
