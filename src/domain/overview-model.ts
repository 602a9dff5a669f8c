import type { Category, Figure } from './dataset-schema.ts';

/** Whether `figure` should lead its department instead of `current`: the editor's mark first. */
function leadsOver(figure: Figure, current: Figure): boolean {
  if (current.headline) return false;
  return figure.headline === true || figure.value > current.value;
}

/**
 * Each department's lead figure among the figures given, in the order the departments first
 * appear: the one marked `headline`, else the largest (ties keep the earlier). The desk's
 * overview and every slide choose through this, so a marked figure that the filters leave out
 * simply is not among `figures` and the largest shown one leads. The cards are not sorted by
 * value: their units differ, and ranking 元 against 人 would mean nothing.
 */
export function headlineFigures(figures: readonly Figure[], limit = Infinity): Figure[] {
  const best = new Map<string, Figure>();
  for (const figure of figures) {
    const current = best.get(figure.department);
    if (!current || leadsOver(figure, current)) best.set(figure.department, figure);
  }
  return [...best.values()].slice(0, limit);
}

/** The departments, in the order given, that have at least one of the figures. One pass each. */
export function departmentsWithFigures(
  departmentIds: readonly string[],
  figures: readonly Figure[],
): string[] {
  const present = new Set(figures.map((figure) => figure.department));
  return departmentIds.filter((id) => present.has(id));
}

/**
 * The departments, in the order given, that have anything under the filter: a figure, an event
 * or a named list. What a summary line counts as "N 个单位".
 */
export function departmentsWithRecords(
  departmentIds: readonly string[],
  records: {
    figures: ReadonlyArray<{ department: string }>;
    events: ReadonlyArray<{ department: string }>;
    lists: ReadonlyArray<{ department: string }>;
  },
): string[] {
  const present = new Set(
    [...records.figures, ...records.events, ...records.lists].map((r) => r.department),
  );
  return departmentIds.filter((id) => present.has(id));
}

/**
 * How many figures of each category each department reported, one row per department, counted in
 * one pass over the figures (not once per department and category).
 */
export function countByDepartmentAndCategory(
  figures: readonly Figure[],
  departmentIds: readonly string[],
  categories: readonly Category[],
): Array<{ department: string; counts: number[] }> {
  const column = new Map(categories.map((category, i) => [category, i]));
  const rows = new Map(
    departmentIds.map((department) => [
      department,
      { department, counts: new Array<number>(categories.length).fill(0) },
    ]),
  );
  for (const figure of figures) {
    const row = rows.get(figure.department);
    const i = column.get(figure.category);
    if (row && i !== undefined) row.counts[i] = (row.counts[i] ?? 0) + 1;
  }
  return [...rows.values()];
}

/** The categories that occur among the figures, in the order given. */
export function presentCategories(
  figures: readonly Figure[],
  categories: readonly Category[],
): Category[] {
  const present = new Set(figures.map((figure) => figure.category));
  return categories.filter((category) => present.has(category));
}
