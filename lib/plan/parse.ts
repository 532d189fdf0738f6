/**
 * Reads a brand plan and says, in words a person can act on, what is wrong with it:
 * the JSON path, what was expected and what was found — in English (the default, and what the
 * CLI prints) or Bokmål for a Norwegian UI; the path reads the same in both.
 */
import * as z from 'zod/mini';
import { editsWithin } from '../engine/edit-distance';
import { CHANNEL_IDS, type ChannelId, type MessageLocale } from '../engine/types';
import { isCapCode, isPlanIssueCode, type PlanIssueCode } from './issue-codes';
import { JsonLines } from './json-locate';
import { locateJsonSyntaxError } from './json-syntax';
import { PLAN_MESSAGES, type ExpectedType, type PlanMessages } from './messages';
import { PlanSchema, planFromParsed } from './schema';
import { PLAN_SCHEMA_ID, type Plan } from './types';

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

/** Which language the messages are in; the path, line and column read the same in both. */
export interface PlanParseOptions {
  /** 'en' (the default, what the CLI prints) or 'nb' for a Norwegian UI. */
  locale?: MessageLocale;
}

function shown(value: unknown, say: PlanMessages): string {
  if (value === undefined) return say.shown.nothing;
  if (value === null) return 'null';
  if (Array.isArray(value)) return say.shown.list;
  if (typeof value === 'object') return say.shown.object;
  if (typeof value === 'string') return say.shown.string(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  // Only the editor's number fields put NaN in a plan (JSON has none): text they could not read.
  if (typeof value === 'number' && Number.isNaN(value)) return say.shown.notANumber;
  return String(value);
}

const isExpectedType = (type: string): type is ExpectedType => ['string', 'number', 'int', 'boolean', 'array', 'object'].includes(type);

// zod/mini ships no locale, so its own messages are all "Invalid input": an issue whose message
// is something else carries a code this module's schema wrote on purpose (./issue-codes).
const DEFAULT_MESSAGE = 'Invalid input';

function isChannelId(key: PropertyKey): key is ChannelId {
  return (CHANNEL_IDS as readonly PropertyKey[]).includes(key);
}

/** The sentence for a schema code: its params from the issue (caps read their channel off the path). */
function codedProblem(code: PlanIssueCode, issue: z.core.$ZodIssue, say: PlanMessages): string {
  const words = say.issue as Record<PlanIssueCode, (params: unknown) => string>;
  if (isCapCode(code)) {
    // Caps live only under channels.<id>; the fallback keeps a message if the schema ever moves one.
    const channel = issue.path.find(isChannelId) ?? 'x';
    const limit = issue.code === 'too_big' ? Number(issue.maximum) : 0;
    return words[code]({ channel, limit });
  }
  // Only this module's schema writes these params, typed by planIssue() and code().
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  return words[code](params);
}

function describeIssue(issue: z.core.$ZodIssue, say: PlanMessages): string {
  const input = 'input' in issue ? issue.input : undefined;
  const got = () => shown(input, say);
  const message = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  const custom = message === undefined ? undefined : isPlanIssueCode(message) ? codedProblem(message, issue, say) : message;
  const expected = (type: string) => (isExpectedType(type) ? say.expected[type] : type);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return say.missing(expected(issue.expected));
      return say.wrongType(expected(issue.expected), got());
    case 'invalid_value':
      return issue.values.length === 1
        ? say.oneValue(say.literal(issue.values[0]), got())
        : say.oneOf(issue.values.map((v) => say.literal(v)), got());
    case 'too_big':
      if (custom) return say.capGot(custom, got());
      return issue.origin === 'array'
        ? say.atMostItems(Number(issue.maximum), Array.isArray(input) ? String(input.length) : got())
        : say.atMost(Number(issue.maximum), got());
    case 'too_small':
      if (custom) return custom;
      return issue.origin === 'array' ? say.atLeastItems(Number(issue.minimum)) : say.atLeast(Number(issue.minimum), got());
    case 'invalid_format':
    case 'custom':
      // A message that already quotes the value ('already has the id "t"') needs no ', got "t"'.
      if (message === 'id.duplicate' && custom) return custom;
      return input === undefined || typeof input === 'object' ? (custom ?? say.invalidValue) : say.withGot(custom ?? say.invalidValue, got());
    default:
      return input === undefined ? (custom ?? say.invalidValue) : say.withGot(custom ?? say.invalidValue, got());
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

function unknownKeyMessage(key: string, known: string[], say: PlanMessages): string {
  const best = known
    .map((k) => ({ k, max: Math.max(1, Math.floor(k.length / 3)) }))
    .map(({ k, max }) => ({ k, max, d: editsWithin(key.toLowerCase(), k.toLowerCase(), max) }))
    .filter(({ d, max }) => d <= max)
    .sort((a, b) => a.d - b.d)[0];
  if (best) return say.unknownKeyDidYouMean(key, best.k);
  // "suggestion" for "suggest", "hashtagsMax" for "hashtags": more than a slip, but plainly meant.
  const lower = key.toLowerCase();
  const stem = known.find((k) => Math.min(k.length, key.length) >= 4 && (lower.startsWith(k.toLowerCase()) || k.toLowerCase().startsWith(lower)));
  if (stem) return say.unknownKeyDidYouMean(key, stem);
  return known.length ? say.unknownKeyAllowed(key, known) : say.unknownKey(key);
}

/** The label in front of a problem with the whole file: the same word in English and Bokmål. */
const WHOLE_PLAN = '(plan)';

/** A problem with the path as keys, which a file's text can be searched for. */
interface KeyedError extends PlanError {
  keys: readonly PropertyKey[];
}

function toErrors(issues: readonly z.core.$ZodIssue[], say: PlanMessages): KeyedError[] {
  const errors: KeyedError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path);
      for (const key of issue.keys) {
        const keys = [...issue.path, key];
        const path = formatPath(keys);
        errors.push({ path, keys, message: `${path}: ${unknownKeyMessage(key, known, say)}` });
      }
      continue;
    }
    const path = formatPath(issue.path);
    errors.push({ path, keys: issue.path, message: `${path || WHOLE_PLAN}: ${describeIssue(issue, say)}` });
  }
  return errors;
}

