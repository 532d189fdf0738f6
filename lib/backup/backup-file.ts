/**
 * A backup of everything Brandline stores: every plan as its file (raw JSON, with when it was made
 * and changed), which plan each channel uses, and every metric record — including those typed in
 * by hand in the popup, which exist nowhere else. One JSON file, so it can be kept, moved to
 * another browser, or put back after "Erase everything". The metric records are the SPEC §5
 * record shapes (what an import stores), so nothing an import knew is lost on the way.
 */
import * as z from 'zod/mini';
import type { MessageLocale } from '../engine/types';
import { storedMetricsDataSchema } from '../messaging/metrics-schemas';
import type { MetricsData } from '../metrics/types';
import { formatPath, parseJsonText, parsePlan, storedPlanProblems, type PlanError } from '../plan/parse';
import { PLAN_SCHEMA_ID, type Plan } from '../plan/types';

export const BACKUP_FORMAT = 'brandline/backup@1';

/** What can be wrong with a backup beyond a plan's own problems (those are the plan parser's). */
interface Say {
  format: (got: string) => string;
  newer: (got: string) => string;
  duplicate: (id: string) => string;
  noPlan: (id: string) => string;
  expected: (what: string) => string;
  unknownKeys: (keys: string) => string;
  invalid: string;
  missing: string;
  planFile: string;
}
const SAY: Record<MessageLocale, Say> = {
  en: {
    format: (got) => `expected "${BACKUP_FORMAT}" (a file made by "Back up all data"), got ${got}`,
    newer: (got) => `${got} is a backup made by a newer Brandline: update Brandline to restore it`,
    duplicate: (id) => `another plan of the backup has the id "${id}"`,
    noPlan: (id) => `no plan of the backup has the id "${id}"`,
    expected: (what) => `expected ${what}`,
    unknownKeys: (keys) => `unknown key ${keys}`,
    invalid: 'not a value a backup holds here',
    missing: 'missing',
    planFile: 'this is a plan file, not a backup: import it with "Import a plan file (JSON)"',
  },
  nb: {
    format: (got) => `forventet «${BACKUP_FORMAT}» (en fil laget med «Sikkerhetskopier alle data»), fikk ${got}`,
    newer: (got) => `${got} er en sikkerhetskopi laget av en nyere Brandline: oppdater Brandline for å gjenopprette den`,
    duplicate: (id) => `en annen plan i sikkerhetskopien har id-en «${id}»`,
    noPlan: (id) => `ingen plan i sikkerhetskopien har id-en «${id}»`,
    expected: (what) => `forventet ${what}`,
    unknownKeys: (keys) => `ukjent nøkkel ${keys}`,
    invalid: 'ikke en verdi en sikkerhetskopi har her',
    missing: 'mangler',
    planFile: 'dette er en planfil, ikke en sikkerhetskopi: importer den med «Importer en planfil (JSON)»',
  },
};

const KIND_NAMES: Record<MessageLocale, Record<string, string>> = {
  en: { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' },
  nb: { string: 'tekst', number: 'et tall', boolean: 'true eller false', object: 'et objekt', array: 'en liste', null: 'null' },
};

/** A schema problem worded in the page's language, named by its JSON path. */
function issueMessage(issue: { code: string; path: PropertyKey[]; expected?: string; keys?: string[]; message: string }, locale: MessageLocale): PlanError {
  const say = SAY[locale];
  const path = formatPath(issue.path);
  let text = issue.message;
  if (issue.code === 'invalid_type' && issue.expected === 'nonoptional') text = say.missing;
  else if (issue.code === 'invalid_type' && issue.expected) text = say.expected(KIND_NAMES[locale][issue.expected] ?? issue.expected);
  else if (issue.code === 'unrecognized_keys' && issue.keys) text = say.unknownKeys(issue.keys.map((k) => JSON.stringify(k)).join(', '));
  else if (issue.code === 'invalid_value' || issue.code === 'too_small' || issue.code === 'too_big') text = say.invalid;
  return { path, message: `${path || '(backup)'}: ${text}` };
}

const planId = z.string().check(z.minLength(1));
/** A time in ms, as Date.now() gives: whole, and within what a Date holds (later saves add 1 to it). */
const stamp = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  plans: z.array(
    z.strictObject({
      raw: z.unknown(),
      /** The plan as stored (the file with defaults filled in): restored when this version refuses `raw`. */
      plan: z.optional(z.unknown()),
      createdAt: stamp,
      updatedAt: stamp,
      imported: z.optional(z.boolean()),
    }),
  ),
  active: z.strictObject({ x: z.nullable(planId), facebook: z.nullable(planId), instagram: z.nullable(planId) }),
  metrics: storedMetricsDataSchema,
});

export type BackupFile = z.infer<typeof backupSchema>;

