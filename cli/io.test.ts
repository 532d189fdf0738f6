import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { colorWanted, printable, processIO, shownPath, unreadable } from './io';

describe('reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brandline-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a directory', dir, `${dir}: is a directory`],
    ['a missing file', join(dir, 'nope.csv'), `${join(dir, 'nope.csv')}: no such file`],
  ])('%s is named as such', async (_what, path, message) => {
    await expect(processIO().readBytes(path)).rejects.toThrow(message);
    await expect(processIO().readText(path)).rejects.toThrow(message);
  });

  it.each([
    ['ENOENT', 'f.csv: no such file'],
    ['EISDIR', 'f.csv: is a directory'],
    ['EACCES', 'f.csv: cannot read (EACCES)'],
  ])('%s: %s', (code, message) => expect(unreadable('f.csv', code)).toBe(message));

  it('calls "-" standard input', () => {
    expect(shownPath('-')).toBe('standard input');
    expect(shownPath('plan.json')).toBe('plan.json');
  });
});

describe('printable', () => {
  it('shows control characters and bidi overrides, keeps line breaks, tabs and ordinary text', () => {
    expect(printable('a\u001b[2Jb\u0007\u009b\u202e\u2066c')).toBe('a\\u{001b}[2Jb\\u{0007}\\u{009b}\\u{202e}\\u{2066}c');
    expect(printable('line\n\tnext æøå 😀 \u200d')).toBe('line\n\tnext æøå 😀 \u200d');
    // One line: a plan's text cannot begin a line of its own (review 24).
    expect(printable('reason\n  1:1  error  fake', { oneLine: true })).toBe('reason\\u{000a}  1:1  error  fake');
  });
});


describe('colorWanted: NO_COLOR, FORCE_COLOR and the terminal', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: 'true' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ] as const)('tty %s, %j → %s', (tty, env, wanted) => {
    expect(colorWanted(tty, env)).toBe(wanted);
  });
});

describe('an empty file name (an unset "$DRAFT" in a pipeline; QA26)', () => {
  it('is named as such', () => {
    expect(unreadable('', 'ENOENT')).toBe('"" (an empty file name): no such file');
    expect(shownPath('')).toBe('"" (an empty file name)');
  });
});