function validate(input: unknown, say: PlanMessages): { ok: true; plan: Plan } | { ok: false; errors: KeyedError[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', keys: [], message: `${WHOLE_PLAN}: ${say.notAnObject(shown(input, say))}` }] };
  }
  const result = PlanSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, plan: planFromParsed(result.data) };
  return { ok: false, errors: toErrors(result.error.issues, say) };
}

/** Validates an already-parsed JSON value and fills every default. */
export function parsePlan(input: unknown, options: PlanParseOptions = {}): PlanResult {
  const result = validate(input, PLAN_MESSAGES[options.locale ?? 'en']);
  return result.ok ? result : { ok: false, errors: result.errors.map(({ path, message }) => ({ path, message })) };
}

// What a later version may have added to the checks of values (caps, duplicates, blank terms):
// a plan an earlier version stored can fail these and still be a plan every rule can read.
const VALUE_CHECKS: ReadonlySet<string> = new Set(['custom', 'too_big', 'too_small', 'not_multiple_of']);
// Formats the code relies on (KPI ids index tables, dates and currencies are computed with, ids
// name files) are structural, though the schema writes them as custom issues (review 24).
const STRUCTURAL_CODES: ReadonlySet<PlanIssueCode> = new Set(['kpi.unknown', 'slug.format', 'date.format', 'date.calendar', 'currency.format']);
const isValueCheck = (issue: z.core.$ZodIssue) => VALUE_CHECKS.has(issue.code) && !(isPlanIssueCode(issue.message) && STRUCTURAL_CODES.has(issue.message));

