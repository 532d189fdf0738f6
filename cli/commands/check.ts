// `brandline check` (SPEC §6): checks a draft against a plan, as the extension does in a composer.
// Exit 0 when no finding is an error, 1 when one is, 2 on bad input (message on stderr).
import { checkDraft } from '../../lib/engine/check';
import { draftStats, type DraftStats } from '../../lib/engine/stats';
import { CHANNEL_IDS, MESSAGE_LOCALES, SURFACES, type ChannelId, type Finding, type MessageLocale, type Surface } from '../../lib/engine/types';
import type { Plan } from '../../lib/plan/types';
import type { Command } from '../command';
import { channelChoice, didYouMean } from '../choices';
import { paint, printable, readTextBytes, shownPath, UsageError } from '../io';
import { loadPlan } from '../plan-file';
import { LineIndex } from '../../lib/text/lines';
import { draftOf, inFile } from '../draft-text';
import { decodeBytes, startsWithBom } from '../../lib/text/decode';
import { planNotes } from '../../lib/plan/consistency';

/** Thousands grouped as the side panel and the overlay group them ("63,206", "63 206"), with a plain space a terminal keeps. */
function group(lang: 'en' | 'nb', value: number): string {
  return new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-US').format(value).replace(/\s/g, ' ');
}

/** "1 hashtag", "2 hashtags": the report's counters in the singular for one. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const usage = `Usage: brandline check --plan PLAN.json --channel x|facebook|instagram [options] [FILE|-]

Checks a draft against a brand plan with the same rules as the browser extension and prints
the findings. Reads FILE, or standard input when FILE is "-" or left out. One final line
break of the file is not part of the draft, and a Windows line break counts once, as in the
sites' editors. "--" ends the options (for a FILE whose name starts with "-").

JSON offsets (start, end and the fix's) are UTF-16 offsets into FILE as written: a byte-order
mark counts as one, a Windows line break as two, as Node's readFileSync(FILE, 'utf8') and
Python's open(FILE) read it. line, column, endLine and endColumn (from 1; columns count
characters) say the same for tools that read the file another way.

Options:
  --plan FILE                 the brand plan (brandline/plan@1 JSON)
  --channel x|facebook|instagram
  --surface post|comment      a post (default) or a comment/reply ("reply" works too)
  --replying-to FILE          the comment being answered (for context.complaint, crisis.keyword);
                              a reply is checked with --surface comment
  --format text|json          json: an array of findings (the default when output goes to a pipe
                              or a file); text: for people (the default in a terminal)
  --lang en|nb                language of the findings' messages: English or Norwegian Bokmål.
                              Default: nb when LC_ALL, LC_MESSAGES or LANG (the first one set)
                              starts with nb, no or nn (e.g. nb_NO.UTF-8), else en. Text from
                              the plan (reasons, escalation) is shown as written.
  -h, --help                  show this help

Exit codes: 0 no error findings, 1 at least one error finding, 2 bad input.
`;

interface CheckArgs {
  plan: string;
  channel: ChannelId;
  surface: Surface;
  replyingTo?: string;
  /** --surface was left out (then a --replying-to draft is checked as a post, and the run says so). */
  surfaceDefaulted?: boolean;
  /** Absent: JSON unless standard output is a terminal (SPEC §6: pipelines read an array of Finding). */
  format?: 'text' | 'json';
  lang: MessageLocale;
  file: string;
}

