import type { Category, Figure } from '../../domain/dataset-schema.ts';

/**
 * The largest figure of each department, in the order the departments first appear. The cards are
 * not sorted by value: their units differ, and ranking 元 against 人 would mean nothing.
 */
export function headlineFigures(figures: readonly Figure[], limit: number): Figure[] {
  const best = new Map<string, Figure>();
  for (const figure of figures) {
    const current = best.get(figure.department);
    if (!current || figure.value > current.value) best.set(figure.department, figure);
  }
  return [...best.values()].slice(0, limit);
}

/** How many figures of each category each department reported, one row per department. */
export function countByDepartmentAndCategory(
  figures: readonly Figure[],
  departmentIds: readonly string[],
  categories: readonly Category[],
): Array<{ department: string; counts: number[] }> {
  return departmentIds.map((department) => ({
    department,
    counts: categories.map(
      (category) =>
        figures.filter((f) => f.department === department && f.category === category).length,
    ),
  }));
}

/** The categories that occur among the figures, in the order given. */
export function presentCategories(
  figures: readonly Figure[],
  categories: readonly Category[],
): Category[] {
  return categories.filter((category) => figures.some((f) => f.category === category));
}
