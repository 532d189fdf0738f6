import { describe, expect, it } from 'vitest';
import { fixtureBytes, utf8 } from '../../../tests/fixtures/metrics/load';
import { importMetricsFile, ImportError } from '../import';

describe('GA4 export', () => {
  it('without a Date column, every row covers the # Start date … # End date range', async () => {
    const result = await importMetricsFile({ name: 'traffic.csv', bytes: fixtureBytes('ga4-traffic-acquisition.csv') });
    expect(result.kind).toBe('ga4');
    const range = { date: '2027-01-01', rangeEnd: '2027-01-31' };
    expect(result.data.sessions).toEqual([
      { ...range, source: 'google', sessions: 4210, engagedSessions: 2950, conversions: 84, revenue: 21430.5 },
      { ...range, source: 'facebook', sessions: 600, engagedSessions: 420, conversions: 12, revenue: 3600 },
      { ...range, source: 'l.facebook.com', sessions: 150, engagedSessions: 90, conversions: 3, revenue: 900 },
      { ...range, source: 'instagram', sessions: 800, engagedSessions: 560, conversions: 20, revenue: 6400 },
      { ...range, source: 't.co', sessions: 120, engagedSessions: 60, conversions: 1, revenue: 250 },
      { ...range, source: '(direct)', sessions: 1980, engagedSessions: 1200, conversions: 40, revenue: 10200 },
    ]);
  });

  it('with a Date column: per-day rows, landing pages, Bounces and Conversions', async () => {
    const result = await importMetricsFile({ name: 'daily.csv', bytes: fixtureBytes('ga4-daily-landing-pages.csv') });
    const page = '/winter?utm_source=instagram&utm_medium=social&utm_campaign=winter-2027';
    expect(result.data.sessions).toEqual([
      { date: '2027-02-01', source: 'instagram', landingPage: page, sessions: 200, engagedSessions: 150, bounces: 50, conversions: 6, revenue: 1200 },
      { date: '2027-02-01', source: 'ig', landingPage: page, sessions: 20, engagedSessions: 10, bounces: 10, conversions: 0, revenue: 0 },
      { date: '2027-02-02', source: 'instagram', landingPage: page, sessions: 100, engagedSessions: 70, conversions: 2, revenue: 400 },
      { date: '2027-02-02', source: 'x', landingPage: '/', sessions: 40, engagedSessions: 20, bounces: 20, conversions: 1 },
    ]);
  });

  it('reads "Bounce rate" or "Engagement rate" as the counts they stand for when the file has no count (QA25)', async () => {
    const text = 'Date,Session source / medium,Sessions,Bounce rate,Engagement rate,Key events\n20270105,instagram / social,100,40%,60%,2\n20270105,facebook / social,30,0.3333,0.6667,0\n20270106,x / social,7,,0.5714,0\n';
    const result = await importMetricsFile({ name: 'explore.csv', bytes: utf8(text) });
    expect(result.data.sessions).toEqual([
      { date: '2027-01-05', source: 'instagram', sessions: 100, bounces: 40, conversions: 2 },
      { date: '2027-01-05', source: 'facebook', sessions: 30, bounces: 10, conversions: 0 },
      { date: '2027-01-06', source: 'x', sessions: 7, engagedSessions: 4, conversions: 0 },
    ]);
    // Counts, where the file has them, are what counts.
    const counted = await importMetricsFile({ name: 'both.csv', bytes: utf8('Date,Session source / medium,Sessions,Bounces,Bounce rate\n20270105,instagram / social,100,38,40%\n') });
    expect(counted.data.sessions[0]?.bounces).toBe(38);
    // A rate that is no rate is refused with its cell.
    const error = await importMetricsFile({ name: 'bad.csv', bytes: utf8('Date,Session source / medium,Sessions,Bounce rate\n20270105,instagram / social,100,140%\n') }).catch((e: unknown) => e);
    expect(error instanceof ImportError && error.message).toBe('bad.csv: line 2: column "Bounce rate": expected a rate from 0 to 1 or a percentage, got "140%" — nothing from this file was imported; correct it and import the file again');
  });

  // GA4 downloads can hold the chart's day series as a table of its own, before or after the report.
  const REPORT = 'Session source / medium,Sessions,Key events\nfacebook / social,10,1\ninstagram / social,4,0\n';
  const SERIES = 'Nth day,Sessions\n0000,7\n0001,7\n';
  const HEAD = '# ----------------------------------------\n# Traffic acquisition\n# Start date: 20270101\n# End date: 20270107\n';
  it.each([
    ['the series first, after a blank line', `${HEAD}${SERIES}\n${REPORT}`],
    ['the series first, after a # block', `${HEAD}${SERIES}\n# ----------------------------------------\n# Report\n${REPORT}`],
    ['the report first', `${HEAD}${REPORT}\n${SERIES}`],
    ['the report first, then a # block', `${HEAD}${REPORT}\n# ----------------------------------------\n${SERIES}`],
  ])('reads the report table of a download with two tables: %s', async (_name, text) => {
    const result = await importMetricsFile({ name: 'two.csv', bytes: utf8(text) });
    expect(result.data.sessions.map((r) => [r.source, r.sessions, r.date, r.rangeEnd])).toEqual([
      ['facebook', 10, '2027-01-01', '2027-01-07'],
      ['instagram', 4, '2027-01-01', '2027-01-07'],
    ]);
  });

  it('reads every report of a file with two GA4 downloads appended, each in its own date range', async () => {
    const week = (start: string, end: string, n: number) => `# ----------------------------------------\n# Start date: ${start}\n# End date: ${end}\n${SERIES}\n${REPORT.replace('10', String(n))}`;
    const result = await importMetricsFile({ name: 'weeks.csv', bytes: utf8(`${week('20270101', '20270107', 10)}\n${week('20270108', '20270114', 20)}`) });
    expect(result.data.sessions.filter((r) => r.source === 'facebook').map((r) => [r.date, r.rangeEnd, r.sessions])).toEqual([
      ['2027-01-01', '2027-01-07', 10],
      ['2027-01-08', '2027-01-14', 20],
    ]);
  });

  it('two downloads that overlap by a day: the later download\'s figure for that day replaces the earlier one (GA4 revises recent days)', async () => {
    const day = (date: string, n: number) => `${date},facebook / social,${n}`;
    const report = (rows: string[]) => `# ----------------------------------------\n# Start date: 20270101\n# End date: 20270131\nDate,Session source / medium,Sessions\n${rows.join('\n')}\n`;
    const text = `${report([day('20270106', 50), day('20270107', 95)])}\n${report([day('20270107', 100), day('20270108', 60)])}`;
    const result = await importMetricsFile({ name: 'weeks.csv', bytes: utf8(text) });
    expect(result.data.sessions.map((r) => [r.date, r.sessions]).sort()).toEqual([['2027-01-06', 50], ['2027-01-07', 100], ['2027-01-08', 60]]);
  });

  it.each([
    ['a later table that lacks a column', `${HEAD}${REPORT}\n${HEAD}Session source / medium,Engaged sessions\nfacebook / social,3\n`, /header row on line 13 lacks the column "Sessions"/],
    ['a later table Brandline does not know', `${HEAD}${REPORT}\n${HEAD}Foo,Bar,Baz\nx,1,2\n`, /not a file Brandline can import — the header row on line 13 has "Foo"/],
  ])('refuses %s, naming its line (only GA4\'s "Nth …" series is skipped)', async (_name, text, message) => {
    await expect(importMetricsFile({ name: 'later.csv', bytes: utf8(text) })).rejects.toThrow(message);
  });

  it('reads the report after the series when its header holds a digit ("7-day active users")', async () => {
    const text = `${HEAD}${SERIES}\nSession source / medium,Sessions,7-day active users\nfacebook / social,10,5\n`;
    const result = await importMetricsFile({ name: 'digit.csv', bytes: utf8(text) });
    expect(result.data.sessions.map((r) => [r.source, r.sessions])).toEqual([['facebook', 10]]);
  });

  it('reads # lines that Excel padded with delimiters when it saved the file again', async () => {
    const text = '# ----------------------------------------,,\n# Start date: 20270101,,\n# End date: 20270107,,\nSession source / medium,Sessions,Key events\nfacebook / social,10,1\n';
    const result = await importMetricsFile({ name: 'excel.csv', bytes: utf8(text) });
    expect(result.data.sessions).toEqual([{ date: '2027-01-01', rangeEnd: '2027-01-07', source: 'facebook', sessions: 10, conversions: 1 }]);
  });

  it('reads two appended downloads that Excel padded with delimiters when it saved the file (rev14)', async () => {
    const week = (start: string, end: string, n: number) =>
      `# ----------------------------------------,,\n# Start date: ${start},,\n# End date: ${end},,\nSession source / medium,Sessions,Key events\nfacebook / social,${n},1\n`;
    const result = await importMetricsFile({ name: 'excel-weeks.csv', bytes: utf8(`${week('20270101', '20270107', 10)},,\n${week('20270108', '20270114', 20)}`) });
    expect(result.data.sessions.map((r) => [r.date, r.rangeEnd, r.sessions])).toEqual([
      ['2027-01-01', '2027-01-07', 10],
      ['2027-01-08', '2027-01-14', 20],
    ]);
  });

  it('counts a download appended to itself as repeats (rev14)', async () => {
    const once = `${HEAD}${REPORT}`;
    const result = await importMetricsFile({ name: 'twice.csv', bytes: utf8(`${once}\n${once}`) });
    expect(result.data.sessions.map((r) => r.sessions)).toEqual([10, 4]);
    expect(result.repeated).toBe(2);
  });

  it('refuses a second table of another kind, naming its line', async () => {
    const text = `${HEAD}${REPORT}\n# ----------------------------------------\nchannel,date,followers\nx,2027-01-01,5\n`;
    await expect(importMetricsFile({ name: 'mixed.csv', bytes: utf8(text) })).rejects.toThrow(/^mixed\.csv: the table whose header is on line 10 is a Brandline followers template, but the file starts with a GA4 export/);
  });

  it('still names the first header when no table of the file is one Brandline reads', async () => {
    await expect(importMetricsFile({ name: 'series.csv', bytes: utf8(`${HEAD}${SERIES}\nfoo,bar\n1,2\n`) })).rejects.toThrow(/header row on line 5 has "Nth day", "Sessions"/);
  });

  it('counts rows appended to the file again once', async () => {
    const text = `${HEAD}${REPORT}facebook / social,10,1\n`;
    const result = await importMetricsFile({ name: 'appended.csv', bytes: utf8(text) });
    expect(result.data.sessions.map((r) => r.sessions)).toEqual([10, 4]);
  });

  it('adds up rows that differ only by medium', async () => {
    const text = '# Start date: 20270101\n# End date: 20270107\nSession source / medium,Sessions,Key events\nfacebook / social,10,1\nfacebook / referral,5,-\n';
    const result = await importMetricsFile({ name: 'media.csv', bytes: utf8(text) });
    expect(result.data.sessions).toEqual([{ date: '2027-01-01', rangeEnd: '2027-01-07', source: 'facebook', sessions: 15, conversions: 1, sessionsWith: { conversions: 10 } }]);
  });

  it('skips rows GA4 could not attribute ("(not set)") and unlabelled totals rows: no channel could count them', async () => {
    const text = '# Start date: 20270101\n# End date: 20270107\nSession source / medium,Sessions,Key events\n,25,2\nfacebook / social,10,1\n(not set),14,0\n(not set) / (not set),3,0\n';
    const result = await importMetricsFile({ name: 'notset.csv', bytes: utf8(text) });
    expect(result.data.sessions).toEqual([
      { date: '2027-01-01', rangeEnd: '2027-01-07', source: 'facebook', sessions: 10, conversions: 1 },
      { date: '2027-01-01', rangeEnd: '2027-01-07', source: '(not set)', sessions: 3, conversions: 0 },
    ]);
    // Counted, so the rows read add up to the rows stored and left out (QA29).
    expect([result.rows, result.leftOut]).toEqual([4, 2]);
  });

  it('refuses a table without dates and without the # Start date / # End date lines', async () => {
    const text = 'Session source / medium,Sessions\nfacebook / social,10\n';
    await expect(importMetricsFile({ name: 'nodates.csv', bytes: utf8(text) })).rejects.toThrow(/^nodates.csv: GA4 export without a Date column: the "# Start date" and "# End date".*line 1/);
  });

  it('names a missing Sessions column', async () => {
    const text = '# Start date: 20270101\n# End date: 20270107\nSession source / medium,Engaged sessions,Key events,Total revenue\nfacebook / social,10,1,5\n';
    const error = await importMetricsFile({ name: 'nosessions.csv', bytes: utf8(text) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/GA4 export.*line 3 lacks the column "Sessions"/);
    expect((error as ImportError).details.missingColumns).toEqual(['Sessions']);
  });
});
