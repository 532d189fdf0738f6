import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../tests/fixtures/metrics/load';
import { importMetricsFile, ImportError } from './import';

async function failure(text: string | Uint8Array): Promise<ImportError> {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  const error = await importMetricsFile({ name: 'bad.csv', bytes }).catch((e: unknown) => e);
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe('files that cannot be imported', () => {
  it.each([
    ['an empty file', '', /the file is empty/, undefined],
    ['only comments', '# Start date: 20270101\n\n', /the file is empty/, undefined],
    ['an unknown header', 'name,email\nAda,ada@example.com\n', /not a file Brandline can import — the header row on line 1 has "name", "email"/, 1],
    ['an X export without time', '"Tweet id","Tweet permalink","impressions","engagements"\n"1","u","5","1"\n', /looks like an X post analytics export, but the header row on line 1 lacks the column "time"/, 1],
    ['a followers template without followers', 'channel,date\nx,2027-01-01\n', /followers template, but .* lacks the column "followers"/, 1],
    ['a campaign template without two columns', '\n\ncampaign,date,clicks,conversions\nw,2027-01-01,1,1\n', /campaign results template, but the header row on line 3 lacks the columns "spend", "revenue"/, 3],
    ['a Meta Ads Manager report (QA25)', 'Reporting starts,Reporting ends,Campaign name,Amount spent (NOK),Link clicks,Results,Purchases conversion value\n2027-01-05,2027-01-05,Winter,500,40,2,1200\n', /^bad\.csv: looks like a Meta Ads Manager report \(header row on line 1\), which Brandline does not read — put each campaign's days in the campaign results template \(campaign, date, spend, clicks, conversions, revenue\)/, 1],
    ['a header without rows', 'channel,date,followers\n', /no data rows below the header row \(line 1\)/, 1],
    ['a quote that never ends', 'channel,date,followers\nx,2027-01-01,5\nx,"2027-01-02,6\nx,2027-01-03,7\n', /line 3: a quoted field that starts on line 3 never ends/, 3],
    ['only bad rows', 'channel,date,followers\nmastodon,2027-01-01,5\nx,soon,6\n', /^bad\.csv: line 2: column "channel": expected one of x, facebook, instagram, got "mastodon" \(also bad: line 3\) — nothing from this file was imported/, 2],
    ['one bad row among good ones', 'channel,date,followers\nx,2027-01-01,5\nx,2027-01-02,6\nx,2027-01-03,many\n', /^bad\.csv: line 4: column "followers": expected a number, got "many" — nothing from this file was imported/, 4],
  ])('%s', async (_name, text, message, line) => {
    const error = await failure(text);
    expect(error.message).toMatch(message);
    expect(error.details.line).toBe(line);
  });

  it.each([
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /an Excel workbook or zip archive, not CSV/],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /an old Excel workbook, not CSV/],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], /^bad\.csv: this is a PDF, not CSV — import the CSV file the platform's export downloads/],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /this is an image, not CSV/],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], /this is not a text file, not CSV/],
  ])('refuses an %s file with advice', async (_kind, bytes, message) => {
    expect((await failure(new Uint8Array([...bytes, 0, 0, 0, 0]))).message).toMatch(message);
  });

  it('names the missing columns in details for the options page', async () => {
    const error = await failure('campaign,date,clicks,conversions\nw,2027-01-01,1,1\n');
    expect(error.details.missingColumns).toEqual(['spend', 'revenue']);
  });
});

describe('an export in a Norwegian interface (QA29 L9)', () => {
  it('says the column names look Norwegian, and what to do', async () => {
    const error = await failure('Økt-kilde / medium,Økter,Engasjerte økter\nfacebook / social,10,5\n');
    expect(error.message).toMatch(/Its column names look Norwegian: Brandline reads the columns in English, so set the platform’s language to English, export again and import that\. Expected one of/);
  });

  it('says nothing of the kind for an English header it does not know', async () => {
    expect((await failure('foo,bar\n1,2\n')).message).not.toMatch(/Norwegian/);
  });
});

describe('numbers that read both ways (QA29 M2)', () => {
  const results = (rows: string) => utf8(`campaign,date,spend,clicks,conversions,revenue\n${rows}`);

  it('a comma-separated file with comma decimals says which "1,500" it read as 1.5', async () => {
    const result = await importMetricsFile({ name: 'r.csv', bytes: results('w,2027-01-10,"1,500","1,234",2,"12,50"\nw,2027-01-11,"2,250",5,1,"3,000"\n') });
    expect(result.data.campaignResults.map((r) => [r.spend, r.clicks, r.revenue])).toEqual([[1.5, 1234, 12.5], [2.25, 5, 3]]);
    expect(result.commaDecimals).toEqual({ line: 2, column: 'spend', raw: '1,500', read: 1.5, count: 3 });
  });

  it('says nothing where a comma decimal is what the file is (semicolons), or where no value reads both ways', async () => {
    const semicolons = utf8('campaign;date;spend;clicks;conversions;revenue\nw;2027-01-10;1,500;1;2;12,50\n');
    expect((await importMetricsFile({ name: 's.csv', bytes: semicolons })).commaDecimals).toBeUndefined();
    expect((await importMetricsFile({ name: 'p.csv', bytes: results('w,2027-01-10,"1,500",1,2,12.50\n') })).commaDecimals).toBeUndefined();
    expect((await importMetricsFile({ name: 'c.csv', bytes: results('w,2027-01-10,"1,75",1,2,"12,50"\n') })).commaDecimals).toBeUndefined();
  });
});

describe('progress', () => {
  it('reports rising fractions ending at 1 for a large file', async () => {
    const rows = Array.from({ length: 9000 }, (_, i) => `x,2027-01-01,${i}`);
    const seen: number[] = [];
    const result = await importMetricsFile({ name: 'big.csv', bytes: utf8(`channel,date,followers\n${rows.join('\n')}`) }, { onProgress: (f) => seen.push(f) });
    expect(result.rows).toBe(9000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('a download cut off in its last row (QA26)', () => {
  const file = (text: string) => ({ name: 'ig.csv', bytes: new TextEncoder().encode(text) });
  const whole = readFileSync('tests/fixtures/metrics/meta-instagram-posts.csv', 'utf8');
  const lines = whole.trimEnd().split('\n');

  it('is imported, and said: the last line is short and no line break follows', async () => {
    // "…,Story,,Lifetime,90": cut in the middle of Views.
    const last = lines.at(-1)!;
    const cut = `${lines.slice(0, -1).join('\n')}\n${last.slice(0, last.indexOf(',Lifetime,') + 12)}`;
    const result = await importMetricsFile(file(cut));
    expect(result.cutOff).toEqual({ line: lines.length, cells: 12, expected: 18 });
  });

  it('is not said for a whole file, a short row with a line break after it, or a full last row without one', async () => {
    expect((await importMetricsFile(file(whole))).cutOff).toBeUndefined();
    expect((await importMetricsFile(file(whole.trimEnd()))).cutOff).toBeUndefined();
    const short = `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.split(',').slice(0, 14).join(',')}\n`;
    expect((await importMetricsFile(file(short))).cutOff).toBeUndefined();
    // Excel leaves empty last cells out of every row, the last one too: no line break after it is no cut.
    const excel = `channel,date,followers,note\ninstagram,2027-01-01,10000\ninstagram,2027-01-31,10600`;
    expect((await importMetricsFile(file(excel))).cutOff).toBeUndefined();
  });
});
