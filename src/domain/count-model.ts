import type { ColourSlot } from './department-colours.ts';
import { sumCounts, topItems } from './top-items.ts';

/** Departments with a series of their own in the count chart; the rest add up to "others". */
export const MAX_COUNT_SERIES = 8;
/** Not a department id (ids are kebab-case), so a click on "others" selects nothing. */
export const OTHERS_ID = '_others';

export type DepartmentCounts = { department: string; counts: readonly number[] };

export type CountSeries = {
  /** The department id, or OTHERS_ID. */
  id: string;
  counts: number[];
  slot: ColourSlot;
  /** Departments summed in this series: 1, or how many "others" holds. */
  members: number;
};

/**
 * The series of the stacked count chart: the departments with the most figures, each with its
 * own colour, and one grey "others" holding the rest. The series tell departments apart by
 * colour alone, so a department without a colour of its own (past the palette) always goes into
 * "others": no colour is shown for two departments, and none is shown twice.
 */
export function countSeries(
  rows: readonly DepartmentCounts[],
  columns: number,
  slotOf: (department: string) => ColourSlot,
  cap = MAX_COUNT_SERIES,
): { series: CountSeries[]; hidden: number } {
  const total = (row: DepartmentCounts) => row.counts.reduce((sum, n) => sum + n, 0);
  const coloured = rows.filter((row) => slotOf(row.department) !== null);
  const { shown, hidden } = topItems(coloured, cap, total);
  const rest = [...hidden, ...rows.filter((row) => slotOf(row.department) === null)];
  const series: CountSeries[] = shown.map((row) => ({
    id: row.department,
    counts: [...row.counts],
    slot: slotOf(row.department),
    members: 1,
  }));
  if (rest.length > 0) {
    series.push({
      id: OTHERS_ID,
      counts: sumCounts(
        rest.map((row) => row.counts),
        columns,
      ),
      slot: null,
      members: rest.length,
    });
  }
  return { series, hidden: rest.length };
}
