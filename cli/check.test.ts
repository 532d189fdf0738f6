import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../lib/engine/types';
import { langFromEnv, lineColumn } from './commands/check';
import { UsageError, type CliIO } from './io';
import { main } from './main';

const examplePlan = readFileSync(new URL('../samples/plan.example.json', import.meta.url), 'utf8');

function memoryIO(files: Record<string, string>, options: { color?: boolean; terminal?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
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
    color: options.color ?? false,
    terminal: options.terminal ?? false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function run(argv: string[], files: Record<string, string>, options: { color?: boolean; terminal?: boolean } = {}) {
  const m = memoryIO({ 'plan.json': examplePlan, ...files }, options);
  const code = await main(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

const offPlan = 'Users love our cheap beans! #followforfollow\n';
const onPlan = 'Our Polar Roast is back. Tap to shop! #NordlysCoffee';

// The message language defaults from the environment: pin it so these tests read English anywhere.
const english = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };
beforeEach(() => {
  for (const [name, value] of Object.entries(english)) vi.stubEnv(name, value);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('brandline check', () => {
  it('refuses a draft, plan or answered comment that is not text, naming what it is (exit 2, nothing on stdout)', async () => {
    const docx = 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml';
    const draft = await run(['check', '--plan', 'plan.json', '--channel', 'x', 'post.docx'], { 'post.docx': docx });
    expect([draft.code, draft.stdout]).toEqual([2, '']);
    expect(draft.stderr).toBe('brandline check: post.docx: this is a Word or Excel document (or a zip archive), not plain text — save the draft as plain text (.txt) and give Brandline that\n');
    const plan = await run(['check', '--plan', 'plan.pdf', '--channel', 'x', 'draft.txt'], { 'plan.pdf': '%PDF-1.7\n', 'draft.txt': onPlan });
    expect([plan.code, plan.stderr]).toEqual([2, 'brandline check: plan.pdf: this is a PDF, not plain text — a brand plan is a JSON file (`brandline schema` prints its format)\n']);
    const comment = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--surface', 'comment', '--replying-to', 'c.bin', 'draft.txt'], { 'c.bin': 'SQLite format 3\u0000\u0010\u0000\u0001\u0001\u0000@  \u0000\u0000\u0000\u0002', 'draft.txt': 'Thanks!' });
    expect([comment.code, comment.stderr]).toEqual([2, 'brandline check: c.bin: this is not a text file (it holds binary data) — save the comment as plain text (.txt) and give Brandline that\n']);
  });

  it('takes option values in any case, and says how --json is spelt here (QA26)', async () => {
    const upper = await run(['check', '--plan', 'plan.json', '--channel', 'X', '--format', 'JSON', '--lang', 'NB', 'draft.txt'], { 'draft.txt': 'Our cheap beans' });
    expect(upper.code).toBe(1);
    expect(JSON.parse(upper.stdout)[0].message).toMatch(/Unngå «cheap»/);
    const json = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--json', 'draft.txt'], { 'draft.txt': 'x' });
    expect([json.code, json.stderr]).toEqual([2, 'brandline check: unknown option --json — did you mean --format json?\n']);
  });

  it('says on stderr when the draft is empty or the plan turns the channel off: "[]" alone reads as on plan (QA26)', async () => {
    const empty = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--format', 'json', 'draft.txt'], { 'draft.txt': '\n' });
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '[]\n', 'brandline check: the draft (draft.txt) is empty\n']);
    const off = JSON.parse(examplePlan) as { channels: { x: { enabled: boolean } } };
    off.channels.x.enabled = false;
    const disabled = await run(['check', '--plan', 'off.json', '--channel', 'x', '--format', 'json', 'draft.txt'], { 'off.json': JSON.stringify(off), 'draft.txt': 'CHEAP CHEAP SALE!!!' });
    expect([disabled.code, disabled.stdout, disabled.stderr]).toEqual([0, '[]\n', 'brandline check: the plan turns checks off for x; nothing was checked\n']);
  });

  it('gives JSON offsets into the file as written (Windows line breaks, a byte-order mark), with line and column (QA26)', async () => {
    const file = '\uFEFFLine one\r\nOur cheap beans\r\nUsers love it\r\n';
    const { stdout } = await run(['check', '--plan', 'plan.json', '--channel', 'instagram', '--format', 'json', 'draft.txt'], { 'draft.txt': file });
    const findings = JSON.parse(stdout) as (Finding & { line: number; column: number; endLine: number; endColumn: number })[];
    const banned = findings.find((f) => f.ruleId === 'terms.banned')!;
    expect(file.slice(banned.start, banned.end)).toBe('cheap');
    expect(banned).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 10 });
    const users = findings.find((f) => f.ruleId === 'terms.preferred')!;
    expect(file.slice(users.fix!.start, users.fix!.end)).toBe('Users');
    expect(users).toMatchObject({ line: 3, column: 1 });
    // Every fix applied to the file, last first, gives the draft the check asked for.
    const fixed = findings
      .flatMap((f) => (f.fix ? [f.fix] : []))
      .sort((x, y) => y.start - x.start)
      .reduce((text, fix) => text.slice(0, fix.start) + fix.text + text.slice(fix.end), file);
    expect(fixed).toMatch(/^\uFEFFLine one\r\nOur good value beans\r\n/);
  });

  it('prints findings as a JSON array and exits 1 on an error finding', async () => {
    const { code, stdout, stderr } = await run(['check', '--plan', 'plan.json', '--channel', 'instagram', '--format', 'json', 'draft.txt'], { 'draft.txt': offPlan });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['terms.preferred', 'terms.banned', 'hashtags.banned', 'hashtags.required', 'cta.missing']));
    const banned = findings.find((f) => f.ruleId === 'terms.banned')!;
    expect(banned).toMatchObject({ severity: 'error', start: 15, end: 20, fix: { start: 15, end: 20, text: 'good value' } });
    // The file's final line break is not part of the draft.
    expect(findings.find((f) => f.ruleId === 'hashtags.required')).toMatchObject({ start: 44, end: 44 });
  });

  it('exits 0 when nothing is an error, reading the draft from standard input', async () => {
    const { code, stdout } = await run(['check', '--plan=plan.json', '--channel=instagram', '--format=json', '-'], { '-': onPlan });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('reads standard input when no FILE is given', async () => {
    const { code, stdout } = await run(['check', '--format', 'text', '--plan', 'plan.json', '--channel', 'x'], { '-': 'Fresh from the roastery.' });
    expect(code).toBe(0);
    expect(stdout).toContain('on plan');
  });

  it('prints readable text without colours when not on a terminal', async () => {
    const { code, stdout } = await run(['check', '--format', 'text', '--plan', 'plan.json', '--channel', 'instagram', 'draft.txt'], { 'draft.txt': offPlan });
    expect(code).toBe(1);
    expect(stdout).not.toContain('\x1b[');
    expect(stdout).toContain('draft.txt · instagram post');
    expect(stdout).toMatch(/1:16 +error +Avoid "cheap"\. We sell on quality, not price\. Say "good value"\. +terms\.banned/);
    expect(stdout).toContain('fix: "cheap" → "good value"');
    expect(stdout).toMatch(/✖ \d+ findings \(2 errors, \d+ warnings, 0 info\)/);
    expect(stdout).toMatch(/length 44\/2,200 · 1 hashtag · /);
  });

  it('says so when the plan turns the channel off', async () => {
    const off = JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms: { banned: [{ term: 'cheap' }] }, channels: { x: { enabled: false } } });
    const { code, stdout } = await run(['check', '--format', 'text', '--plan', 'off.json', '--channel', 'x', 'draft.txt'], { 'off.json': off, 'draft.txt': 'cheap' });
    expect(code).toBe(0);
    expect(stdout).toContain('the plan turns checks off for x');
  });

  it('shows control characters from the plan and the file name instead of sending them to the terminal (rev23)', async () => {
    const evil = JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms: { banned: [{ term: 'cheap', reason: 'We sell on quality\u001b]0;PWNED\u0007\u001b[2J\u001b[31mall clear\u202e' }] } });
    const { stdout } = await run(['check', '--plan', 'evil.json', '--channel', 'x', 'dr\u001b[2Jaft.txt'], { 'evil.json': evil, 'dr\u001b[2Jaft.txt': 'So cheap' }, { color: true, terminal: true });
    expect(stdout).toContain('We sell on quality\\u{001b}]0;PWNED\\u{0007}\\u{001b}[2J\\u{001b}[31mall clear\\u{202e}');
    expect(stdout).toContain('dr\\u{001b}[2Jaft.txt');
    // Only Brandline's own colours reach the terminal.
    /* eslint-disable no-control-regex -- escape sequences are what is tested */
    expect(stdout.match(/\x1b\[[0-9;]*m/g)!.every((code) => ['\x1b[31m', '\x1b[0m', '\x1b[1m', '\x1b[2m', '\x1b[33m', '\x1b[34m', '\x1b[32m'].includes(code))).toBe(true);
    expect(stdout).not.toMatch(/\x1b\[2J|\x1b\]|\u202e/);
    /* eslint-enable no-control-regex */
  });

  it('colours severities on a terminal', async () => {
    const { stdout } = await run(['check', '--plan', 'plan.json', '--channel', 'instagram', 'draft.txt'], { 'draft.txt': offPlan }, { color: true, terminal: true });
    expect(stdout).toContain('\x1b[31merror');
  });

  it('prints JSON (an array of Finding) by default into a pipe or file, text by default on a terminal', async () => {
    const argv = ['check', '--plan', 'plan.json', '--channel', 'instagram', 'draft.txt'];
    const piped = await run(argv, { 'draft.txt': offPlan });
    const findings = JSON.parse(piped.stdout) as Finding[];
    expect(findings.map((f) => f.ruleId)).toContain('terms.banned');
    const terminal = await run(argv, { 'draft.txt': offPlan }, { terminal: true });
    expect(() => JSON.parse(terminal.stdout) as unknown).toThrow();
    expect(terminal.stdout).toContain('Avoid "cheap"');
  });

  it('checks a reply against the comment it answers', async () => {
    const { code, stdout } = await run(
      ['check', '--plan', 'plan.json', '--channel', 'facebook', '--surface', 'comment', '--replying-to', 'comment.txt', '--format', 'json', 'reply.txt'],
      { 'reply.txt': "We're so sorry to hear this. Could you send us a DM?", 'comment.txt': 'Is there a recall on the Polar Roast??' },
    );
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.find((f) => f.ruleId === 'crisis.keyword')).toMatchObject({ severity: 'error' });
    expect(findings.find((f) => f.ruleId === 'crisis.keyword')?.start).toBeUndefined();
  });

  it('checks a post with --replying-to as a post: SPEC §6 lists the options apart, and crisis.keyword covers posts', async () => {
    const files = { 'post.txt': 'New roast today', 'comment.txt': 'Is there a recall on the Polar Roast??' };
    const { code, stdout, stderr } = await run(['check', '--plan', 'plan.json', '--channel', 'facebook', '--replying-to', 'comment.txt', '--format', 'json', 'post.txt'], files);
    expect(code).toBe(1);
    const ids = (JSON.parse(stdout) as Finding[]).map((f) => f.ruleId);
    expect(ids).toContain('crisis.keyword');
    expect(ids).toContain('cta.missing');
    // …and says so, since a reply usually wants --surface comment (QA20).
    expect(stderr).toBe('brandline check: checked as a post; add --surface comment to check it as a reply to comment.txt\n');
    const asReply = await run(['check', '--plan', 'plan.json', '--channel', 'facebook', '--surface', 'reply', '--replying-to', 'comment.txt', '--format', 'json', 'post.txt'], files);
    expect(asReply.stderr).toBe('');
    expect((JSON.parse(asReply.stdout) as Finding[]).map((f) => f.ruleId)).not.toContain('cta.missing');
  });

  it('takes a channel and a surface in any case, and the names the metrics templates take', async () => {
    for (const [channel, id] of [['X', 'x'], ['twitter', 'x'], ['Instagram', 'instagram'], ['IG', 'instagram'], ['fb', 'facebook']]) {
      const { stdout } = await run(['check', '--plan', 'plan.json', '--channel', channel!, '--surface', 'Reply', '--format', 'text'], { '-': 'Fresh from the roastery.' });
      expect(stdout).toContain(`standard input · ${id} comment`);
    }
    const { code, stderr } = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--surface', 'thread'], { '-': 'x' });
    expect(code).toBe(2);
    expect(stderr).toContain('--surface: expected post or comment (or reply), got "thread"');
    // A typo gets the option it is closest to, and on a tie the one it starts like.
    expect((await run(['check', '--lan', 'nb'], {})).stderr).toContain('unknown option --lan — did you mean --lang?');
    expect((await run(['check', '--chanel', 'x'], {})).stderr).toContain('did you mean --channel?');
  });

  it.each([
    ['no --plan', ['check', '--channel', 'x'], /--plan FILE is required/],
    ['no --channel', ['check', '--plan', 'plan.json'], /--channel is required \(x, facebook, instagram\)/],
    ['an unknown channel', ['check', '--plan', 'plan.json', '--channel', 'tiktok'], /--channel: expected x, facebook, instagram, got "tiktok"/],
    ['an unknown surface', ['check', '--plan', 'plan.json', '--channel', 'x', '--surface', 'story'], /--surface: expected post or comment \(or reply\), got "story"/],
    ['an unknown format', ['check', '--plan', 'plan.json', '--channel', 'x', '--format', 'yaml'], /--format: expected text, json, got "yaml"/],
    ['an unknown language', ['check', '--plan', 'plan.json', '--channel', 'x', '--lang', 'de'], /--lang: expected en, nb, got "de"/],
    ['an unknown option', ['check', '--plan', 'plan.json', '--channel', 'x', '--fix'], /unknown option --fix/],
    ['a missing value', ['check', '--plan', 'plan.json', '--channel'], /--channel: expected a value/],
    ['two drafts', ['check', '--plan', 'plan.json', '--channel', 'x', 'a.txt', 'b.txt'], /expected one draft FILE/],
    ['stdin twice', ['check', '--plan', '-', '--channel', 'x', '-'], /only one of the plan, the draft and --replying-to can be read from standard input/],
    ['a missing draft file', ['check', '--plan', 'plan.json', '--channel', 'x', 'nope.txt'], /nope\.txt: no such file/],
    ['a missing plan file', ['check', '--plan', 'nope.json', '--channel', 'x', 'draft.txt'], /nope\.json: no such file/],
  ])('exits 2 on %s, with the reason on stderr', async (_what, argv, message) => {
    const { code, stdout, stderr } = await run(argv, { 'draft.txt': 'hi' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.startsWith('brandline check: ')).toBe(true);
  });

  it.each([
    ['a file whose name starts with "-"', ['--', '-draft.txt'], { '-draft.txt': offPlan }],
    ['standard input', ['--', '-'], { '-': offPlan }],
    ['a file after "--", options before it', ['--format', 'json', '--', 'draft.txt'], { 'draft.txt': offPlan }],
  ])('"--" ends the options: %s', async (_what, tail, files) => {
    const { code, stdout, stderr } = await run(['check', '--plan', 'plan.json', '--channel', 'instagram', ...tail], files);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Finding[]).some((f) => f.ruleId === 'terms.banned')).toBe(true);
  });

  it('"--help" after "--" is a file name, not a request for help', async () => {
    const { code, stdout } = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--', '--help'], { '--help': onPlan });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/Usage:/);
  });

  it('exits 2 on a bad plan, naming each bad path', async () => {
    const bad = JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', channels: { instagram: { hashtags: { max: 'five' } }, x: { maxLenght: 200 } } });
    const { code, stderr } = await run(['check', '--plan', 'bad.json', '--channel', 'x', 'draft.txt'], { 'bad.json': bad, 'draft.txt': 'hi' });
    expect(code).toBe(2);
    expect(stderr).toContain('bad.json is not a valid brand plan:');
    expect(stderr).toContain('  channels.instagram.hashtags.max: expected a number, got "five"');
    expect(stderr).toContain('  channels.x.maxLenght: unknown key (did you mean "maxLength"?)');
  });

  it('names the line of each problem of a plan file written over several lines, in the order of the file', async () => {
    const bad = JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms: { banned: [{ term: 'cheap' }, { term: 'deal', suggestion: 'offer' }] }, channels: { instagram: { hashtags: { max: 'five' } } } }, null, 2);
    const { code, stderr } = await run(['check', '--plan', 'bad.json', '--channel', 'x', 'draft.txt'], { 'bad.json': bad, 'draft.txt': 'hi' });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'brandline check: bad.json is not a valid brand plan:\n' +
        '  terms.banned[1].suggestion: unknown key (did you mean "suggest"?) (line 12)\n' +
        '  channels.instagram.hashtags.max: expected a number, got "five" (line 19)\n',
    );
  });

  it('notes on stderr the plan entries that work against each other, and checks as before (QA22)', async () => {
    const plan = JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms: { banned: [{ term: 'cheap', suggest: 'good value' }, { term: 'good value' }] } });
    const { code, stdout, stderr } = await run(['check', '--plan', 'plan.json', '--channel', 'x', '--format', 'json', 'draft.txt'], { 'plan.json': plan, 'draft.txt': 'So cheap' });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toBe('brandline check: plan note: terms.banned[0].suggest: the suggestion "good value" is flagged by the plan itself: Avoid "good value".\n');
  });

  it('lists the first 20 problems of a very broken plan and counts the rest (QA22)', async () => {
    const banned = (count: number) => Array.from({ length: count }, (_, i) => ({ term: `t${i}`, suggest: 5 }));
    const plan = (count: number) => JSON.stringify({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms: { banned: banned(count) } });
    const many = await run(['check', '--plan', 'bad.json', '--channel', 'x', 'draft.txt'], { 'bad.json': plan(120), 'draft.txt': 'hi' });
    expect(many.code).toBe(2);
    const lines = many.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[1]).toBe('  terms.banned[0].suggest: expected a string, got 5');
    expect(lines.at(-1)).toBe('  …and 100 more problems');
    // 21 problems: the last one is listed rather than counted.
    const few = await run(['check', '--plan', 'bad.json', '--channel', 'x', 'draft.txt'], { 'bad.json': plan(21), 'draft.txt': 'hi' });
    expect(few.stderr.trimEnd().split('\n')).toHaveLength(22);
    expect(few.stderr).not.toContain('more problems');
  });

  it('exits 2 on plan JSON with a syntax error, naming line and column', async () => {
    const { code, stderr } = await run(['check', '--plan', 'bad.json', '--channel', 'x', 'draft.txt'], { 'bad.json': '{\n  "schema": "brandline/plan@1",\n}', 'draft.txt': 'hi' });
    expect(code).toBe(2);
    expect(stderr).toContain('not valid JSON: a trailing comma before "}" at line 3, column 1');
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['check', '--help'], {});
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: brandline check --plan PLAN.json --channel x|facebook|instagram');
  });

  it('documents --lang and its default in --help', async () => {
    const { stdout } = await run(['check', '--help'], {});
    expect(stdout).toMatch(/--lang en\|nb +language of the findings' messages/);
    expect(stdout).toContain('LC_ALL, LC_MESSAGES or LANG');
  });

  it('writes messages and the report in Norwegian with --lang nb, the plan\'s own text as written', async () => {
    const { code, stdout } = await run(['check', '--format', 'text', '--plan', 'plan.json', '--channel', 'instagram', '--lang', 'nb', 'draft.txt'], { 'draft.txt': offPlan });
    expect(code).toBe(1);
    expect(stdout).toContain('draft.txt · instagram innlegg');
    expect(stdout).toMatch(/1:16 +feil +Unngå «cheap»\. We sell on quality, not price\. Skriv «good value»\. +terms\.banned/);
    expect(stdout).toContain('retting: "cheap" → "good value"');
    expect(stdout).toMatch(/✖ \d+ funn \(2 feil, \d+ advars(el|ler), 0 info\)/);
    expect(stdout).toMatch(/lengde 44\/2 200 · 1 emneknagg · /);
  });

  it('gives the same findings in every language, only the messages differ', async () => {
    const argv = ['check', '--plan', 'plan.json', '--channel', 'instagram', '--format', 'json', 'draft.txt'];
    const [en, nb] = await Promise.all(['en', 'nb'].map(async (lang) => JSON.parse((await run([...argv, `--lang=${lang}`], { 'draft.txt': offPlan })).stdout) as Finding[]));
    const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;
    expect(nb!.map(withoutMessage)).toEqual(en!.map(withoutMessage));
    nb!.forEach((f, i) => expect(f.message).not.toBe(en![i]!.message));
  });

  const avoid = { en: 'Avoid "cheap"', nb: 'Unngå «cheap»' };
  it.each([
    [{ LANG: 'nb_NO.UTF-8' }, 'nb', 'en'],
    [{ LANG: 'en_GB.UTF-8', LC_ALL: 'no_NO' }, 'nb', 'en'],
    [{ LANG: 'nb_NO.UTF-8', LC_ALL: 'C' }, 'en', 'nb'],
  ] as const)('takes the language from the environment (%j → %s) unless --lang says %s', async (env, fromEnv, flag) => {
    for (const [name, value] of Object.entries({ ...english, ...env })) vi.stubEnv(name, value);
    const argv = ['check', '--format', 'text', '--plan', 'plan.json', '--channel', 'instagram', 'draft.txt'];
    expect((await run(argv, { 'draft.txt': offPlan })).stdout).toContain(avoid[fromEnv]);
    expect((await run([...argv, '--lang', flag], { 'draft.txt': offPlan })).stdout).toContain(avoid[flag]);
  });

  it.each([
    [{}, 'en'],
    [{ LANG: 'nb_NO.UTF-8' }, 'nb'],
    [{ LANG: 'no_NO' }, 'nb'],
    [{ LANG: 'nn_NO.UTF-8' }, 'nb'],
    [{ LANG: 'NB' }, 'nb'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'nl_NL.UTF-8' }, 'en'],
    [{ LANG: 'nord' }, 'en'],
    [{ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, 'nb'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'nb_NO.UTF-8' }, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, 'nb'],
  ] as const)('reads %j as %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('shows positions as line and column in characters', () => {
    expect(lineColumn('ab\n😀cd', 6)).toEqual({ line: 2, column: 3 });
  });
});

