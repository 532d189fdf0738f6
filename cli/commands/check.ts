// `brandline check` (SPEC §6): checks a draft against a plan, as the extension does in a composer.
// Exit 0 when no finding is an error, 1 when one is, 2 on bad input (message on stderr).
import { checkDraft } from '../../lib/engine/check';
import { draftStats } from '../../lib/engine/stats';
import { CHANNEL_IDS, SURFACES, type ChannelId, type Finding, type Surface } from '../../lib/engine/types';
import { parsePlanJson } from '../../lib/plan/parse';
import type { Plan } from '../../lib/plan/types';
import type { Command } from '../command';
import { paint, UsageError, type CliIO } from '../io';

const usage = `Usage: brandline check --plan PLAN.json --channel x|facebook|instagram [options] [FILE|-]

Checks a draft against a brand plan with the same rules as the browser extension and prints
the findings. Reads FILE, or standard input when FILE is "-" or left out. One final line
break of the file is not part of the draft.

Options:
  --plan FILE                 the brand plan (brandline/plan@1 JSON)
  --channel x|facebook|instagram
  --surface post|comment      a post (default) or a comment/reply
  --replying-to FILE          the comment being answered (for context.complaint, crisis.keyword)
  --format text|json          text for people (default), json for an array of findings
  -h, --help                  show this help

Exit codes: 0 no error findings, 1 at least one error finding, 2 bad input.
`;

interface CheckArgs {
  plan: string;
  channel: ChannelId;
  surface: Surface;
  replyingTo?: string;
  format: 'text' | 'json';
  file: string;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option}: expected ${allowed.join(', ')}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const values = new Map<string, string | undefined>();
  const files: string[] = [];
  const known = ['--plan', '--channel', '--surface', '--replying-to', '--format'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!known.includes(name)) throw new UsageError(`unknown option ${name} (options: ${known.join(', ')})`);
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
    channel: oneOf('--channel', values.get('--channel'), CHANNEL_IDS),
    surface: values.has('--surface') ? oneOf('--surface', values.get('--surface'), SURFACES) : 'post',
    format: values.has('--format') ? oneOf('--format', values.get('--format'), ['text', 'json'] as const) : 'text',
    file: files[0] ?? '-',
  };
  const replyingTo = values.get('--replying-to');
  if (replyingTo !== undefined) args.replyingTo = replyingTo;
  const stdinUsers = [args.plan, args.file, args.replyingTo].filter((f) => f === '-');
  if (stdinUsers.length > 1) throw new UsageError('only one of the plan, the draft and --replying-to can be read from standard input');
  return args;
}

/** The text of a file as the user meant it: no byte-order mark, no final line break. */
export function draftText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
}

async function loadPlan(path: string, io: CliIO): Promise<Plan> {
  const result = parsePlanJson(await io.readText(path));
  if (result.ok) return result.plan;
  const shown = path === '-' ? 'standard input' : path;
  throw new UsageError(`${shown} is not a valid brand plan:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
}

/** 1-based line and column (in characters, as a terminal shows them) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

function formatText(findings: Finding[], text: string, args: CheckArgs, plan: Plan, color: boolean): string {
  const p = paint(color);
  const tint = { error: p.red, warning: p.yellow, info: p.blue };
  const stats = draftStats(text, args.channel, plan, args.surface);
  const where = `${args.file === '-' ? 'standard input' : args.file} · ${args.channel} ${args.surface}`;
  const counters = p.dim(`length ${stats.length}/${stats.limit} · ${stats.hashtags} hashtags · ${stats.mentions} mentions · ${stats.emoji} emoji · ${stats.links} links`);
  if (!plan.channels[args.channel].enabled) return `${p.green('✔')} ${where}: the plan turns checks off for ${args.channel}\n  ${counters}\n`;
  if (!findings.length) return `${p.green('✔')} ${where}: on plan\n  ${counters}\n`;
  const positions = findings.map((f) => (f.start === undefined ? '-' : (({ line, column }) => `${line}:${column}`)(lineColumn(text, f.start))));
  const width = Math.max(...positions.map((s) => s.length));
  const lines = findings.map((f, i) => {
    const head = `  ${positions[i]!.padEnd(width)}  ${tint[f.severity](f.severity.padEnd(7))}  ${f.message}  ${p.dim(f.ruleId)}`;
    if (!f.fix) return head;
    const before = text.slice(f.fix.start, f.fix.end);
    const change = before ? `${JSON.stringify(before)} → ${JSON.stringify(f.fix.text)}` : `insert ${JSON.stringify(f.fix.text)}`;
    return `${head}\n  ${' '.repeat(width)}  ${p.dim(`fix: ${change}`)}`;
  });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)`;
  return `${p.bold(where)}\n${lines.join('\n')}\n\n${count('error') ? p.red(`✖ ${summary}`) : p.yellow(summary)}\n  ${counters}\n`;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a draft against a brand plan (exit 1 on error findings)',
  usage,
  run: async (argv, io) => {
    const args = parseCheckArgs(argv);
    const plan = await loadPlan(args.plan, io);
    const text = draftText(await io.readText(args.file));
    const replyingTo = args.replyingTo === undefined ? undefined : draftText(await io.readText(args.replyingTo));
    const findings = checkDraft(text, { plan, channel: args.channel, surface: args.surface, ...(replyingTo === undefined ? {} : { replyingTo }) });
    io.stdout(args.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatText(findings, text, args, plan, io.color));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
