import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { smallData } from '../../tests/fixtures/metrics/small-data';
import { buildSnapshot } from '@/lib/metrics/snapshot';
import { axisLeft, linearScale, linePath, niceTicks, thin, tickLabels } from './chart-geometry';
import { formatKpi, kpiChange, kpiKind } from '@/lib/metrics/kpi-format';
import { anchorDay, presetOf, presetRange } from './ranges';
import { cell, snapshotCsv, snapshotFileName } from './snapshot-csv';
import { tileIds } from './tile-list';
import { panelSearch, readPanelQuery } from './url-query';

describe('URL query', () => {
  it.each([
    ['all three', '?from=2027-01-01&to=2027-01-31&channel=instagram', { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' }, []],
    ['none', '', { channel: 'all' }, []],
    ['only one end', '?channel=all&to=2027-02-01', { to: '2027-02-01', channel: 'all' }, []],
    ['unreadable values are named', '?from=2027-02-30&channel=tiktok', { channel: 'all' }, ['from', 'channel']],
    ['a range written backwards is the same days', '?from=2027-02-01&to=2027-01-01', { from: '2027-01-01', to: '2027-02-01', channel: 'all' }, []],
    ['channel names in any case', '?channel=INSTAGRAM', { channel: 'instagram' }, []],
    ['a year outside this century is a typo', '?from=1900-01-01&to=2027-01-31', { to: '2027-01-31', channel: 'all' }, ['from']],
  ])('%s: %s', (_name, search, query, ignored) => {
    const { swapped: _, ...read } = readPanelQuery(search);
    expect(read).toEqual({ query, ignored });
  });

  it('says when it read a range written backwards', () => {
    expect(readPanelQuery('?from=2027-02-01&to=2027-01-01').swapped).toBe(true);
    expect(readPanelQuery('?from=2027-01-01&to=2027-02-01').swapped).toBeUndefined();
  });

  it('writes our parameters and keeps others', () => {
    expect(panelSearch('?debug=1&channel=x', { from: '2027-01-01', to: '2027-01-31', channel: 'facebook' })).toBe('?debug=1&channel=facebook&from=2027-01-01&to=2027-01-31');
  });
});

describe('range presets', () => {
  it.each([
    ['2027-03-31', { from: '2027-01-01', to: '2027-03-31' }, '2027-03-31'],
    ['2026-11-26', { from: '2027-01-01', to: '2027-03-31' }, '2027-03-31'],
    ['2027-05-01', { from: '2027-01-01', to: '2027-03-31' }, '2027-03-31'],
    ['2027-02-10', { from: '2027-01-01', to: '2027-03-31' }, '2027-02-10'],
    ['2027-02-10', undefined, '2027-02-10'],
  ])('today %s with data %j ends presets on %s', (today, data, anchor) => {
    expect(anchorDay(today, data)).toBe(anchor);
  });

  it.each([
    ['last7', { from: '2027-03-25', to: '2027-03-31' }],
    ['last28', { from: '2027-03-04', to: '2027-03-31' }],
    ['last90', { from: '2027-01-01', to: '2027-03-31' }],
    ['thisMonth', { from: '2027-03-01', to: '2027-03-31' }],
    // 31 March 2027 is a Wednesday: last week is Monday 22 – Sunday 28 March (QA39).
    ['lastWeek', { from: '2027-03-22', to: '2027-03-28' }],
    ['lastMonth', { from: '2027-02-01', to: '2027-02-28' }],
  ] as const)('%s', (preset, range) => {
    expect(presetRange(preset, '2027-03-31')).toEqual(range);
    expect(presetOf(range, '2027-03-31')).toBe(preset);
  });

  it('last week from a Monday and a Sunday, last month across a year', () => {
    expect(presetRange('lastWeek', '2027-03-15')).toEqual({ from: '2027-03-08', to: '2027-03-14' });
    expect(presetRange('lastWeek', '2027-03-14')).toEqual({ from: '2027-03-01', to: '2027-03-07' });
    expect(presetRange('lastMonth', '2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('anything else is custom', () => {
    expect(presetOf({ from: '2027-01-05', to: '2027-01-20' }, '2027-03-31')).toBe('custom');
  });
});

describe('KPI formatting', () => {
  it.each([
    ['followers', 'count'],
    ['engagementRate.reel', 'share'],
    ['roi', 'share'],
    ['roas', 'multiple'],
    ['cpa', 'money'],
    ['budgetPacing.winter-2027', 'pacing'],
  ])('%s is a %s', (id, kind) => {
    expect(kpiKind(id)).toBe(kind);
  });

  it.each([
    ['followers', 17600, 'en', undefined, '17,600'],
    ['followers', 17600, 'nb', undefined, '17\u00a0600'],
    ['engagementRate', 0.0607, 'en', undefined, '6.07%'],
    // Two decimals below 10 %, both always shown; decided on the value as shown.
    ['engagementRate', 0.056, 'en', undefined, '5.60%'],
    ['engagementRate', 0.09996, 'en', undefined, '10.0%'],
    ['engagementRate', 0.125, 'en', undefined, '12.5%'],
    ['roas', 2.8, 'en', undefined, '2.80×'],
    ['spend', 1800, 'en', 'NOK', 'NOK\u00a01,800'],
    ['cpc', 2.1818, 'en', 'NOK', 'NOK\u00a02.18'],
    // Web revenue is in the analytics property's currency, which the plan does not name: amounts as money, no code.
    ['webRevenue', 2600.5, 'nb', undefined, '2\u00a0601'],
    ['webRevenue', 12.5, 'en', undefined, '12.50'],
    ['budgetPacing.w', 1.0166, 'en', undefined, '101.7%'],
    ['followers', undefined, 'en', undefined, '—'],
    // A real rate too small for two decimals is no 0 (QA36); a real 0 stays one.
    ['negativeFeedbackRate', 1 / 60000, 'en', undefined, '0.0017%'],
    ['negativeFeedbackRate', 1 / 60000, 'nb', undefined, '0,0017\u00a0%'],
    ['negativeFeedbackRate', 0, 'en', undefined, '0.00%'],
    // Whole units decided on the amount as shown (QA36).
    ['spend', 999.996, 'en', 'NOK', 'NOK\u00a01,000'],
    ['spend', 999.994, 'en', 'NOK', 'NOK\u00a0999.99'],
    ['webRevenue', 999.996, 'en', undefined, '1,000'],
  ])('%s %s in %s', (id, value, locale, currency, text) => {
    expect(formatKpi(id, value, locale, currency)).toBe(text);
  });

  it.each([
    ['followers', 110, 100, { text: '+10%', direction: 'up', good: true }],
    ['cpa', 90, 100, { text: '-10%', direction: 'down', good: true }],
    ['bounceRate', 0.45, 0.4, { text: '+5.0 pp', direction: 'up', good: false }],
    ['posts', 0, 0, { text: '±0', direction: 'flat' }],
    ['posts', 3, 0, { text: '', direction: 'up', fromZero: true, good: true }],
    ['cpa', 3, 0, { text: '', direction: 'up', fromZero: true, good: false }],
    ['engagementRate', 0.04531, 0.04535, { text: '0.00 pp', direction: 'flat' }],
    // Under a point, as precise as the rate beside it (QA20: "3.58% ● 0.0 pp" hid a drop).
    ['audienceGrowth', 0.0358, 0.0363, { text: '-0.05 pp', direction: 'down', good: false }],
    ['followers', 100_040, 100_000, { text: '0%', direction: 'flat' }],
    ['posts', 3, undefined, undefined],
    ['budgetPacing.w', 1.1, 1, { text: '+10.0 pp', direction: 'up' }],
  ])('change of %s from %s to %s', (id, current, previous, change) => {
    expect(kpiChange(id, current, previous, 'en')).toEqual(change);
  });

  it('shows the change of rates too small for two decimals with two significant digits (review 36 L5)', () => {
    // 0.0017 % → 0.0042 % of negative feedback: up, not "0.00 pp".
    expect(kpiChange('negativeFeedbackRate', 0.000042, 0.000017, 'en')).toEqual({ text: '+0.0025 pp', direction: 'up', good: false });
    // Ordinary rates whose change rounds away stay flat.
    expect(kpiChange('bounceRate', 0.35811, 0.35812, 'en')).toEqual({ text: '0.00 pp', direction: 'flat' });
  });

  it('writes percentage points out in Bokmål (QA36)', () => {
    expect(kpiChange('bounceRate', 0.45, 0.4, 'nb')?.text).toBe('+5,0 prosentpoeng');
  });
});

describe('tiles and CSV export', () => {
  const snapshot = buildSnapshot(smallData(), examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'all' });

  it('has a tile for every KPI, per content type with data, per campaign', () => {
    const groups = tileIds(snapshot);
    expect(groups.map((g) => g.group)).toEqual(['audience', 'content', 'web', 'campaigns']);
    expect(groups[1]?.ids).toEqual(['posts', 'impressions', 'reach', 'engagements', 'engagementRate', 'engagementRate.photo', 'engagementRate.video', 'engagementRate.reel', 'engagementRate.link', 'engagementRate.other', 'ctr', 'negativeFeedbackRate']);
    expect(groups[3]?.ids.at(-1)).toBe('budgetPacing.winter-2027');
    // Every computed KPI has its tile, the overall pacing of one campaign too (it is the CLI's key as well).
    const all = groups.flatMap((g) => g.ids);
    expect(groups[3]?.ids.slice(-2)).toEqual(['budgetPacing', 'budgetPacing.winter-2027']);
    for (const id of Object.keys(snapshot.kpis)) expect(all).toContain(id);
  });

  it('shows the pacing of all campaigns together before each campaign\'s', () => {
    const two = { ...snapshot, campaigns: [...snapshot.campaigns, { ...snapshot.campaigns[0]!, id: 'spring' }] };
    expect(tileIds(two)[3]?.ids.slice(-3)).toEqual(['budgetPacing', 'budgetPacing.winter-2027', 'budgetPacing.spring']);
  });

  it('writes one CSV row per tile with raw numbers, the previous value, the goal and the currency', () => {
    const lines = snapshotCsv(snapshot).trim().split('\n');
    expect(lines[0]).toBe('kpi,channel,from,to,value,previous_from,previous_to,previous_value,goal_target,goal_due,goal_on_track,currency');
    expect(lines).toContain('followers,all,2027-01-01,2027-01-31,17600,2026-12-01,2026-12-31,,,,,');
    expect(lines).toContain('posts,all,2027-01-01,2027-01-31,6,2026-12-01,2026-12-31,,,,,');
    expect(lines).toContain(`roas,all,2027-01-01,2027-01-31,2.8,2026-12-01,2026-12-31,,3,2027-06-30,false,`);
    expect(lines.find((l) => l.startsWith('spend,all,'))).toMatch(/,NOK$/);
    const tiles = tileIds(snapshot).flatMap((g) => g.ids).length;
    expect(lines.slice(1, 1 + tiles).map((l) => l.split(',')[1])).toEqual(Array(tiles).fill('all'));
    expect(snapshotFileName(snapshot)).toBe('brandline-kpis-all-2027-01-01-2027-01-31.csv');
  });

  it('also writes the goals of other channels, as the panel lists them', () => {
    const lines = snapshotCsv(snapshot).trim().split('\n');
    for (const goal of snapshot.goals.filter((g) => g.channel !== 'all')) {
      expect(lines).toContain([goal.kpi, goal.channel, '2027-01-01', '2027-01-31', goal.value ?? '', '', '', '', goal.target, goal.due, goal.onTrack ?? '', ''].join(','));
    }
    expect(snapshot.goals.some((g) => g.channel !== 'all')).toBe(true);
  });

  it('writes a goal of the viewed channel whose KPI has no tile', () => {
    const plan = examplePlan();
    plan.goals = [...plan.goals, { id: 'reels', kpi: 'engagementRate.reel', channel: 'all', target: 0.1, due: '2027-06-30' }];
    const withGoal = buildSnapshot({ ...smallData(), posts: smallData().posts.filter((p) => p.contentType !== 'reel') }, plan, { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    expect(tileIds(withGoal).flatMap((g) => g.ids)).not.toContain('engagementRate.reel');
    const lines = snapshotCsv(withGoal).trim().split('\n');
    expect(lines).toContain('engagementRate.reel,all,2027-01-01,2027-01-31,,,,,0.1,2027-06-30,,');
    // Every goal of the plan is in the export once: a row with a goal target.
    expect(lines.slice(1).filter((l) => l.split(',')[8] !== '')).toHaveLength(withGoal.goals.length);
  });

  it('writes each campaign to date as the campaign table shows it, amounts with their currency', () => {
    const lines = snapshotCsv(snapshot).trim().split('\n');
    const campaign = snapshot.campaigns[0]!;
    expect(lines).toContain(`campaign.winter-2027.budget,instagram,${campaign.start},2027-01-31,${campaign.budget},,,,,,,NOK`);
    expect(lines).toContain(`campaign.winter-2027.spend,instagram,${campaign.start},2027-01-31,${campaign.spend},,,,,,,NOK`);
    expect(lines).toContain(`campaign.winter-2027.overspend,instagram,${campaign.start},2027-01-31,${campaign.overspend},,,,,,,`);
  });
});

describe('chart geometry', () => {
  it('scales linearly, and a flat domain sits in the middle', () => {
    expect(linearScale([0, 10], [100, 0])(2.5)).toBe(75);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it.each([
    [0, 30000, 3, [0, 10000, 20000, 30000]],
    [10012, 11873, 3, [10500, 11000, 11500]],
    [0, 1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [7, 7, 4, [7]],
  ])('ticks over %s…%s', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it.each([
    [2400, 11400, 3, [0, 2500, 5000, 7500, 10000, 12500]],
    [10012, 11873, 3, [10000, 10500, 11000, 11500, 12000]],
    [0, 30000, 3, [0, 10000, 20000, 30000]],
    [7, 7, 4, [7]],
  ])('ticks enclosing %s…%s', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count, true)).toEqual(ticks);
  });

  it.each([
    [[0, 10000, 20000, 30000], 'en', ['0', '10K', '20K', '30K']],
    // More than one decimal in compact form reads as a decimal number: the plain number (QA36).
    [[5100, 5125, 5150, 5175], 'en', ['5,100', '5,125', '5,150', '5,175']],
    [[4100, 4125, 4150], 'nb', ['4\u00a0100', '4\u00a0125', '4\u00a0150']],
    [[10500, 11000, 11500], 'en', ['10.5K', '11K', '11.5K']],
    [[5100.25, 5100.5], 'en', ['5,100.25', '5,100.5']],
  ])('axis labels for %j stay apart', (ticks, locale, labels) => {
    expect(tickLabels(ticks, locale)).toEqual(labels);
  });

  it('leaves room left of the plot for the longest axis label', () => {
    expect(axisLeft(['0', '10K', '20K'], 44)).toBe(44);
    expect(axisLeft(['1,234,500', '1,234,600'], 44)).toBe(8 + Math.ceil(6.6 * 9));
  });

  it('draws rounded paths and thins long series keeping both ends', () => {
    expect(linePath([{ x: 1.234, y: 5 }, { x: 10, y: 2.06 }])).toBe('M1.2,5L10,2.1');
    const thinned = thin(Array.from({ length: 1000 }, (_, i) => i), 5);
    expect(thinned).toEqual([0, 250, 500, 749, 999]);
  });
});

describe('CSV cells', () => {
  it.each<[string | number | boolean | undefined, string]>([
    ['winter-2027', 'winter-2027'],
    ['=HYPERLINK("https://evil.example","Open")', `"'=HYPERLINK(""https://evil.example"",""Open"")"`],
    ['=1+2', "'=1+2"],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    [-0.2, '-0.2'],
    [true, 'true'],
    [undefined, ''],
  ])('%j is written %j', (value, written) => expect(cell(value)).toBe(written));
});
