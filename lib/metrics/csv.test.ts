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
  it('gives each row the physical line it starts on, past blank, comment and multi-line rows', async () => {
    const rows = await rowsOf('a,b\n1,"x\ny"\n\n3,4\n# note\n5,"6,7"\n8');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', 'x\ny']],
      [5, ['3', '4']],
      [7, ['5', '6,7']],
      [8, ['8']],
    ]);
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
