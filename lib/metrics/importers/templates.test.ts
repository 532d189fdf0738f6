import { describe, expect, it } from 'vitest';
import { examplePlan, fixtureBytes, fixtureText, utf8, withLineAt } from '../../../tests/fixtures/metrics/load';
import { ImportError, importMetricsFile } from '../import';

describe('Brandline CSV templates', () => {
  it('followers: any column order, "10,000"', async () => {
    const result = await importMetricsFile({ name: 'followers.csv', bytes: fixtureBytes('followers.csv') });
    expect(result.kind).toBe('followers');
    expect(result.data.snapshots).toEqual([
      { channel: 'instagram', date: '2027-01-01', followers: 10000 },
      { channel: 'instagram', date: '2027-01-31', followers: 10600 },
      { channel: 'facebook', date: '2027-01-01', followers: 4000 },
      { channel: 'facebook', date: '2027-01-31', followers: 4100 },
      { channel: 'x', date: '2027-01-15', followers: 2500 },
    ]);
  });

  it('posts: extra column ignored, campaign name → plan id', async () => {
    const result = await importMetricsFile({ name: 'posts.csv', bytes: fixtureBytes('posts.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('posts');
    expect(result.data.posts).toEqual([
      { channel: 'instagram', postId: 'ig-101', publishedAt: '2027-01-08T00:00:00.000Z', contentType: 'photo', impressions: 1000, reach: 800, reactions: 60, comments: 10, shares: 5, saves: 5, campaignId: 'winter-2027' },
      { channel: 'facebook', postId: 'fb-201', publishedAt: '2027-01-09T12:00:00.000Z', contentType: 'link', impressions: 2000, reactions: 40, comments: 5, shares: 5, linkClicks: 30, negativeFeedback: 2 },
      { channel: 'x', postId: 'x-301', publishedAt: '2027-01-10T08:00:00.000Z', contentType: 'text', impressions: 500, reactions: 10, comments: 2, shares: 3, linkClicks: 4 },
    ]);
  });

  it('web sessions: source before " / ", empty cells absent', async () => {
    const result = await importMetricsFile({ name: 'web.csv', bytes: fixtureBytes('web-sessions.csv') });
    expect(result.kind).toBe('web-sessions');
    expect(result.data.sessions).toEqual([
      { date: '2027-01-08', source: 'instagram', landingPage: '/winter', sessions: 100, engagedSessions: 70, conversions: 4, revenue: 800 },
      { date: '2027-01-08', source: 'facebook', landingPage: '/winter', sessions: 50, bounces: 10, conversions: 1 },
      { date: '2027-01-09', source: 'newsletter', landingPage: '/', sessions: 30, engagedSessions: 20, bounces: 10, conversions: 1, revenue: 100 },
    ]);
  });

  it('campaign results: id or plan name', async () => {
    const result = await importMetricsFile({ name: 'campaign.csv', bytes: fixtureBytes('campaign-results.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('campaign-results');
    expect(result.data.campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 500, clicks: 250, conversions: 5, revenue: 1500 },
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 700, clicks: 300, revenue: 2100 },
      { campaignId: 'winter-2027', date: '2027-01-07', spend: 600, conversions: 6 },
    ]);
  });

  it('campaign results split by ad set add up; a row repeated cell for cell counts once', async () => {
    const text = 'campaign,ad_set,date,spend,clicks,conversions,revenue\nwinter-2027,Oslo,2027-01-05,100,10,,300\nwinter-2027,Bergen,2027-01-05,200,,,500\nwinter-2027,Bergen,2027-01-05,200,,,500\n';
    const result = await importMetricsFile({ name: 'adsets.csv', bytes: utf8(text) }, { plan: examplePlan() });
    expect(result.data.campaignResults).toEqual([{ campaignId: 'winter-2027', date: '2027-01-05', spend: 300, clicks: 10, revenue: 800, spendWith: { clicks: 100 } }]);
    // Said, not silent: the options page shows how many rows were repeats.
    expect(result.repeated).toBe(1);
  });

  it('reads a campaign named with a hashtag, quoted or not (# is data in a template)', async () => {
    const plan = examplePlan();
    plan.campaigns[0]!.name = '#NordlysWinter';
    const text = 'campaign,date,spend,clicks,conversions,revenue\n"#NordlysWinter",2027-01-05,100,,,\n#NordlysWinter,2027-01-06,200,,,\nwinter-2027,2027-01-07,50,,,\n';
    const result = await importMetricsFile({ name: 'hash.csv', bytes: utf8(text) }, { plan });
    expect(result.data.campaignResults.map((r) => [r.campaignId, r.spend])).toEqual([['winter-2027', 100], ['winter-2027', 200], ['winter-2027', 50]]);
  });

  it('campaign rows in blocks under rule lines add up across the blocks (rev14)', async () => {
    const block = (adSet: string, spend: number) => `# ----------------------------------------\ncampaign,ad_set,date,spend,clicks,conversions,revenue\nwinter-2027,${adSet},2027-01-05,${spend},,,\n`;
    const result = await importMetricsFile({ name: 'blocks.csv', bytes: utf8(`${block('Oslo', 100)}\n${block('Bergen', 40)}`) }, { plan: examplePlan() });
    expect(result.data.campaignResults.map((r) => r.spend)).toEqual([140]);
  });

  it('web sessions: a row repeated cell for cell counts once', async () => {
    const text = 'date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n2027-01-05,facebook,/shop,100,50,20,1,30\n2027-01-05,facebook,/shop,100,50,20,1,30\n';
    const result = await importMetricsFile({ name: 'web.csv', bytes: utf8(text) });
    expect(result.data.sessions.map((r) => r.sessions)).toEqual([100]);
  });

  // SPEC §5: a broken file is refused with its bad line named, and nothing of it is stored.
  it.each([
    ['followers.csv', 7, '2027-02-30,2600,x', 'followers.csv: line 7: column "date": expected a date (YYYY-MM-DD), got "2027-02-30" — nothing from this file was imported'],
    ['posts.csv', 5, 'ig-102,instagram,2027-01-11,gif,100,80,1,1,1,1,,,,', 'posts.csv: line 5: column "content_type": expected one of text, photo,'],
    ['campaign-results.csv', 5, 'winter-2027,2027-01-08,nothing,10,1,10', 'campaign-results.csv: line 5: column "spend": expected a number, got "nothing" — nothing from this file'],
  ])('%s with a bad row on line %i is refused, naming the line and the column', async (name, at, bad, message) => {
    const bytes = utf8(withLineAt(fixtureText(name), at, bad));
    const error = await importMetricsFile({ name, bytes }, { plan: examplePlan() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message.startsWith(message), (error as ImportError).message).toBe(true);
    expect((error as ImportError).details).toMatchObject({ line: at });
  });

  it('lists the other bad lines too, so they can all be corrected at once', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-02,ten\nx,2027-13-01,12\nx,2027-01-04,13\ntiktok,2027-01-05,14\n';
    await expect(importMetricsFile({ name: 'f.csv', bytes: utf8(text) })).rejects.toThrow(
      /^f\.csv: line 3: column "followers": expected a number, got "ten" \(also bad: lines 4, 6\) — nothing from this file was imported; correct it and import the file again$/,
    );
  });

  it('quotes a bad channel or content type as the file writes it', async () => {
    await expect(importMetricsFile({ name: 'f.csv', bytes: utf8('channel,date,followers\nTikTok,2027-01-05,14\n') })).rejects.toThrow(/line 2: column "channel": expected one of .*, got "TikTok"/);
    await expect(importMetricsFile({ name: 'f.csv', bytes: utf8('channel,date,followers\nconstructor,2027-01-05,14\n') })).rejects.toThrow(/line 2: column "channel": expected one of .*, got "constructor"/);
    await expect(importMetricsFile({ name: 'f.csv', bytes: utf8('channel,date,followers\n__proto__,2027-01-05,14\n') })).rejects.toThrow(/line 2: column "channel": expected one of .*, got "__proto__"/);
    const posts = 'channel,post_id,published_at,content_type,impressions,reach,reactions,comments,shares,saves,link_clicks,negative_feedback,campaign\nx,1,2027-01-05T10:00:00Z,Carousel Album,,,,,,,,,\n';
    await expect(importMetricsFile({ name: 'p.csv', bytes: utf8(posts) })).rejects.toThrow(/line 2: column "content_type": expected one of .*, got "Carousel Album"/);
  });

  it('campaign results saved by Norwegian Excel: ; with decimal commas, "1,500" is one and a half', async () => {
    const text = 'sep=;\ncampaign;date;spend;clicks;conversions;revenue\nwinter-2027;2027-01-05;1 487,50;12;1;0,125\nwinter-2027;2027-01-06;1,500;3;;\n';
    const result = await importMetricsFile({ name: 'kampanje.csv', bytes: utf8(text) }, { plan: examplePlan() });
    expect(result.data.campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 1487.5, clicks: 12, conversions: 1, revenue: 0.125 },
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 1.5, clicks: 3 },
    ]);
  });

  it('counts stay whole in a Norwegian file: "1,500" followers are fifteen hundred', async () => {
    const text = 'channel;date;followers\ninstagram;2027-01-01;1,500\ninstagram;2027-01-02;1 510\n';
    const result = await importMetricsFile({ name: 'følgere.csv', bytes: utf8(text) });
    expect(result.data.snapshots.map((s) => s.followers)).toEqual([1500, 1510]);
  });

  it('an English export keeps "1,500" as fifteen hundred', async () => {
    const text = 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,"1,500",12,1,99.90\n';
    const result = await importMetricsFile({ name: 'campaign.csv', bytes: utf8(text) }, { plan: examplePlan() });
    expect(result.data.campaignResults).toEqual([{ campaignId: 'winter-2027', date: '2027-01-05', spend: 1500, clicks: 12, conversions: 1, revenue: 99.9 }]);
  });

  // SPEC §5: template dates are YYYY-MM-DD; "01/02/2027" is 2 January or 1 February depending on who wrote it.
  it.each([
    ['followers', 'channel,date,followers\nx,2027-01-15,110\nx,01/02/2027,100\n', 'line 3: column "date": expected a date (YYYY-MM-DD), got "01/02/2027"'],
    ['web sessions', 'date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n20270105,x,/,5,,,,\n', 'line 2: column "date": expected a date (YYYY-MM-DD), got "20270105"'],
    ['posts', 'channel,post_id,published_at,content_type,impressions,reach,reactions,comments,shares,saves,link_clicks,negative_feedback,campaign\nx,1,1/5/2027 9:07,text,,,,,,,,,\n', 'line 2: column "published_at": expected a date and time (YYYY-MM-DD HH:MM), got "1/5/2027 9:07"'],
  ])('%s template: a date that is not YYYY-MM-DD is refused, not guessed', async (_kind, text, message) => {
    await expect(importMetricsFile({ name: 't.csv', bytes: utf8(text) })).rejects.toThrow(`t.csv: ${message}`);
  });

  // A count is whole (QA10: "1,5" followers were read as 1.5); conversions may be split by attribution.
  it.each([
    ['followers', 'channel,date,followers\nx,2027-01-03,10\nx,2027-01-04,"1,5"\n', 'line 3: column "followers": expected a whole number, got "1,5"'],
    ['clicks with a decimal point', 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,100,10.5,1,50\n', 'line 2: column "clicks": expected a whole number, got "10.5"'],
    ['a share in a count column', 'date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n2027-01-05,x,/,5,40%,,,\n', 'line 2: column "engaged_sessions": expected a whole number, got "40%"'],
    ['money that reads as Infinity', 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,100,10,1,1e400\n', 'line 2: column "revenue": expected a number, got "1e400"'],
  ])('%s is refused', async (_what, text, message) => {
    await expect(importMetricsFile({ name: 'w.csv', bytes: utf8(text) }, { plan: examplePlan() })).rejects.toThrow(`w.csv: ${message}`);
  });

  it('conversions may have decimals (attributed conversions), counts written "12.0" are whole', async () => {
    const text = 'campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,100,12.0,2.5,50\n';
    const result = await importMetricsFile({ name: 'c.csv', bytes: utf8(text) }, { plan: examplePlan() });
    expect(result.data.campaignResults).toEqual([{ campaignId: 'winter-2027', date: '2027-01-05', spend: 100, clicks: 12, conversions: 2.5, revenue: 50 }]);
  });

  it.each([
    ['a stray comma shifts the columns', 'channel,date,followers\nx,2027-01-01,10,5\n', 'line 2: 4 cells where the header row has 3 (a comma or semicolon inside a value that is not quoted shifts the columns)'],
  ])('%s', async (_name, text, message) => {
    await expect(importMetricsFile({ name: 'r.csv', bytes: utf8(text) })).rejects.toThrow(`r.csv: ${message}`);
  });

  it('"empty cell = no data": a row without its value and without any other number is skipped, and counted', async () => {
    // Line 4 was cut off after its date: read like an empty cell. One cut off before its date still fails on it.
    const followers = await importMetricsFile({ name: 'f.csv', bytes: utf8('channel,date,followers\nx,2027-01-01,10\nx,2027-01-02,\nx,2027-01-03\nx,2027-01-04,-\nx,2027-01-05,12\n') });
    await expect(importMetricsFile({ name: 'cut.csv', bytes: utf8('channel,date,followers\nx,2027-01-01,10\nx\n') })).rejects.toThrow('cut.csv: line 3: column "date"');
    expect(followers.data.snapshots.map((s) => s.date)).toEqual(['2027-01-01', '2027-01-05']);
    expect([followers.rows, followers.empty]).toEqual([5, 3]);
    const sessions = await importMetricsFile({ name: 'w.csv', bytes: utf8('date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n2027-01-05,facebook,/shop,,,,,\n2027-01-06,facebook,/shop,10,,,,\n') });
    expect([sessions.data.sessions.length, sessions.empty]).toEqual([1, 1]);
    const spend = await importMetricsFile({ name: 'c.csv', bytes: utf8('campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,,,,\n') }, { plan: examplePlan() });
    expect([spend.data.campaignResults.length, spend.empty]).toEqual([0, 1]);
    // The key cells still have to be right, and other numbers need the value they go with.
    await expect(importMetricsFile({ name: 'k.csv', bytes: utf8('channel,date,followers\ntiktok,2027-01-02,\n') })).rejects.toThrow('k.csv: line 2: column "channel"');
    await expect(importMetricsFile({ name: 'n.csv', bytes: utf8('date,source,landing_page,sessions,engaged_sessions,bounces,conversions,revenue\n2027-01-05,facebook,/shop,,,,3,\n') })).rejects.toThrow('n.csv: line 2: column "sessions": no number');
    await expect(importMetricsFile({ name: 's.csv', bytes: utf8('campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,,12,,\n') }, { plan: examplePlan() })).rejects.toThrow('s.csv: line 2: column "spend": no number');
  });

  it('trailing delimiters, and short rows where Excel left empty last columns out, are read', async () => {
    const result = await importMetricsFile({ name: 'c.csv', bytes: utf8('campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-05,500,,,\nwinter-2027,2027-01-06,700\nwinter-2027,2027-01-07,600,3,,,\n') });
    expect(result.data.campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 500 },
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 700 },
      { campaignId: 'winter-2027', date: '2027-01-07', spend: 600, clicks: 3 },
    ]);
  });

  it('a row repeated in the file counts once', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-01,10\n';
    const result = await importMetricsFile({ name: 'twice.csv', bytes: utf8(text) });
    expect(result.data.snapshots).toEqual([{ channel: 'x', date: '2027-01-01', followers: 10 }]);
  });
});
