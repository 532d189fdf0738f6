/**
 * `brandline kpi` (SPEC section 6): KPIs over exported CSV files, with the same importers and
 * KPI engine as the extension. JSON: { "<channel|all>": { "<KpiId>": number } }, absent KPIs left out.
 */
import { parseArgs } from 'node:util';
import { CHANNEL_IDS, type ChannelId } from '../../lib/engine/types';
import { isIsoDate } from '../../lib/metrics/dates';
import { channelsWithData, dataExtent } from '../../lib/metrics/extent';
import { importMetricsFile, ImportError } from '../../lib/metrics/import';
import { campaignCurrencies, computeKpis, type KpiValues } from '../../lib/metrics/kpi';
import { goalProgress, type GoalProgress } from '../../lib/metrics/goals';
import { formatKpi, inCampaignCurrency } from '../../lib/metrics/kpi-format';
import { mergeMetrics } from '../../lib/metrics/merge';
import { rangeOverlap } from '../../lib/metrics/range-overlaps';
import { keyText, postKey } from '../../lib/metrics/record-keys';
import { uncountedIn, type Uncounted } from '../../lib/metrics/uncounted';
import type { DateRange } from '../../lib/metrics/extent';
import type { MetricsData } from '../../lib/metrics/types';
import type { Plan } from '../../lib/plan/types';
import type { Command } from '../command';
import { shownPath, UsageError, type CliIO } from '../io';
import { channelChoice, didYouMean } from '../choices';
import { loadPlan } from '../plan-file';

const USAGE = `Usage: brandline kpi --plan plan.json --import FILE [--import FILE ...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                     [--channel x|facebook|instagram|all] [--format json|text]

Computes the plan's KPIs from platform exports: X post analytics, Meta Business Suite Facebook
and Instagram post exports, GA4 exports, and Brandline's CSV templates (followers, posts,
web sessions, campaign results). The range is inclusive and defaults to all the data.
Without --channel: every channel that has data, plus "all".

Output (JSON): { "<channel|all>": { "<KpiId>": number } }; a KPI without data is left out.
With --format text: a table per channel, then the plan's goals against the same range.
Exit codes: 0 ok, 2 bad input (the message is on stderr).
`;

const CHANNEL_CHOICES = [...CHANNEL_IDS, 'all'] as const;

function options(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      tokens: true,
      options: {
        plan: { type: 'string' },
        import: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        channel: { type: 'string' },
        format: { type: 'string', default: 'json' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // `--import exports/*.csv`: the shell hands the other files over without an --import each.
    const loose = /^Unexpected argument '([^']*)'/.exec(message)?.[1];
    if (loose !== undefined) throw new UsageError(`each file needs its own --import (got ${JSON.stringify(loose)} without one: a shell pattern such as exports/*.csv gives the files after the first without it)`);
    const unknown = /^Unknown option '(--[^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, ['--plan', '--import', '--from', '--to', '--channel', '--format']) : '';
    throw new UsageError(`${unknown ? `unknown option ${unknown}${hint}` : message}\n${USAGE}`);
  }
  // parseArgs keeps the last of a repeated option: "--plan bad.json --plan good.json" never read
  // the bad plan, "--channel x --channel facebook" printed facebook only. `check` refuses both.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === 'import') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} given twice`);
    seen.add(token.name);
  }
  const { values } = parsed;
  if ([values.plan, ...(values.import ?? [])].filter((f) => f === '-').length > 1) {
    throw new UsageError('only one of the plan and the imports can be read from standard input');
  }
  return values;
}

/** "EUR and NOK", "EUR, NOK and USD". */
const andList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name}: expected a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

