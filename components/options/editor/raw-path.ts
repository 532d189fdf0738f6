/**
 * The editor edits the plan as the raw JSON the user imported (defaults not filled in), so that
 * export gives back their file with only their edits. These helpers read and write that JSON
 * by path without mutating it, dropping keys that are emptied so defaults apply again.
 */
import { formatPath, type PlanError } from '@/lib/plan/parse';

export type Path = readonly (string | number)[];

type Json = Record<string, unknown> | unknown[];

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function container(existing: unknown, key: string | number): Json {
  if (Array.isArray(existing)) return [...existing];
  if (existing && typeof existing === 'object') return { ...(existing as Record<string, unknown>) };
  return typeof key === 'number' ? [] : {};
}

/** A copy of `root` with `value` at `path`; `undefined` removes the key (or array item). */
export function setAt(root: unknown, path: Path, value: unknown, at: Path = []): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = container(root, key);
  const child = setAt((copy as Record<string | number, unknown>)[key], rest, value, [...at, key]);
  if (Array.isArray(copy) && typeof key === 'number') {
    if (child === undefined) copy.splice(key, 1);
    else copy[key] = child;
  } else if (child === undefined) {
    delete (copy as Record<string, unknown>)[String(key)];
    // Clearing the last field of a group ("emoji": { "max": 3 }) removes the group rather than
    // leave "emoji": {} in the exported file. A channel's own object stays: naming a channel
    // makes the plan active on it (decisions: "Active for its channels").
    // Items of lists (a goal, an audience) stay too: only groups inside an object go.
    if (typeof at.at(-1) === 'string' && Object.keys(copy).length === 0 && !(at.length === 2 && at[0] === 'channels')) return undefined;
  } else (copy as Record<string, unknown>)[String(key)] = child;
  return copy;
}

/** Appends an item to the list at `path` (creating the list). */
export function appendAt(root: unknown, path: Path, item: unknown): unknown {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Moves the item at `index` of the list at `path` by `delta` places. */
export function moveAt(root: unknown, path: Path, index: number, delta: number): unknown {
  const list = getAt(root, path);
  if (!Array.isArray(list)) return root;
  const target = index + delta;
  if (target < 0 || target >= list.length) return root;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item);
  return setAt(root, path, copy);
}

export function pathKey(path: Path): string {
  return formatPath(path);
}

/** A DOM id for the control of a path, e.g. `plan-channels-x-hashtags-max`. */
export function fieldId(path: Path): string {
  return `plan-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Errors keyed by path, each without its leading "path: " (the field already says where). */
export function errorsByPath(errors: readonly PlanError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { path, message } of errors) {
    const text = path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
    map.set(path, map.has(path) ? `${map.get(path)}; ${text}` : text);
  }
  return map;
}

/** The message for `key` and those for its items (`key[0]`, `key[1]`…), for string-list fields. */
export function errorsWithItems(errors: Map<string, string>, key: string, itemName?: (index: number) => string): string | undefined {
  const found: string[] = [];
  for (const [path, message] of errors) {
    if (path === key) found.unshift(message);
    else if (path.startsWith(`${key}[`)) {
      // "[1]: no spaces" means little beside a text field of comma-separated items: name the item.
      const item = /^\[(\d+)\](.*)$/.exec(path.slice(key.length));
      found.push(`${item && itemName ? `${itemName(Number(item[1]))}${item[2]}` : path.slice(key.length)}: ${message}`);
    }
  }
  return found.length ? found.join('; ') : undefined;
}