/**
 * The message language the environment asks for, as gettext reads it: LC_ALL, then LC_MESSAGES,
 * then LANG; Norwegian (nb, no, and nn — Bokmål reads better than English to a Nynorsk user)
 * gives 'nb', anything else 'en'.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): MessageLocale {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^(nb|no|nn)([_.@-]|$)/i.test(locale) ? 'nb' : 'en';
}

/** One of `allowed`, in any case and with spaces around it, as --channel and --surface take them (QA26). */
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  const lower = value?.trim().toLowerCase();
  if (lower !== undefined && (allowed as readonly string[]).includes(lower)) return lower as T;
  throw new UsageError(`${option}: expected ${allowed.join(', ')}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

/** post or comment, in any case; "reply" is what people call the comment surface. */
function surfaceChoice(value: string | undefined): Surface {
  const lower = value?.trim().toLowerCase();
  const surface = lower === 'reply' ? 'comment' : lower;
  if (surface !== undefined && (SURFACES as readonly string[]).includes(surface)) return surface as Surface;
  throw new UsageError(`--surface: expected post or comment (or reply), got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

export function parseCheckArgs(argv: string[], env: Readonly<Record<string, string | undefined>> = process.env): CheckArgs {
  const values = new Map<string, string | undefined>();
  const files: string[] = [];
  const known = ['--plan', '--channel', '--surface', '--replying-to', '--format', '--lang'];
  let optionsEnd = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--` ends the options: what follows is a file, even "-" or a name that starts with "-".
    if (optionsEnd) files.push(arg);
    else if (arg === '--') optionsEnd = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      // Linters spell it --json: say how it is spelt here.
      if (name === '--json') throw new UsageError('unknown option --json — did you mean --format json?');
      if (!known.includes(name)) throw new UsageError(`unknown option ${name}${didYouMean(name, known)} (options: ${known.join(', ')})`);
      if (values.has(name)) throw new UsageError(`${name} given twice`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name}: expected a value`);
      values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length > 1) throw new UsageError(`expected one draft FILE, got ${files.map((f) => JSON.stringify(f)).join(' and ')}`);
  const plan = values.get('--plan');
  if (!plan) throw new UsageError('--plan FILE is required');
  if (!values.has('--channel')) throw new UsageError(`--channel is required (${CHANNEL_IDS.join(', ')})`);
  const args: CheckArgs = {
    plan,
    channel: channelChoice('--channel', values.get('--channel'), CHANNEL_IDS),
    // "reply" is what people call the comment surface. --replying-to does not change the default
    // (SPEC §6 lists the two apart; see docs/decisions.md): the run says so on stderr instead.
    surface: values.has('--surface') ? surfaceChoice(values.get('--surface')) : 'post',
    lang: values.has('--lang') ? oneOf('--lang', values.get('--lang'), MESSAGE_LOCALES) : langFromEnv(env),
    file: files[0] ?? '-',
  };
  if (values.has('--format')) args.format = oneOf('--format', values.get('--format'), ['text', 'json'] as const);
  const replyingTo = values.get('--replying-to');
  if (replyingTo !== undefined) args.replyingTo = replyingTo;
  if (!values.has('--surface')) args.surfaceDefaulted = true;
  const stdinUsers = [args.plan, args.file, args.replyingTo].filter((f) => f === '-');
  if (stdinUsers.length > 1) throw new UsageError('only one of the plan, the draft and --replying-to can be read from standard input');
  return args;
}

/** 1-based line and column (in characters, as a terminal shows them) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineColumns(text)(offset);
}

/**
 * offset → line:column for many offsets of one text, asked in increasing order (findings are
 * sorted): line starts are found once, each offset by binary search, and a column is counted on
 * from the previous offset on the same line, so a huge one-line draft with 100,000 findings is not
 * scanned once per finding.
 */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const lines = new LineIndex(text);
  let last = { line: 0, offset: 0, column: 1 };
  return (offset) => {
    const lo = lines.lineOf(offset);
    const from = last.line === lo + 1 && last.offset <= offset ? last : { line: lo + 1, offset: lines.startOf(lo), column: 1 };
    // Columns count characters as people see them in an editor: code points, not UTF-16 units.
    let column = from.column;
    for (let i = from.offset; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === from.offset || !isHighSurrogate(text.charCodeAt(i - 1))) column++;
    }
    last = { line: lo + 1, offset, column };
    return { line: lo + 1, column };
  };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The words of the text report around the findings, in the --lang language like the messages. */
const WORDS = {
  en: {
    stdin: 'standard input',
    surface: { post: 'post', comment: 'comment' },
    counters: (s: DraftStats) => `length ${group('en', s.length)}/${group('en', s.limit)} · ${count(s.hashtags, 'hashtag', 'hashtags')} · ${count(s.mentions, 'mention', 'mentions')} · ${s.emoji} emoji · ${count(s.links, 'link', 'links')}`,
    off: (channel: ChannelId) => `the plan turns checks off for ${channel}`,
    onPlan: 'on plan',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    replace: (before: string, after: string) => `fix: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    insert: (after: string) => `fix: insert ${JSON.stringify(after)}`,
    summary: (all: number, errors: number, warnings: number, info: number) =>
      `${all} finding${all === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${info} info)`,
  },
  nb: {
    stdin: 'standard inn',
    surface: { post: 'innlegg', comment: 'kommentar' },
    counters: (s: DraftStats) => `lengde ${group('nb', s.length)}/${group('nb', s.limit)} · ${count(s.hashtags, 'emneknagg', 'emneknagger')} · ${count(s.mentions, '@-omtale', '@-omtaler')} · ${count(s.emoji, 'emoji', 'emojier')} · ${count(s.links, 'lenke', 'lenker')}`,
    off: (channel: ChannelId) => `planen har slått av sjekkene for ${channel}`,
    onPlan: 'i tråd med planen',
    severity: { error: 'feil', warning: 'advarsel', info: 'info' },
    replace: (before: string, after: string) => `retting: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    insert: (after: string) => `retting: sett inn ${JSON.stringify(after)}`,
    summary: (all: number, errors: number, warnings: number, info: number) =>
      `${all} funn (${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, ${info} info)`,
  },
} satisfies Record<MessageLocale, unknown>;