async function loadData(files: string[], io: CliIO, plan: Plan): Promise<{ data: MetricsData; parts: MetricsData[] }> {
  const parts: MetricsData[] = [];
  // Each post as an earlier file gave it: a later file's post with other numbers replaces it, as
  // importing the newer export again would, and is said (the order of a glob decided it; QA26).
  const posts = new Map<string, string>();
  for (const file of files) {
    try {
      // Messages name the file, and "-" is standard input there too (as `check` says it).
      const result = await importMetricsFile({ name: shownPath(file), bytes: await io.readBytes(file) }, { plan });
      let replaced = 0;
      for (const post of result.data.posts) {
        const key = keyText(postKey(post));
        const seen = posts.get(key);
        const now = JSON.stringify(post);
        if (seen !== undefined && seen !== now) replaced += 1;
        posts.set(key, now);
      }
      if (replaced) io.stderr(`${shownPath(file)}: ${replaced} post${replaced > 1 ? 's' : ''} an earlier file gave with other numbers; this file's ${replaced > 1 ? 'were' : 'was'} kept (the last --import wins)\n`);
      // Web sessions of the files before this one that it counts a second time (GA4 range downloads).
      const overlap = result.data.sessions.length ? rangeOverlap(result.data.sessions, parts.flatMap((part) => part.sessions)) : undefined;
      parts.push(result.data);
      // A note, not an error: stdout stays the KPIs (JSON for machines), the exit code stays 0.
      if (result.empty) io.stderr(`${shownPath(file)}: ${result.empty} row${result.empty > 1 ? 's' : ''} had no data (an empty followers, sessions or spend cell) and ${result.empty > 1 ? 'were' : 'was'} skipped\n`);
      const comma = result.commaDecimals;
      if (comma) io.stderr(`${shownPath(file)}: line ${comma.line}, column "${comma.column}": "${comma.raw}" was read as ${comma.read}, because this file writes decimals with a comma elsewhere${comma.count > 1 ? ` (and ${comma.count - 1} more value${comma.count > 2 ? 's' : ''} like it)` : ''}; if it means ${comma.raw.replace(',', '')}, write numbers without a thousands separator\n`);
      if (result.differingDays) io.stderr(`${shownPath(file)}: ${result.differingDays} channel day${result.differingDays > 1 ? 's were' : ' was'} on several rows with different follower counts; the last row of each was kept\n`);
      if (result.differing) io.stderr(`${shownPath(file)}: ${result.differing} post${result.differing > 1 ? 's were' : ' was'} on several rows with different numbers; the last row of each was kept (Brandline reads one row per post, with its lifetime totals)\n`);
      const missing = result.missingMetrics;
      if (missing) {
        const one = missing.length === 1;
        io.stderr(`${shownPath(file)}: ${one ? 'no' : 'lacks the columns'} ${missing.map((c) => `"${c}"`).join(', ')}${one ? ' column' : ''}: the KPIs that use ${one ? 'it' : 'them'} are computed without ${one ? 'it' : 'them'}${missing.includes('Reach') ? ' (engagement rate per view, not per account reached)' : ''}; export every column to count ${one ? 'it' : 'them'}\n`);
      }
      if (result.cutOff) io.stderr(`${shownPath(file)}: the last line (${result.cutOff.line}) has ${result.cutOff.cells} cells where the line before it has ${result.cutOff.expected}, and no line break after it; if the download was cut off, its figures are low: download it again\n`);
      if (overlap) io.stderr(`${shownPath(file)}: its web sessions share days with those of an earlier file for ${overlap.from} … ${overlap.to}; a GA4 download without a Date column counts in every KPI range that holds its whole range, so a range that holds both counts the shared days twice (download GA4 reports with the Date dimension to count each day once)\n`);
      if (result.repeated) io.stderr(`${shownPath(file)}: ${result.repeated} row${result.repeated > 1 ? 's' : ''} repeated another row cell for cell and ${result.repeated > 1 ? 'were' : 'was'} counted once\n`);
    } catch (error) {
      if (error instanceof ImportError) throw new UsageError(error.message);
      throw error;
    }
  }
  return { data: mergeMetrics(parts), parts };
}

/** A file the range leaves out, said on stderr: a weekly run one day off dropped a whole GA4 download silently (QA26). */
function uncountedNote(file: string, uncounted: Uncounted, range: DateRange): string {
  const notes: string[] = [];
  const { sessions, posts } = uncounted;
  if (sessions?.covers) notes.push(`its range ${sessions.covers.from} … ${sessions.covers.to} is not inside ${range.from} … ${range.to}, so its ${sessions.rows} web-session row${sessions.rows > 1 ? 's are' : ' is'} not counted (a GA4 download without a Date column counts only in a range that holds its whole range)`);
  else if (sessions) notes.push(`none of its ${sessions.rows} web-session row${sessions.rows > 1 ? 's is' : ' is'} in ${range.from} … ${range.to}`);
  if (posts) notes.push(`none of its ${posts} post${posts > 1 ? 's was' : ' was'} published in ${range.from} … ${range.to}`);
  return `${shownPath(file)}: ${notes.join('; ')}\n`;
}

/**
 * For a person in a terminal: each KPI as the side panel shows it (thousands grouped, shares as
 * percentages, money in the plan's currency); the JSON carries the raw numbers.
 */
