import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { PlanResult } from '@/lib/plan/parse';
import type { Path } from './raw-path';

/**
 * The plan being edited, outside Preact's state: each field subscribes to its own path and
 * re-renders only when its value or message changes. With the raw plan in a context value, every
 * keystroke re-rendered all fields: 2,160 of them in a plan of 300 banned terms, 72–80 ms a key
 * (QA22). Validation runs on every change, as before (parsePlan takes ~0.5 ms on such a plan).
 */
export class PlanStore {
  private readonly listeners = new Set<() => void>();

  constructor(
    public raw: unknown,
    public validation: PlanResult,
    /** Validation messages by path (`terms.banned[0].term`). */
    public errors: Map<string, string>,
    /** How many of `errors` the background found at the last save, beside the validation's. */
    public external = 0,
  ) {}

  set(raw: unknown, validation: PlanResult, errors: Map<string, string>, external = 0): void {
    this.raw = raw;
    this.validation = validation;
    this.errors = errors;
    this.external = external;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface PlanEditing {
  store: PlanStore;
  update: (path: Path, value: unknown) => void;
  /** Replaces the whole raw plan (list add, remove, move). */
  replace: (change: (raw: unknown) => unknown) => void;
}

export const PlanEditingContext = createContext<PlanEditing | null>(null);

export function usePlanEditing(): PlanEditing {
  const editing = useContext(PlanEditingContext);
  if (!editing) throw new Error('Plan fields must be inside a PlanEditingContext provider.');
  return editing;
}

/**
 * What `select` reads from the plan being edited; the component re-renders when that changes
 * (by `equal`), not on every edit of the plan.
 */
export function usePlanValue<T>(select: (store: PlanStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const { store } = usePlanEditing();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = select(store);
  const latest = useRef({ select, selected, equal });
  latest.current = { select, selected, equal };
  useLayoutEffect(
    () =>
      store.subscribe(() => {
        const { select: read, selected: shown, equal: same } = latest.current;
        if (!same(read(store), shown)) rerender(0);
      }),
    [store],
  );
  return selected;
}