export interface RestoredPlan {
  plan: Plan;
  raw: unknown;
  createdAt: number;
  updatedAt: number;
  imported?: boolean;
  /**
   * What this version finds wrong with the plan's file, when it was restored as it was stored:
   * an earlier version checked less, and the user's plan must not be lost for it.
   */
  problems?: string[];
}

/**
 * The plan a backup says was stored, when `raw` no longer passes: accepted when it has the id of
 * the file and the types, keys and values every rule reads (storedPlanProblems: an earlier version
 * wrote it through the same schema, with fewer checks of values), so a hand-made file cannot hand
 * the engine something it breaks on. Answers the problems that refuse it otherwise.
 */
function asStoredPlan(value: unknown, id: unknown, locale: MessageLocale): { plan: Plan } | { problems: PlanError[] } {
  if (value === undefined) return { problems: [] };
  const problems = storedPlanProblems(value, { locale });
  if (problems.length) return { problems };
  if ((value as Plan).id !== id) return { problems: [{ path: 'id', message: `id: ${JSON.stringify((value as Plan).id)} ≠ ${JSON.stringify(id)}` }] };
  return { plan: value as Plan };
}

export type BackupResult =
  | { ok: true; plans: RestoredPlan[]; active: BackupFile['active']; metrics: MetricsData }
  | { ok: false; errors: PlanError[] };

/**
 * The backup file's text. Not indented: a year of posts is tens of MB, and the file goes through
 * the extension's messaging (64 MiB a message) both ways; indenting made it 40 % larger.
 */
export function backupText(file: BackupFile): string {
  return `${JSON.stringify(file)}\n`;
}

/**
 * Reads a backup file: every problem names its JSON path (`plans[1].channels.x.hashtags.max: …`,
 * `metrics.posts[3].publishedAt: …`) or the line and column of a syntax error. Each plan is
 * validated as a plan file would be; one this version refuses is restored as it was stored (its
 * `plan`), with its problems named, and refused only when the backup has no stored form of it.
 * Records are checked as stored data, not as new input (an earlier version let in more).
 */
export function readBackup(text: string, locale: MessageLocale = 'en'): BackupResult {
  const json = parseJsonText(text, locale);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const value = json.value;
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    const newer = typeof format === 'string' && /^brandline\/backup@(\d+)$/.exec(format);
    const planFile = (value as { schema?: unknown } | null)?.schema === PLAN_SCHEMA_ID;
    const message = newer && Number(newer[1]) > 1 ? SAY[locale].newer(JSON.stringify(format)) : planFile ? SAY[locale].planFile : SAY[locale].format(JSON.stringify(format) ?? '—');
    return { ok: false, errors: [{ path: 'format', message: `format: ${message}` }] };
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 20).map((issue) => issueMessage(issue as Parameters<typeof issueMessage>[0], locale)) };
  const plans: RestoredPlan[] = [];
  const errors: PlanError[] = [];
  const seen = new Set<string>();
  parsed.data.plans.forEach((entry, i) => {
    const result = parsePlan(entry.raw, { locale });
    if (!result.ok) {
      // Its id still counts as the backup's, so channels that use it are not reported as well.
      const id = (entry.raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') seen.add(id);
      // Stored by an earlier version that checked less: restored as it was stored, problems named.
      const stored = asStoredPlan(entry.plan, id, locale);
      if ('plan' in stored) {
        plans.push({ plan: stored.plan, raw: entry.raw, createdAt: entry.createdAt, updatedAt: entry.updatedAt, ...(entry.imported ? { imported: true } : {}), problems: result.errors.map((e) => e.message) });
        return;
      }
      for (const e of result.errors) errors.push({ path: `plans[${i}].raw${e.path ? `.${e.path}` : ''}`, message: `plans[${i}]: ${e.message}` });
      // The stored form could not stand in for it either: said too, so the whole reason is there.
      for (const e of stored.problems.slice(0, 5)) errors.push({ path: `plans[${i}].plan${e.path ? `.${e.path}` : ''}`, message: `plans[${i}].plan: ${e.message}` });
      return;
    }
    if (seen.has(result.plan.id)) errors.push({ path: `plans[${i}].raw.id`, message: `plans[${i}]: id: ${SAY[locale].duplicate(result.plan.id)}` });
    seen.add(result.plan.id);
    plans.push({ plan: result.plan, raw: entry.raw, createdAt: entry.createdAt, updatedAt: entry.updatedAt, ...(entry.imported ? { imported: true } : {}) });
  });
  for (const [channel, id] of Object.entries(parsed.data.active)) {
    if (id !== null && !seen.has(id)) errors.push({ path: `active.${channel}`, message: `active.${channel}: ${SAY[locale].noPlan(id)}` });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, plans, active: parsed.data.active, metrics: parsed.data.metrics };
}
