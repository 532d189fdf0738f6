import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { UsageError, type CliIO } from '../io';

const FIXTURES = 'tests/fixtures/metrics';

function fakeIO(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const read = (path: string): Buffer => {
    if (path in files) return Buffer.from(files[path]!);
    try {
      return readFileSync(path);
    } catch {
      throw new UsageError(`${path}: no such file`);
    }
  };
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readText: async (p) => read(p).toString('utf8'),
    readBytes: async (p) => new Uint8Array(read(p)),
    color: false,
    terminal: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const plan = ['--plan', 'samples/plan.example.json'];
const imports = (...names: string[]) => names.flatMap((n) => ['--import', join(FIXTURES, n)]);

describe('brandline kpi', () => {
  it('without --channel: every channel with data plus all, over all the data (worked by hand)', async () => {
    const { io, out, err } = fakeIO();
    const code = await main(['kpi', ...plan, ...imports('followers.csv', 'campaign-results.csv')], io);
    expect(code).toBe(0);
    const result = JSON.parse(out()) as Record<string, Record<string, number>>;
    expect(Object.keys(result)).toEqual(['x', 'facebook', 'instagram', 'all']);
    // Data spans 1–31 Jan. Instagram 10,000 → 10,600; Facebook 4,000 → 4,100; X one snapshot of 2,500.
    expect(result.x).toEqual({ followers: 2500 });
    expect(result.facebook).toEqual({ followers: 4100, audienceGrowth: 0.025 });
    const pacing = 1800 / ((30000 * 27) / 55); // 5–31 Jan of the 55-day campaign
    expect(result.instagram).toMatchObject({ followers: 10600, spend: 1800, revenue: 3600, roi: 2, roas: 3, cpa: 100 });
    expect(result.instagram?.audienceGrowth).toBeCloseTo(0.06, 12);
    expect(result.instagram?.cpc).toBeCloseTo(1200 / 550, 12);
    expect(result.instagram?.['budgetPacing.winter-2027']).toBeCloseTo(pacing, 12);
    expect(result.all).toMatchObject({ followers: 17200, audienceGrowth: 0.05, spend: 1800 });
    expect(result.all?.posts).toBeUndefined();
    expect(err()).toBe('');
  });

  it('--channel, --from and --to narrow the answer', async () => {
    const { io, out } = fakeIO();
    const code = await main(['kpi', ...plan, ...imports('meta-instagram-posts.csv'), '--channel', 'instagram', '--from', '2027-01-01', '--to', '2027-01-31'], io);
    expect(code).toBe(0);
    // Two posts in January: 2,400 + 12,000 views; reach 1,800 + 9,000; engagements (120+14+6+22) + (640+52+85+130).
    expect(JSON.parse(out())).toEqual({
      instagram: {
        posts: 2,
        impressions: 14400,
        reach: 10800,
        engagements: 162 + 907,
        engagementRate: (162 + 907) / 10800,
        'engagementRate.photo': 162 / 1800,
        'engagementRate.reel': 907 / 9000,
      },
    });
  });

  it.each([
    ['only --to, before the data', ['--to', '2026-12-31']],
    ['only --from, after the data', ['--from', '2027-06-01']],
  ])('%s: a valid, empty range (exit 0, no posts), not "from after to"', async (_name, range) => {
    const { io, out, err } = fakeIO();
    const code = await main(['kpi', ...plan, ...imports('meta-instagram-posts.csv'), '--channel', 'instagram', ...range], io);
    // Said, so that an empty result is not read as a quiet month (QA26).
    expect(err()).toMatch(/^tests\/fixtures\/metrics\/meta-instagram-posts\.csv: none of its 4 posts was published in \S+ … \S+\n$/);
    expect(code).toBe(0);
    expect(JSON.parse(out())).toEqual({ instagram: { posts: 0 } });
  });

  it('importing the same file twice counts it once', async () => {
    const once = fakeIO();
    const twice = fakeIO();
    await main(['kpi', ...plan, ...imports('meta-facebook-posts.csv')], once.io);
    await main(['kpi', ...plan, ...imports('meta-facebook-posts.csv', 'meta-facebook-posts.csv')], twice.io);
    expect(twice.out()).toBe(once.out());
  });

  it('says on stderr when a post is on several rows with different numbers: the last row is kept (QA25)', async () => {
    const [header, first] = readFileSync(join(FIXTURES, 'meta-facebook-posts.csv'), 'utf8').split(/\r?\n/);
    const day = (views: string) => first!.replace('Lifetime,"5,000"', `01/07/2027,"${views}"`);
    const { io, out, err } = fakeIO({ 'daily.csv': [header, day('1,000'), day('500'), day('200'), ''].join('\n') });
    expect(await main(['kpi', ...plan, '--import', 'daily.csv', '--channel', 'facebook'], io)).toBe(0);
    expect(err()).toBe('daily.csv: 1 post was on several rows with different numbers; the last row of each was kept (Brandline reads one row per post, with its lifetime totals)\n');
    expect(JSON.parse(out()).facebook.impressions).toBe(200);
    // The same row twice is no such post.
    const same = fakeIO({ 'twice.csv': [header, first, first, ''].join('\n') });
    expect(await main(['kpi', ...plan, '--import', 'twice.csv', '--channel', 'facebook'], same.io)).toBe(0);
    expect(same.err()).toBe('');
  });

  it('says on stderr which value that reads both ways it read as a decimal (QA29 M2)', async () => {
    const csv = 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-10,"1,500","1,234",2,"12,50"\nwinter-2027,2027-01-11,"2,250",5,1,"3,000"\n';
    const { io, err } = fakeIO({ 'amb.csv': csv });
    expect(await main(['kpi', ...plan, '--import', 'amb.csv', '--channel', 'all', '--from', '2027-01-01', '--to', '2027-01-31'], io)).toBe(0);
    expect(err()).toBe('amb.csv: line 2, column "spend": "1,500" was read as 1.5, because this file writes decimals with a comma elsewhere (and 2 more values like it); if it means 1500, write numbers without a thousands separator\n');
  });

  it('says on stderr when a channel day has two different follower counts: the last row is kept (rev31 F7)', async () => {
    const followers = 'channel,date,followers\nx,2027-01-01,100\nx,2027-01-01,200\nx,2027-01-31,210\n';
    const { io, out, err } = fakeIO({ 'followers.csv': followers });
    expect(await main(['kpi', ...plan, '--import', 'followers.csv', '--channel', 'x', '--from', '2027-01-01', '--to', '2027-01-31'], io)).toBe(0);
    expect(err()).toBe('followers.csv: 1 channel day was on several rows with different follower counts; the last row of each was kept\n');
    expect(JSON.parse(out()).x.audienceGrowth).toBe(0.05);
    const same = fakeIO({ 'twice.csv': 'channel,date,followers\nx,2027-01-01,100\nx,2027-01-01,100\n' });
    expect(await main(['kpi', ...plan, '--import', 'twice.csv', '--channel', 'x'], same.io)).toBe(0);
    expect(same.err()).toBe('');
  });

  it('says on stderr when a GA4 range download shares days with an earlier file: both count, as SPEC §5 says', async () => {
    const january = readFileSync(join(FIXTURES, 'ga4-traffic-acquisition.csv'), 'utf8');
    const later = january.replace('# Start date: 20270101', '# Start date: 20270115').replace('# End date: 20270131', '# End date: 20270214');
    const { io, out, err } = fakeIO({ 'jan.csv': january, 'mid.csv': later });
    expect(await main(['kpi', ...plan, '--import', 'jan.csv', '--import', 'mid.csv', '--channel', 'facebook', '--from', '2027-01-01', '--to', '2027-02-28'], io)).toBe(0);
    expect(err()).toBe(
      'mid.csv: its web sessions share days with those of an earlier file for 2027-01-01 … 2027-01-31; a GA4 download without a Date column counts in every KPI range that holds its whole range, so a range that holds both counts the shared days twice (download GA4 reports with the Date dimension to count each day once)\n',
    );
    expect(JSON.parse(out()).facebook.sessions).toBe(1500);
    // The same download twice replaces: no overlap, counted once.
    const same = fakeIO({ 'jan.csv': january, 'again.csv': january });
    expect(await main(['kpi', ...plan, '--import', 'jan.csv', '--import', 'again.csv', '--channel', 'facebook'], same.io)).toBe(0);
    expect(same.err()).toBe('');
    expect(JSON.parse(same.out()).facebook.sessions).toBe(750);
  });

  it('says on stderr when a GA4 download is left out because its range is not inside the one asked for (QA26)', async () => {
    const { io, out, err } = fakeIO();
    expect(await main(['kpi', ...plan, ...imports('ga4-traffic-acquisition.csv'), '--from', '2027-01-02', '--to', '2027-01-31'], io)).toBe(0);
    expect(err()).toBe(
      'tests/fixtures/metrics/ga4-traffic-acquisition.csv: its range 2027-01-01 … 2027-01-31 is not inside 2027-01-02 … 2027-01-31, so its 6 web-session rows are not counted (a GA4 download without a Date column counts only in a range that holds its whole range)\n',
    );
    expect(JSON.parse(out()).all).toEqual({});
  });

  it('says on stderr when the last row may have been cut off (no line break after a short row; QA26)', async () => {
    const whole = readFileSync(join(FIXTURES, 'meta-instagram-posts.csv'), 'utf8').trimEnd();
    const { io, err } = fakeIO({ 'cut.csv': whole.slice(0, whole.lastIndexOf(',Lifetime,') + 12) });
    expect(await main(['kpi', ...plan, '--import', 'cut.csv', '--channel', 'instagram'], io)).toBe(0);
    expect(err()).toMatch(/^cut\.csv: the last line \(\d+\) has 12 cells where the line before it has 18, and no line break after it; if the download was cut off, its figures are low: download it again\n$/);
  });

  it('says on stderr which KPI columns a trimmed export lacks (QA36)', async () => {
    const csv = 'Post ID,Publish time,Post type,Views,Likes,Comments,Shares\n1804,01/15/2027 08:30,IG image,500,40,2,1\n';
    const { io, err } = fakeIO({ 'trimmed.csv': csv });
    expect(await main(['kpi', ...plan, '--import', 'trimmed.csv', '--channel', 'instagram'], io)).toBe(0);
    expect(err()).toBe('trimmed.csv: lacks the columns "Reach", "Saves": the KPIs that use them are computed without them (engagement rate per view, not per account reached); export every column to count them\n');
  });

  it('says on stderr when a later file gives a post with other numbers: the last --import wins (QA26)', async () => {
    const week1 = readFileSync(join(FIXTURES, 'meta-instagram-posts.csv'), 'utf8');
    const week2 = week1.replace('"2,400",1800,120', '"2,400",1800,150');
    const { io, out, err } = fakeIO({ 'week1.csv': week1, 'week2.csv': week2 });
    expect(await main(['kpi', ...plan, '--import', 'week1.csv', '--import', 'week2.csv', '--channel', 'instagram'], io)).toBe(0);
    expect(err()).toBe("week2.csv: 1 post an earlier file gave with other numbers; this file's was kept (the last --import wins)\n");
    const again = fakeIO({ 'week1.csv': week1, 'again.csv': week1 });
    await main(['kpi', ...plan, '--import', 'week1.csv', '--import', 'again.csv', '--channel', 'instagram'], again.io);
    expect(again.err()).toBe('');
    expect(JSON.parse(out()).instagram.engagements).toBeGreaterThan(JSON.parse(again.out()).instagram.engagements);
  });

  it('says on stderr when results belong to a campaign the plan does not list: they count for all only (QA26)', async () => {
    const { io, out, err } = fakeIO({ 'c.csv': 'campaign,date,spend,clicks,conversions,revenue\nnope-campaign,2027-01-10,200,,,\nwinter-2027,2027-01-10,100,,,\n' });
    expect(await main(['kpi', ...plan, '--import', 'c.csv'], io)).toBe(0);
    expect(err()).toBe('campaign "nope-campaign" is not in the plan: its results count for all only\n');
    const result = JSON.parse(out());
    expect([result.instagram.spend, result.all.spend]).toEqual([100, 300]);
  });

  it('prints money in the currency of the results counted, when the plan has campaigns in two (QA36)', async () => {
    const example = JSON.parse(readFileSync('samples/plan.example.json', 'utf8'));
    const mixed = { ...example, campaigns: [...example.campaigns, { id: 'spring', name: 'Spring', channel: 'x', budget: 500, currency: 'EUR', start: '2027-01-01', end: '2027-01-31' }] };
    const { io, out } = fakeIO({ 'plan.json': JSON.stringify(mixed), 'c.csv': 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,1900,10,1,300\n' });
    expect(await main(['kpi', '--plan', 'plan.json', '--import', 'c.csv', '--channel', 'all', '--format', 'text'], io)).toBe(0);
    expect(out()).toMatch(/^ {2}spend +NOK 1,900$/m);
  });

  it('says on stderr how many rows were repeats counted once, and still exits 0', async () => {
    const text = 'date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n2027-01-05,facebook,/shop,100,50,20,1,30\n2027-01-05,facebook,/shop,100,50,20,1,30\n';
    const { io, out, err } = fakeIO({ 'web.csv': text });
    expect(await main(['kpi', ...plan, '--import', 'web.csv', '--channel', 'facebook'], io)).toBe(0);
    expect(err()).toBe('web.csv: 1 row repeated another row cell for cell and was counted once\n');
    expect(JSON.parse(out()).facebook.sessions).toBe(100);
  });

  it('says on stderr how many template rows had no data and were skipped', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-02,\n';
    const { io, out, err } = fakeIO({ 'f.csv': text });
    expect(await main(['kpi', ...plan, '--import', 'f.csv', '--channel', 'x'], io)).toBe(0);
    expect(err()).toBe('f.csv: 1 row had no data (an empty followers, sessions or spend cell) and was skipped\n');
    expect(JSON.parse(out()).x.followers).toBe(10);
  });

  it('says on stderr why the money KPIs are left out when the campaigns mix currencies', async () => {
    const example = JSON.parse(readFileSync('samples/plan.example.json', 'utf8'));
    const mixed = { ...example, campaigns: [...example.campaigns, { id: 'spring', name: 'Spring', channel: 'facebook', budget: 500, currency: 'EUR', start: '2027-01-01', end: '2027-01-31' }] };
    const text = 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,100,10,1,300\nspring,2027-01-05,50,5,1,100\n';
    const { io, out, err } = fakeIO({ 'plan.json': JSON.stringify(mixed), 'c.csv': text });
    expect(await main(['kpi', '--plan', 'plan.json', '--import', 'c.csv'], io)).toBe(0);
    expect(err()).toBe('all: spend, revenue, roi, roas, cpc and cpa are left out: its campaigns are in EUR and NOK, which do not add up\n');
    const result = JSON.parse(out());
    expect(result.all.spend).toBeUndefined();
    expect([result.facebook.spend, result.instagram.spend]).toEqual([50, 100]);
  });

  it('prints a text table with --format text', async () => {
    const { io, out } = fakeIO();
    expect(await main(['kpi', ...plan, ...imports('followers.csv'), '--channel', 'x', '--format', 'text'], io)).toBe(0);
    expect(out()).toBe(
      [
        'KPIs 2027-01-01 … 2027-01-31',
        '',
        'x',
        '  followers  2,500',
        '',
        // The plan's goals against the same range, as the side panel lists them (QA20): Instagram
        // grew 600 in 30 days, 150 more days at that pace reach 13,600 by 30 June.
        'goals',
        '  followers · instagram  10,600 / 12,000 by 2027-06-30 · on track (13,600 projected)',
        '  engagementRate · all   — / 4.50% by 2027-06-30 · no data',
        '  conversionRate · all   — / 2.00% by 2027-06-30 · no data',
        '  roas · all             — / 3.00× by 2027-06-30 · no data',
        '',
      ].join('\n'),
    );
    // The JSON stays the SPEC's shape: channels only.
    const json = fakeIO();
    expect(await main(['kpi', ...plan, ...imports('followers.csv'), '--channel', 'x'], json.io)).toBe(0);
    expect(Object.keys(JSON.parse(json.out()))).toEqual(['x']);
  });

  it('says of a goal due before the range that it was not met in time, not "met" (QA36)', async () => {
    const { io, out } = fakeIO();
    expect(await main(['kpi', ...plan, ...imports('followers.csv'), '--from', '2027-07-01', '--to', '2027-07-31', '--format', 'text'], io)).toBe(0);
    expect(out()).toContain('  followers · instagram  10,600 / 12,000 by 2027-06-30 · not reached; its due date has passed\n');
  });

  it('reads money, shares, multiples and pacing like the side panel, with plain spaces', async () => {
    const { io, out } = fakeIO();
    expect(await main(['kpi', ...plan, ...imports('campaign-results.csv'), '--channel', 'instagram', '--format', 'text'], io)).toBe(0);
    const text = out();
    expect(text).not.toMatch(/\u00a0/);
    expect(text).toMatch(/^ {2}spend +NOK 1,800$/m);
    expect(text).toMatch(/^ {2}cpc +NOK 2\.18$/m);
    expect(text).toMatch(/^ {2}roi +\d+\.\d%$/m);
    expect(text).toMatch(/^ {2}roas +\d\.\d\d×$/m);
    expect(text).toMatch(/^ {2}budgetPacing\.winter-2027 +\d+\.\d%$/m);
  });

  it('writes each channel\'s amounts in its campaigns\' currency when the plan has several', async () => {
    const example = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { campaigns: { id: string; channel: string; currency: string }[] };
    example.campaigns.push({ ...example.campaigns[0]!, id: 'fb-eur', name: 'FB in euro', channel: 'facebook', currency: 'EUR' } as never);
    const { io, out } = fakeIO({ 'plan2.json': JSON.stringify(example) });
    expect(await main(['kpi', '--plan', 'plan2.json', ...imports('campaign-results.csv'), '--channel', 'instagram', '--format', 'text'], io)).toBe(0);
    expect(out()).toMatch(/^ {2}spend +NOK 1,800$/m);
  });

  it.each([
    ['no --plan', ['kpi', ...imports('followers.csv')], /--plan is required/],
    ['files from a shell pattern', ['kpi', ...plan, '--import', 'a.csv', 'b.csv'], /^brandline kpi: each file needs its own --import \(got "b\.csv" without one/],
    ['no --import', ['kpi', ...plan], /at least one --import FILE is required/],
    ['a bad channel', ['kpi', ...plan, ...imports('followers.csv'), '--channel', 'tiktok'], /--channel: expected x, facebook, instagram, all, got "tiktok"/],
    ['a bad date', ['kpi', ...plan, ...imports('followers.csv'), '--from', '2027-13-01'], /--from: expected a date written YYYY-MM-DD, got "2027-13-01"/],
    ['from after to', ['kpi', ...plan, ...imports('followers.csv'), '--from', '2027-02-01', '--to', '2027-01-01'], /--from 2027-02-01 is after --to 2027-01-01/],
    ['an unknown option', ['kpi', ...plan, '--frm', '2027-01-01'], /unknown option --frm — did you mean --from\?/],
    ['a missing file', ['kpi', ...plan, '--import', 'nope.csv'], /nope.csv: no such file/],
    ['an unknown file', ['kpi', ...plan, '--import', 'bad.csv'], /bad.csv: not a file Brandline can import/],
    ['a file lacking columns', ['kpi', ...plan, '--import', 'cols.csv'], /cols.csv: looks like a Brandline followers template, but the header row on line 1 lacks the column "followers"/],
    ['a broken plan, worded as `check` words it', ['kpi', '--plan', 'plan.json', ...imports('followers.csv')], /^brandline kpi: plan\.json is not a valid brand plan:\n {2}.*not valid JSON/],
    ['a plan given twice', ['kpi', '--plan', 'plan.json', ...plan, ...imports('followers.csv')], /--plan given twice/],
    ['a channel given twice', ['kpi', ...plan, ...imports('followers.csv'), '--channel', 'x', '--channel', 'facebook'], /--channel given twice/],
    ['the plan and an import both on standard input', ['kpi', '--plan', '-', '--import', '-'], /only one of the plan and the imports can be read from standard input/],
  ])('exits 2 with the message on stderr for %s', async (_name, argv, message) => {
    const { io, out, err } = fakeIO({ 'bad.csv': 'a,b\n1,2\n', 'cols.csv': 'channel,date\nx,2027-01-01\n', 'plan.json': '{"schema": ' });
    expect(await main(argv, io)).toBe(2);
    expect(err()).toMatch(message);
    expect(out()).toBe('');
  });

  // `check` calls "-" standard input; so does `kpi` (it said "-: not a file Brandline can import").
  it.each([
    ['a bad plan', ['kpi', '--plan', '-', ...imports('followers.csv')], '{"schema": ', /^brandline kpi: standard input is not a valid brand plan:\n {2}.*not valid JSON/],
    ['an unknown file', ['kpi', ...plan, '--import', '-'], 'a,b\n1,2\n', /^brandline kpi: standard input: not a file Brandline can import/],
    ['a bad row', ['kpi', ...plan, '--import', '-'], 'channel,date,followers\nx,2027-01-01,ten\n', /^brandline kpi: standard input: line 2: column "followers"/],
  ])('names standard input as such: %s', async (_name, argv, stdin, message) => {
    const { io, out, err } = fakeIO({ '-': stdin });
    expect(await main(argv, io)).toBe(2);
    expect(err()).toMatch(message);
    expect(out()).toBe('');
  });
});
