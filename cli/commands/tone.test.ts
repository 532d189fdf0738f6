import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { main } from '../main';

function fakeIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw new UsageError(`${path}: no such file`);
      return text;
    },
    readBytes: async (path) => {
      const text = files[path];
      if (text === undefined) throw new UsageError(`${path}: no such file`);
      return new TextEncoder().encode(text);
    },
    color: false,
    terminal: false,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), writes: () => out.length };
}

describe('brandline tone', () => {
  it('prints one JSON analysis of the whole input', async () => {
    const t = fakeIO({ 'reply.txt': 'Calm down, this is NOT OUR PROBLEM!!!\n' });
    expect(await main(['tone', 'reply.txt'], t.io)).toBe(0);
    const result = JSON.parse(t.out()) as { sentiment: number; hostile: unknown[]; shouting: unknown[]; locale: string };
    expect(result.locale).toBe('en');
    expect(typeof result.sentiment).toBe('number');
    expect(result.hostile.length).toBeGreaterThan(0);
    expect(result.shouting.length).toBeGreaterThan(0);
  });

  it('gives the offsets `check` gives: into the file, Windows line breaks and all (QA26)', async () => {
    const file = 'Line one\r\nLine two\r\nGreat news!!!\r\n';
    const t = fakeIO({ 'c.txt': file });
    expect(await main(['tone', 'c.txt'], t.io)).toBe(0);
    const [span] = (JSON.parse(t.out()) as { shouting: { start: number; end: number }[] }).shouting;
    expect(file.slice(span!.start, span!.end)).toBe('!!!');
    const c = fakeIO({ 'c.txt': file, 'plan.json': readFileSync('samples/plan.example.json', 'utf8') });
    await main(['check', '--plan', 'plan.json', '--channel', 'x', '--format', 'json', 'c.txt'], c.io);
    expect((JSON.parse(c.out()) as { ruleId: string; start: number }[]).find((f) => f.ruleId === 'tone.shouting')?.start).toBe(span!.start);
  });

  it('--lines writes as it scores, in batches, and stops when the reader has gone', async () => {
    const corpus = 'Great coffee!\n'.repeat(1200);
    const t = fakeIO({ 'corpus.txt': corpus });
    expect(await main(['tone', '--lines', 'corpus.txt'], t.io)).toBe(0);
    expect(t.out().split('\n').filter(Boolean)).toHaveLength(1200);
    expect(t.writes()).toBe(3);
    const gone = fakeIO({ 'corpus.txt': corpus });
    gone.io.outputClosed = () => true;
    expect(await main(['tone', '--lines', 'corpus.txt'], gone.io)).toBe(0);
    expect(gone.out().split('\n').filter(Boolean)).toHaveLength(500);
  });

  it('reads standard input for "-" and when no file is given', async () => {
    for (const argv of [['tone', '-'], ['tone']]) {
      const t = fakeIO({ '-': 'I love this!' });
      expect(await main(argv, t.io)).toBe(0);
      expect((JSON.parse(t.out()) as { sentiment: number }).sentiment).toBeGreaterThan(0.5);
    }
  });

  it('with --lines prints one object per input line, empty lines included', async () => {
    const t = fakeIO({ 'c.txt': 'Jeg elsker denne kaffen\r\n\r\nFaen, for en dritt\n' });
    expect(await main(['tone', '--locale', 'nb', '--lines', 'c.txt'], t.io)).toBe(0);
    const lines = t.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { locale: string; sentiment: number; hostile: unknown[] });
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.locale === 'nb')).toBe(true);
    expect(lines[1]!.sentiment).toBe(0);
    expect(lines[2]!.hostile.length).toBeGreaterThan(0);
  });

  it('with --lines splits lines ended by a lone carriage return too', async () => {
    const t = fakeIO({ 'mac.txt': 'I love it\rThis is awful\r' });
    expect(await main(['tone', '--lines', 'mac.txt'], t.io)).toBe(0);
    const lines = t.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { sentiment: number });
    expect(lines.map((l) => Math.sign(l.sentiment))).toEqual([1, -1]);
  });

  it('with --lines prints nothing for empty input', async () => {
    const t = fakeIO({ 'empty.txt': '' });
    expect(await main(['tone', '--lines', 'empty.txt'], t.io)).toBe(0);
    expect(t.out()).toBe('');
  });

  it.each([
    [['tone', '--locale', 'fr', 'x.txt'], /--locale: expected "en" or "nb", got "fr"/],
    [['tone', '--locale'], /--locale: expected "en" or "nb", got nothing/],
    [['tone', '--loud', 'x.txt'], /unknown option --loud/],
    [['tone', 'a.txt', 'b.txt'], /expected one FILE/],
    [['tone', 'missing.txt'], /missing.txt: no such file/],
    [['tone', '--locale', 'en', '--locale', 'nb', 'x.txt'], /--locale given twice/],
  ])('exits 2 with a clear message on bad input: %j', async (argv, message) => {
    const t = fakeIO({ 'x.txt': 'hi', 'a.txt': 'a', 'b.txt': 'b' });
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err()).toMatch(message);
    expect(t.out()).toBe('');
  });

  it('"--" ends the options: what follows is the file', async () => {
    const t = fakeIO({ '--lines': 'I love it\nThis is awful\n' });
    expect(await main(['tone', '--locale', 'en', '--', '--lines'], t.io)).toBe(0);
    // One text (the file), not one per line: --lines after "--" is the file's name.
    expect(t.out().trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints its usage with --help', async () => {
    const t = fakeIO({});
    expect(await main(['tone', '--help'], t.io)).toBe(0);
    expect(t.out()).toContain('brandline tone [--locale en|nb] [--lines] [FILE|-]');
  });
});
