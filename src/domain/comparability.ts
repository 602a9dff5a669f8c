import type { Figure, Unit } from './dataset-schema.ts';
import { PERCENT_UNIT, POINTS_UNIT } from './vocabulary.ts';

export type Comparability =
  | { comparable: true; unit: Unit; logScaleAdvised: boolean }
  | { comparable: false; reason: 'empty' }
  | { comparable: false; reason: 'units'; units: Unit[] }
  | { comparable: false; reason: 'categories'; categories: Figure['category'][] };

/** Magnitudes further apart than this read better on a log scale. */
export const LOG_SCALE_RATIO = 100;

/**
 * Whether figures may share an axis: only figures of one unit and one category compare. Bars of
 * 人 next to 人次, or of money next to area, would invite a comparison the numbers do not support.
 * One unit means one dimension (data/vocabulary.json); units of one dimension with an exact
 * factor (名 and 人, 千米 and 公里) are kept apart too, for now (ADR 011). So a percentage never
 * meets a count, nor percentage points, and a share is never drawn on a log scale.
 */
export function checkComparability(
  figures: ReadonlyArray<Pick<Figure, 'unit' | 'category' | 'value'>>,
): Comparability {
  if (figures.length === 0) return { comparable: false, reason: 'empty' };
  const units = [...new Set(figures.map((figure) => figure.unit))];
  if (units.length > 1) return { comparable: false, reason: 'units', units };
  const categories = [...new Set(figures.map((figure) => figure.category))];
  if (categories.length > 1) return { comparable: false, reason: 'categories', categories };
  const unit = units[0] as Unit;
  const positive = figures.map((figure) => figure.value).filter((value) => value > 0);
  const share = unit === PERCENT_UNIT || unit === POINTS_UNIT;
  const logScaleAdvised =
    !share &&
    positive.length > 1 &&
    Math.max(...positive) / Math.min(...positive) > LOG_SCALE_RATIO;
  return { comparable: true, unit, logScaleAdvised };
}

/** Whether these figures, if they compare at all, read better on a log scale. */
export function logScaleAdvised(
  figures: ReadonlyArray<Pick<Figure, 'unit' | 'category' | 'value'>>,
) {
  const result = checkComparability(figures);
  return result.comparable && result.logScaleAdvised;
}

/** Splits figures into groups that may each share an axis: same unit and category. */
export function groupComparable<T extends Pick<Figure, 'unit' | 'category'>>(
  figures: readonly T[],
): Array<{ unit: Unit; category: Figure['category']; figures: T[] }> {
  const groups = new Map<string, { unit: Unit; category: Figure['category']; figures: T[] }>();
  for (const figure of figures) {
    const key = `${figure.unit}\u0000${figure.category}`;
    const group = groups.get(key) ?? { unit: figure.unit, category: figure.category, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Groups of figures that may share an axis (one unit, one category) and come from more than one
 * department, largest first: the overview's side-by-side comparisons.
 */
export function crossDepartmentGroups(
  figures: readonly Figure[],
  limit: number,
): Array<{ unit: Unit; category: Figure['category']; figures: Figure[] }> {
  // Only the groups shown are sorted: at 100,000 figures sorting every group was most of the
  // overview's render (docs/PERFORMANCE.md). The order is the same: by each group's largest value.
  const largest = (group: { figures: Figure[] }) =>
    group.figures.reduce((max, figure) => Math.max(max, figure.value), -Infinity);
  return groupComparable(figures)
    .filter((group) => group.figures.some((f) => f.department !== group.figures[0]!.department))
    .map((group) => ({ group, top: largest(group) }))
    .sort((a, b) => b.top - a.top)
    .slice(0, limit)
    .map(({ group }) => ({
      ...group,
      figures: [...group.figures].sort((a, b) => b.value - a.value),
    }));
}