function formatText(result: Record<string, KpiValues>, range: { from: string; to: string }, plan: Plan, goals: GoalProgress[], data: MetricsData): string {
  const lines = [`KPIs ${range.from} … ${range.to}`];
  // Amounts are in the currency of the results counted, as the side panel says it (a plan with a
  // NOK and a EUR campaign and only NOK results printed "spend 1,900"; QA36); without results, of
  // the channel's campaigns when they share one (goal targets). Mixed ones are left out (kpi.ts).
  const currencyOf = (channel: string) => {
    const counted = campaignCurrencies(data.campaignResults, plan, { ...range, channel: channel as ChannelId | 'all' });
    const currencies = counted.size ? counted : new Set(plan.campaigns.filter((c) => channel === 'all' || c.channel === channel).map((c) => c.currency));
    return currencies.size === 1 ? [...currencies][0] : undefined;
  };
  // Intl puts a no-break space after a currency code; a terminal user greps for a plain one.
  const shown = (id: string, value: number, channel: string) => formatKpi(id, value, 'en', inCampaignCurrency(id) ? currencyOf(channel) : undefined).replace(/\u00a0/g, ' ');
  for (const [channel, values] of Object.entries(result)) {
    lines.push('', channel);
    const entries = Object.entries(values);
    if (!entries.length) lines.push('  (no data)');
    const width = Math.max(0, ...entries.map(([id]) => id.length));
    for (const [id, value] of entries) lines.push(`  ${id.padEnd(width)}  ${shown(id, value, channel)}`);
  }
  // The plan's goals against the same range, as the side panel lists them (QA20).
  if (goals.length) {
    lines.push('', 'goals');
    const width = Math.max(...goals.map((g) => `${g.kpi} · ${g.channel}`.length));
    for (const g of goals) {
      // Past its due date (the range starts after it) a goal says where the KPI is now, not that it was met in time (QA36).
      const status = g.value === undefined ? 'no data' : g.pastDue ? (g.met ? 'reached in this range, which starts after its due date' : 'not reached; its due date has passed') : g.met ? 'met' : g.onTrack ? `on track${g.projected === undefined ? '' : ` (${shown(g.kpi, g.projected, g.channel)} projected)`}` : 'behind';
      const value = g.value === undefined ? '—' : shown(g.kpi, g.value, g.channel);
      lines.push(`  ${`${g.kpi} · ${g.channel}`.padEnd(width)}  ${value} / ${shown(g.kpi, g.target, g.channel)} by ${g.due} · ${status}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const kpiCommand: Command = {
  name: 'kpi',
  summary: 'KPIs from platform exports (X, Meta, GA4, Brandline templates)',
  usage: USAGE,
  async run(argv, io) {
    const values = options(argv);
    if (!values.plan) throw new UsageError(`--plan is required\n${USAGE}`);
    if (!values.import?.length) throw new UsageError(`at least one --import FILE is required\n${USAGE}`);
    const channel = values.channel === undefined ? undefined : channelChoice('--channel', values.channel, CHANNEL_CHOICES);
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`--format: expected json or text, got "${values.format}"`);
    const from = checkDate('from', values.from);
    const to = checkDate('to', values.to);

    const plan = await loadPlan(values.plan, io);
    const { data, parts } = await loadData(values.import, io, plan);

    const extent = dataExtent(data);
    if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    // An option left out spans the data, but never past the other one: "--to" before the data
    // (or "--from" after it) is a valid, empty range, not an upside-down one.
    const earliest = (a: string, b: string | undefined) => (b !== undefined && b < a ? b : a);
    const latest = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
    const range = {
      from: from ?? (extent ? earliest(extent.from, to) : (to ?? '0000-01-01')),
      to: to ?? (extent ? latest(extent.to, from) : (from ?? '9999-12-31')),
    };

    for (const [i, part] of parts.entries()) {
      const uncounted = uncountedIn(part, range);
      if (uncounted) io.stderr(uncountedNote(values.import[i]!, uncounted, range));
    }

    // Spend of a campaign the plan does not list has no channel: it counts for "all" only (QA26).
    const listed = new Set(plan.campaigns.map((c) => c.id));
    const unlisted = [...new Set(data.campaignResults.filter((r) => !listed.has(r.campaignId) && r.date >= range.from && r.date <= range.to).map((r) => r.campaignId))].sort();
    if (unlisted.length) io.stderr(`campaign${unlisted.length > 1 ? 's' : ''} ${unlisted.map((id) => JSON.stringify(id)).join(', ')} ${unlisted.length > 1 ? 'are' : 'is'} not in the plan: ${unlisted.length > 1 ? 'their' : 'its'} results count for all only\n`);

    const channels: (ChannelId | 'all')[] = channel ? [channel] : [...channelsWithData(data, plan), 'all'];
    const result: Record<string, KpiValues> = {};
    for (const c of channels) {
      const query = { ...range, channel: c };
      result[c] = computeKpis(data, plan, query);
      // Said on stderr (stdout stays the KPIs), as the side panel says it on the tile.
      const currencies = campaignCurrencies(data.campaignResults, plan, query);
      if (currencies.size > 1) io.stderr(`${c}: spend, revenue, roi, roas, cpc and cpa are left out: its campaigns are in ${andList([...currencies].sort())}, which do not add up\n`);
    }
    if (values.format === 'json') {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const goals = plan.goals.map((goal) => goalProgress(goal, result[goal.channel] ?? computeKpis(data, plan, { ...range, channel: goal.channel }), data, range));
    io.stdout(formatText(result, range, plan, goals, data));
    return 0;
  },
};