/** Every key of `full` (a plan with every default filled) missing from `stored`, with the value it would have; arrays are not entered. */
function missingKeys(full: unknown, stored: unknown, path: string): [string, unknown][] {
  if (full === null || typeof full !== 'object' || Array.isArray(full)) return [];
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return [];
  return Object.entries(full).flatMap(([key, value]): [string, unknown][] => {
    const at = path ? `${path}.${key}` : key;
    return Object.hasOwn(stored, key) ? missingKeys(value, (stored as Record<string, unknown>)[key], at) : [[at, value]];
  });
}

/**
 * A plan as an earlier version stored it (`Plan`, defaults filled), checked for what the engine
 * needs to run at all: types, keys, enums, formats the code relies on, and every key a default
 * fills (the rules read them without looking: a hand-made file that left one out made 16 rules
 * throw). Each problem is returned, worded like parsePlan's; value checks (see VALUE_CHECKS) are
 * not. The plan itself is used as stored.
 */
export function storedPlanProblems(input: unknown, options: PlanParseOptions = {}): PlanError[] {
  const say = PLAN_MESSAGES[options.locale ?? 'en'];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [{ path: '', message: `${WHOLE_PLAN}: ${say.notAnObject(shown(input, say))}` }];
  const result = PlanSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const problems = toErrors(result.error.issues.filter((issue) => !isValueCheck(issue)), say);
    if (problems.length) return problems;
  }
  // The same plan with every default filled, from the schema: what `input` must hold too.
  const filled = PlanSchema.safeParse({ schema: PLAN_SCHEMA_ID, id: 'x', name: 'x', locale: (input as { locale?: unknown }).locale === 'nb' ? 'nb' : 'en' });
  const missing = filled.success ? missingKeys(planFromParsed(filled.data), input, '') : [];
  const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);
  return missing.map(([path, value]) => ({ path, message: `${path}: ${say.missing(say.expected[typeOf(value) as ExpectedType] ?? typeOf(value))}` }));
}

/**
 * JSON text of a file (a plan, a backup) as a value; a BOM is dropped, and a syntax error names
 * its line and column in the locale asked for.
 */
export function parseJsonText(text: string, locale: MessageLocale = 'en'): { ok: true; value: unknown } | { ok: false; error: PlanError } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const where = locateJsonSyntaxError(source, locale);
    return { ok: false, error: { path: '', message: PLAN_MESSAGES[locale].notJson(where.problem, where.line, where.column) } };
  }
}

/**
 * Parses plan JSON text; a syntax error names its line and column, and any other problem ends with
 * the line of the file it is on (the line of the nearest part present, for a missing key; none
 * for the whole file, nor in a file of one line).
 */
export function parsePlanJson(text: string, options: PlanParseOptions = {}): PlanResult {
  const say = PLAN_MESSAGES[options.locale ?? 'en'];
  const json = parseJsonText(text, options.locale ?? 'en');
  if (!json.ok) return { ok: false, errors: [json.error] };
  const result = validate(json.value, say);
  if (result.ok) return result;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A file on one line (a pipeline's generated plan) would say "line 1" after every problem.
  const lined = source.trimEnd().includes('\n');
  const lines = new JsonLines(source);
  const located = result.errors.map(({ path, keys, message }) => ({ path, message, line: lined && keys.length ? lines.lineOf(keys) : undefined }));
  // In the order of the file, as its reader goes through it (the whole file's problems first).
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, errors: located.map(({ path, message, line }) => ({ path, message: line === undefined ? message : say.atLine(message, line) })) };
}

/** Why another stored plan's id blocks a save, worded like the parser's own messages. */
export function duplicatePlanIdError(id: string, options: PlanParseOptions = {}): PlanError {
  return { path: 'id', message: `id: ${PLAN_MESSAGES[options.locale ?? 'en'].issue['id.duplicate']({ what: 'plan', id })}` };
}

/** One line per error, for stderr or an alert. */
export function formatPlanErrors(errors: readonly PlanError[]): string {
  return errors.map((e) => e.message).join('\n');
}
