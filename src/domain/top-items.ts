/**
 * Charts stay readable with a few dozen categories; a dataset with hundreds of departments would
 * squeeze hundreds of bars into one panel. These helpers keep the largest few for the picture and
 * say how many are left out; the panel's table still lists every one.
 */

export type TopItems<T> = { shown: T[]; hidden: T[] };

/**
 * The `limit` items of largest `valueOf`, in their original order, and the rest. Ties keep the
 * earlier item. Everything is shown when there are no more than `limit` items.
 */
export function topItems<T>(
  items: readonly T[],
  limit: number,
  valueOf: (item: T) => number,
): TopItems<T> {
  if (items.length <= limit) return { shown: [...items], hidden: [] };
  const ranked = items
    .map((item, index) => ({ index, value: valueOf(item) }))
    .sort((a, b) => b.value - a.value || a.index - b.index);
  const keep = new Set(ranked.slice(0, Math.max(0, limit)).map((entry) => entry.index));
  const shown: T[] = [];
  const hidden: T[] = [];
  items.forEach((item, index) => (keep.has(index) ? shown : hidden).push(item));
  return { shown, hidden };
}

/** Adds up rows of counts column by column (counts of one unit only: figures, never values). */
export function sumCounts(rows: ReadonlyArray<readonly number[]>, columns: number): number[] {
  const total = new Array<number>(columns).fill(0);
  for (const row of rows) row.forEach((count, i) => (total[i] = (total[i] ?? 0) + count));
  return total;
}