function formatText(findings: Finding[], text: string, args: CheckArgs, plan: Plan, color: boolean): string {
  const p = paint(color);
  const say = WORDS[args.lang];
  const tint = { error: p.red, warning: p.yellow, info: p.blue };
  // The file name and the messages (which quote the plan) may hold control characters: shown, not obeyed.
  const where = `${args.file === '-' ? say.stdin : printable(args.file, { oneLine: true })} · ${args.channel} ${say.surface[args.surface]}`;
  const counters = p.dim(say.counters(draftStats(text, args.channel, plan, args.surface)));
  if (!plan.channels[args.channel].enabled) return `${p.green('✔')} ${where}: ${say.off(args.channel)}\n  ${counters}\n`;
  if (!findings.length) return `${p.green('✔')} ${where}: ${say.onPlan}\n  ${counters}\n`;
  const at = lineColumns(text);
  const positions = findings.map((f) => (f.start === undefined ? '-' : (({ line, column }) => `${line}:${column}`)(at(f.start))));
  // reduce, not Math.max(...): a huge draft can have more findings than a call takes arguments.
  const width = positions.reduce((most, s) => Math.max(most, s.length), 0);
  const severityWidth = Math.max(...Object.values(say.severity).map((s) => s.length));
  const lines = findings.map((f, i) => {
    const head = `  ${positions[i]!.padEnd(width)}  ${tint[f.severity](say.severity[f.severity].padEnd(severityWidth))}  ${printable(f.message, { oneLine: true })}  ${p.dim(f.ruleId)}`;
    if (!f.fix) return head;
    const before = text.slice(f.fix.start, f.fix.end);
    return `${head}\n  ${' '.repeat(width)}  ${p.dim(printable(before ? say.replace(before, f.fix.text) : say.insert(f.fix.text)))}`;
  });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = say.summary(findings.length, count('error'), count('warning'), count('info'));
  return `${p.bold(where)}\n${lines.join('\n')}\n\n${count('error') ? p.red(`✖ ${summary}`) : p.yellow(summary)}\n  ${counters}\n`;
}

/** How many plan notes a run prints before counting the rest. */
const NOTES_SHOWN = 5;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a draft against a brand plan (exit 1 on error findings)',
  usage,
  run: async (argv, io) => {
    const args = parseCheckArgs(argv);
    const plan = await loadPlan(args.plan, io);
    // The byte-order mark is kept in the text the offsets count in: Node's readFileSync(file, 'utf8')
    // and Python's open() keep it, and so a pipeline's slice of the file (QA26).
    const bytes = await readTextBytes(io, args.file, 'draft');
    const draft = draftOf((startsWithBom(bytes) ? '\uFEFF' : '') + decodeBytes(bytes));
    const { text } = draft;
    const replyingTo = args.replyingTo === undefined ? undefined : draftOf(decodeBytes(await readTextBytes(io, args.replyingTo, 'comment'))).text;
    // QA20: a reply checked as a post misses the reply's checks (context.complaint) without a word.
    if (replyingTo !== undefined && args.surfaceDefaulted) io.stderr(`brandline check: checked as a post; add --surface comment to check it as a reply to ${args.replyingTo === '-' ? 'standard input' : args.replyingTo}\n`);
    // Entries of the plan that work against each other (a fix the plan flags again): said on
    // stderr, as a linter's warnings, so stdout and the exit code stay the check's.
    const notes = planNotes(plan, args.lang);
    for (const note of notes.slice(0, NOTES_SHOWN)) io.stderr(`brandline check: plan note: ${printable(`${note.path}: ${note.message}`, { oneLine: true })}\n`);
    if (notes.length > NOTES_SHOWN) io.stderr(`brandline check: ${args.lang === 'nb' ? `… og ${notes.length - NOTES_SHOWN} planmerknader til` : `…and ${notes.length - NOTES_SHOWN} more plan notes`}\n`);
    const failed: string[] = [];
    const findings = checkDraft(text, {
      plan,
      channel: args.channel,
      surface: args.surface,
      messageLocale: args.lang,
      ...(replyingTo === undefined ? {} : { replyingTo }),
      onRuleError: (ruleId, problem) => failed.push(`${ruleId}: ${problem}`),
    });
    // A rule that failed leaves the check incomplete: a pipeline must not read that as "on plan".
    if (failed.length) throw new Error(`the check could not be completed (please report this):\n${failed.map((f) => `  ${f}`).join('\n')}`);
    // Said on stderr for a pipeline, whose JSON would read "[]", the same as a draft on plan (QA26):
    // an empty draft (a forgotten FILE, an empty artefact) and a channel the plan turns off.
    const where = args.file === '-' ? 'standard input' : shownPath(args.file);
    const format = args.format ?? (io.terminal ? 'text' : 'json');
    if (!text.trim()) io.stderr(`brandline check: the draft (${where}) is empty\n`);
    if (format === 'json' && !plan.channels[args.channel].enabled) io.stderr(`brandline check: the plan turns checks off for ${args.channel}; nothing was checked\n`);
    io.stdout(format === 'json' ? `${JSON.stringify(inFile(findings, draft, lineColumns(text)), null, 2)}\n` : formatText(findings, text, args, plan, io.color));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