describe('brandline check, the built command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brandline-check-'));
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'pipe' });
    writeFileSync(join(dir, 'plan.json'), examplePlan);
    writeFileSync(join(dir, 'draft.txt'), offPlan);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs from bin/brandline.mjs with the SPEC exit codes', () => {
    const bin = ['bin/brandline.mjs', 'check', '--plan', join(dir, 'plan.json'), '--channel', 'instagram'];
    const bad = spawnSync(process.execPath, [...bin, '--format', 'json', join(dir, 'draft.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as Finding[]).some((f) => f.ruleId === 'terms.banned')).toBe(true);
    const good = spawnSync(process.execPath, [...bin, '-'], { encoding: 'utf8', input: onPlan });
    expect(good.status).toBe(0);
    expect(good.stdout).not.toContain('\x1b[');
    const usage = spawnSync(process.execPath, [...bin.slice(0, 2), '--plan', join(dir, 'missing.json'), '--channel', 'x'], { encoding: 'utf8', input: '' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('missing.json: no such file');
  });

  it('reads drafts and plans saved as UTF-16 (Notepad\'s "Unicode") and counts a Windows line break once', () => {
    const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(dir, 'u16.txt'), utf16le('cheap coffee for users\r\n'));
    writeFileSync(join(dir, 'plan16.json'), utf16le(examplePlan));
    const u16 = spawnSync(process.execPath, ['bin/brandline.mjs', 'check', '--plan', join(dir, 'plan16.json'), '--channel', 'x', '--format', 'json', join(dir, 'u16.txt')], { encoding: 'utf8' });
    expect(u16.stderr).toBe('');
    expect(u16.status).toBe(1);
    expect((JSON.parse(u16.stdout) as Finding[]).map((f) => f.ruleId)).toEqual(expect.arrayContaining(['terms.banned', 'terms.preferred']));
    // 139 + line break + 140 = 280 as X counts it; "\r\n" is one break in a post.
    writeFileSync(join(dir, 'crlf.txt'), `${'a'.repeat(139)}\r\n${'b'.repeat(140)}\r\n`);
    const crlf = spawnSync(process.execPath, ['bin/brandline.mjs', 'check', '--plan', join(dir, 'plan.json'), '--channel', 'x', '--format', 'json', join(dir, 'crlf.txt')], { encoding: 'utf8' });
    expect((JSON.parse(crlf.stdout) as Finding[]).map((f) => f.ruleId)).not.toContain('length.max');
  });

  it('keeps its exit code when the reader stops early, and says so when the output cannot be written', () => {
    // Warnings only (exit 0), and enough of them that the text report outlives `head -1`.
    writeFileSync(join(dir, 'warn.txt'), 'users love it\n'.repeat(3000));
    const bin = `"${process.execPath}" bin/brandline.mjs check --plan "${join(dir, 'plan.json')}" --channel facebook --format text`;
    const early = spawnSync('bash', ['-c', `set -o pipefail; ${bin} "${join(dir, 'warn.txt')}" | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(early.stderr).toBe('');
    expect(early.status).toBe(0);
    writeFileSync(join(dir, 'bad-many.txt'), 'cheap coffee. '.repeat(3000));
    const earlyBad = spawnSync('bash', ['-c', `set -o pipefail; ${bin} "${join(dir, 'bad-many.txt')}" | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(earlyBad.stderr).toBe('');
    expect(earlyBad.status).toBe(1);
    if (existsSync('/dev/full')) {
      const full = spawnSync('bash', ['-c', `${bin} "${join(dir, 'warn.txt')}" >/dev/full`], { encoding: 'utf8' });
      expect(full.stderr).toBe('brandline: cannot write the output (ENOSPC)\n');
      expect(full.status).toBe(2);
    }
  });

  it('checks a 2 MB draft whose banned word comes 150,000 times: every one is reported (no call-stack overflow in a term rule)', () => {
    writeFileSync(join(dir, 'huge.txt'), 'cheap coffee. '.repeat(150_000));
    const out = openSync(join(dir, 'huge.out'), 'w');
    const huge = spawnSync(process.execPath, ['bin/brandline.mjs', 'check', '--plan', join(dir, 'plan.json'), '--channel', 'facebook', '--format', 'text', join(dir, 'huge.txt')], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    closeSync(out);
    expect(huge.stderr).toBe('');
    expect(huge.status).toBe(1);
    // terms.banned ×150,000 and length.max (errors), cta.missing and link.missing (warnings).
    expect(readFileSync(join(dir, 'huge.out'), 'utf8')).toContain('150003 findings (150001 errors, 2 warnings, 0 info)');
  }, 60_000);

  it('speaks Norwegian when LANG says so', () => {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'nb_NO.UTF-8' };
    const nb = spawnSync(process.execPath, ['bin/brandline.mjs', 'check', '--plan', join(dir, 'plan.json'), '--channel', 'instagram', join(dir, 'draft.txt')], { encoding: 'utf8', env });
    expect(nb.status).toBe(1);
    expect(nb.stdout).toContain('Unngå «cheap»');
  });
});
