import { describe, expect, it } from 'vitest';
import { readPreamble, readRows, type CsvRow } from './csv';

async function rowsOf(text: string): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  const preamble = readPreamble(text);
  if (!preamble) throw new Error('no header');
  await readRows(text, preamble, (r) => rows.push(r));
  return rows;
}

describe('readPreamble', () => {
  it('skips sep=, # comments and blank lines; reads # Key: value', () => {
    const p = readPreamble('sep=;\n# Start date: 20270101\n#\n\na;b\n1;2\n');
    expect(p).toMatchObject({ delimiter: ';', headerLine: 5, header: ['a', 'b'] });
    expect(p?.comments.get('start date')).toBe('20270101');
  });

  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"x,y";b;c', ';'],
  ])('guesses the delimiter of %j', (header, delimiter) => {
    expect(readPreamble(`${header}\n`)?.delimiter).toBe(delimiter);
  });
});

describe('readRows', () => {
  it('gives each row the physical line it starts on, past blank and multi-line rows', async () => {
    const rows = await rowsOf('a,b\n1,"x\ny"\n\n3,4\n\n5,"6,7"\n8');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', 'x\ny']],
      [5, ['3', '4']],
      [7, ['5', '6,7']],
      [8, ['8']],
    ]);
  });

  it('reads # as data in a file without # lines above its header (campaign names are hashtags)', async () => {
    const rows = await rowsOf('campaign,spend\n#NordlysWinter,100\n"#NordlysWinter",200\n# note\n');
    expect(rows.map((r) => r.cells[0])).toEqual(['#NordlysWinter', '#NordlysWinter', '# note']);
  });

  it('ends a table of a GA4 download at blank or # lines before a header of another width', async () => {
    const ga4 = '# Start date: 20270101\nNth day,Sessions,Users\n0000,5,4\n\n0001,6,5\n\nSource,Sessions\nfacebook,3\n# ---\n# More\nx,y,z\n1,2,3\n';
    const first = readPreamble(ga4)!;
    expect(first).toMatchObject({ headerLine: 2, header: ['Nth day', 'Sessions', 'Users'] });
    const rows: CsvRow[] = [];
    await readRows(ga4, first, (r) => rows.push(r));
    // A blank line before a row of the same width is a gap in the table, not its end.
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([[3, '0000'], [5, '0001']]);
    expect(first.bodyEndLine).toBe(5);
    const second = readPreamble(ga4, { from: { offset: first.bodyEnd, line: first.bodyEndLine, comments: first.comments, delimiter: ',' } })!;
    expect(second).toMatchObject({ headerLine: 7, header: ['Source', 'Sessions'] });
    expect(second.comments.get('start date')).toBe('20270101');
    const more: CsvRow[] = [];
    await readRows(ga4, second, (r) => more.push(r));
    expect(more.map((r) => [r.line, r.cells])).toEqual([[8, ['facebook', '3']]]);
  });

  it.each([
    ['a note above a template is not GA4: a #-row stays a row', '# Januar, fra Ads Manager\ncampaign,spend\nw,1\n#NordlysWinter,2\nw,3\n', 3],
    ['a blank line before a row with empty last cells', '# Start date: 20270101\nDate,Source,Sessions,Revenue\n20270101,fb,1,2\n\n20270102,fb,1,\n20270103,fb,1,3\n', 3],
    ['a blank line between every row (\\r\\r\\n saved again)', '# Start date: 20270101\nSource,Sessions\nfb,1\n\nig,2\n\nx,3\n', 3],
    ['a # line inside the table, not followed by a header, is read (and refused) as a row', '# ----------------------------------------\nSource,Sessions\nfb,1\n# oops\nig,2\n', 3],
    ['a quoted caption with a blank and a # line inside', '# ----------------------------------------\nid,caption,n\n1,"Ny kaffe!\n\n#nordlys #kaffe",5\n2,x,6\n', 2],
    ['a note that looks like a rule above a template does not make it GA4', '# ---------- Januar ----------\ncampaign,spend\nw,1\nw,3\n#NordlysWinter,4\n', 3],
    ['a #-row of the header\'s width with a number is a row, even in a GA4 download', '# ----------------------------------------\ncampaign,spend\nw,1\n#NordlysWinter,4\n', 2],
    ['trailing # lines close the table', '# ----------------------------------------\nSource,Sessions\nfb,1\n\n# ----------------------------------------\n#\n', 1],
  ])('%s', async (_name, text, count) => {
    expect(await rowsOf(text)).toHaveLength(count);
  });

  it('ends a table of a GA4 file at a blank line before a known header of the same width', () => {
    const ga4 = '# Start date: 20270101\nNth day,Sessions\n0000,5\n\nSession source / medium,Sessions\nfacebook / social,3\n';
    const first = readPreamble(ga4, { isHeader: (cells) => cells[0] === 'Session source / medium' })!;
    expect(ga4.slice(first.bodyOffset, first.bodyEnd)).toBe('0000,5\n');
  });

  it.each([1999, 2000, 2001, 4001, 9000])('keeps line numbers right across pauses (%i rows)', async (n) => {
    const body = Array.from({ length: n }, (_, i) => (i % 7 === 3 ? `${i},"multi\nline"` : `${i},${i}`));
    const text = `a,b\n${body.join('\n')}\n`;
    const lines = text.split('\n');
    const rows = await rowsOf(text);
    expect(rows).toHaveLength(n);
    rows.forEach((row, i) => {
      expect(row.cells[0]).toBe(String(i));
      expect(lines[row.line - 1]?.startsWith(`${i},`)).toBe(true);
    });
  });
});
