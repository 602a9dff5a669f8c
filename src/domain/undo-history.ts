/**
 * Undo and redo for an editor's work: every action makes a new state, the old ones are kept (up
 * to a bound) and can be walked back and forth. Pure, so the workbench's reducer and its tests
 * share it.
 */
export type History<T> = { past: readonly T[]; present: T; future: readonly T[] };

/** Steps kept: a page's worth of decisions, many times over. */
export const MAX_UNDO = 500;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A new state; what could be redone is dropped, as in every editor. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history;
  const past = [...history.past, history.present].slice(-MAX_UNDO);
  return { past, present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
