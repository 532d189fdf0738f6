// The brand plan file of `check` and `kpi`: read, parsed, and refused in one wording for both.
import { parsePlanJson } from '../lib/plan/parse';
import type { Plan } from '../lib/plan/types';
import { shownPath, UsageError, type CliIO } from './io';

/** The plan at `path` ("-": standard input); a bad plan is a UsageError naming each problem on its own line. */
export async function loadPlan(path: string, io: CliIO): Promise<Plan> {
  const result = parsePlanJson(await io.readText(path));
  if (result.ok) return result.plan;
  throw new UsageError(`${shownPath(path)} is not a valid brand plan:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
}
