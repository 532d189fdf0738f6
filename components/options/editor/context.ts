import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Path } from './raw-path';

export interface PlanEditing {
  raw: unknown;
  /** Validation messages by path (`terms.banned[0].term`). */
  errors: Map<string, string>;
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
