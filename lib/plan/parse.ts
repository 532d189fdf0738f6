/**
 * Reads a brand plan and says, in words a person can act on, what is wrong with it:
 * the JSON path, what was expected and what was found.
 */
import * as z from 'zod/mini';
import { PlanSchema, planFromParsed } from './schema';
import type { Plan } from './types';
import { locateJsonSyntaxError } from './json-syntax';

export interface PlanError {
  /** JSON path like `channels.instagram.hashtags.max` or `terms.banned[0].term`; '' for the whole file. */
  path: string;
  /** The whole readable line, path first: `channels.instagram.hashtags.max: expected a number, got "five"`. */
  message: string;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

// zod/mini ships no locale, so its own messages are all "Invalid input": an issue whose message
// is something else carries a message this module's schema wrote on purpose.
const DEFAULT_MESSAGE = 'Invalid input';

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  const custom = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `missing (expected ${EXPECTED[issue.expected] ?? issue.expected})`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${shown(input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, got ${shown(input)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(input)}`;
    case 'too_big':
      if (custom) return `${custom} (got ${shown(input)})`;
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} items, got ${Array.isArray(input) ? input.length : shown(input)}`
        : `expected at most ${String(issue.maximum)}, got ${shown(input)}`;
    case 'too_small':
      if (custom) return custom;
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} items`
        : `expected at least ${String(issue.minimum)}, got ${shown(input)}`;
    case 'invalid_format':
    case 'custom':
      return `${custom ?? 'invalid value'}${input === undefined || typeof input === 'object' ? '' : `, got ${shown(input)}`}`;
    default:
      return `${custom ?? 'invalid value'}${input === undefined ? '' : `, got ${shown(input)}`}`;
  }
}

type SchemaNode = z.core.$ZodType;

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: SchemaNode; in?: SchemaNode };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The keys an object accepts at `path` of the plan schema, to suggest the one a typo meant. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = PlanSchema;
  for (const key of path) {
    if (!node) return [];
    const def = unwrap(node)._zod.def as { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode };
    node = typeof key === 'number' ? def.element : def.shape?.[String(key)];
  }
  const def = node ? (unwrap(node)._zod.def as { shape?: Record<string, SchemaNode> }) : undefined;
  return def?.shape ? Object.keys(def.shape) : [];
}

/** Optimal string alignment distance: a swapped pair of letters ("mxa" for "max") costs one edit. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

function unknownKeyMessage(key: string, known: string[]): string {
  const best = known
    .map((k) => ({ k, d: editDistance(key, k) }))
    .filter(({ k, d }) => d <= Math.max(1, Math.floor(k.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (best) return `unknown key (did you mean "${best.k}"?)`;
  return known.length ? `unknown key (allowed here: ${known.join(', ')})` : 'unknown key';
}

function toErrors(issues: readonly z.core.$ZodIssue[]): PlanError[] {
  const errors: PlanError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path);
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        errors.push({ path, message: `${path}: ${unknownKeyMessage(key, known)}` });
      }
      continue;
    }
    const path = formatPath(issue.path);
    errors.push({ path, message: `${path || '(plan)'}: ${describeIssue(issue)}` });
  }
  return errors;
}

/** Validates an already-parsed JSON value and fills every default. */
export function parsePlan(input: unknown): PlanResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: `(plan): expected a JSON object, got ${shown(input)}` }] };
  }
  const result = PlanSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, plan: planFromParsed(result.data) };
  return { ok: false, errors: toErrors(result.error.issues) };
}

/** Parses plan JSON text; a syntax error names its line and column. */
export function parsePlanJson(text: string): PlanResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const where = locateJsonSyntaxError(source);
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${where.problem} at line ${where.line}, column ${where.column}` }] };
  }
  return parsePlan(value);
}

/** One line per error, for stderr or an alert. */
export function formatPlanErrors(errors: readonly PlanError[]): string {
  return errors.map((e) => e.message).join('\n');
}
