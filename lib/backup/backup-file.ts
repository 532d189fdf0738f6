/**
 * A backup of everything Brandline stores: every plan as its file (raw JSON, with when it was made
 * and changed), which plan each channel uses, and every metric record — including those typed in
 * by hand in the popup, which exist nowhere else. One JSON file, so it can be kept, moved to
 * another browser, or put back after "Erase everything". The metric records are the SPEC §5
 * record shapes (what an import stores), so nothing an import knew is lost on the way.
 */
import * as z from 'zod/mini';
import type { MessageLocale } from '../engine/types';
import { metricsDataSchema } from '../messaging/metrics-schemas';
import type { MetricsData } from '../metrics/types';
import { formatPath, parsePlan, type PlanError } from '../plan/parse';
import { locateJsonSyntaxError } from '../plan/json-syntax';
import { PLAN_MESSAGES } from '../plan/messages';
import type { Plan } from '../plan/types';

export const BACKUP_FORMAT = 'brandline/backup@1';

/** What can be wrong with a backup beyond a plan's own problems (those are the plan parser's). */
const SAY: Record<MessageLocale, { format: (got: string) => string; duplicate: (id: string) => string; noPlan: (id: string) => string }> = {
  en: {
    format: (got) => `expected "${BACKUP_FORMAT}" (a file made by "Back up all data"), got ${got}`,
    duplicate: (id) => `another plan of the backup has the id "${id}"`,
    noPlan: (id) => `no plan of the backup has the id "${id}"`,
  },
  nb: {
    format: (got) => `forventet «${BACKUP_FORMAT}» (en fil laget med «Sikkerhetskopier alle data»), fikk ${got}`,
    duplicate: (id) => `en annen plan i sikkerhetskopien har id-en «${id}»`,
    noPlan: (id) => `ingen plan i sikkerhetskopien har id-en «${id}»`,
  },
};

const planId = z.string().check(z.minLength(1));
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  plans: z.array(
    z.strictObject({
      raw: z.unknown(),
      createdAt: z.number(),
      updatedAt: z.number(),
      imported: z.optional(z.boolean()),
    }),
  ),
  active: z.strictObject({ x: z.nullable(planId), facebook: z.nullable(planId), instagram: z.nullable(planId) }),
  metrics: metricsDataSchema,
});

export type BackupFile = z.infer<typeof backupSchema>;

export interface RestoredPlan {
  plan: Plan;
  raw: unknown;
  createdAt: number;
  updatedAt: number;
  imported?: boolean;
}

export type BackupResult =
  | { ok: true; plans: RestoredPlan[]; active: BackupFile['active']; metrics: MetricsData }
  | { ok: false; errors: PlanError[] };

/** The backup file's text, as the file holds it. */
export function backupText(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a backup file: every problem names its JSON path (`plans[1].channels.x.hashtags.max: …`,
 * `metrics.posts[3].publishedAt: …`) or the line and column of a syntax error. Each plan is
 * validated as a plan file would be, so a backup restores nothing a plan import would refuse.
 */
export function readBackup(text: string, locale: MessageLocale = 'en'): BackupResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const where = locateJsonSyntaxError(source, locale);
    return { ok: false, errors: [{ path: '', message: PLAN_MESSAGES[locale].notJson(where.problem, where.line, where.column) }] };
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `format: ${SAY[locale].format(JSON.stringify(format) ?? '—')}` }] };
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((issue) => ({ path: formatPath(issue.path), message: `${formatPath(issue.path)}: ${issue.message}` })) };
  }
  const plans: RestoredPlan[] = [];
  const errors: PlanError[] = [];
  const seen = new Set<string>();
  parsed.data.plans.forEach((entry, i) => {
    const result = parsePlan(entry.raw, { locale });
    if (!result.ok) {
      // Its id still counts as the backup's, so channels that use it are not reported as well.
      const id = (entry.raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') seen.add(id);
      for (const e of result.errors) errors.push({ path: `plans[${i}].raw${e.path ? `.${e.path}` : ''}`, message: `plans[${i}]: ${e.message}` });
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
