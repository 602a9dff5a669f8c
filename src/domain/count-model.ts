import { DEPARTMENT_COLOUR_SLOTS, type ColourSlot } from './department-colours.ts';
import { sumCounts, topItems } from './top-items.ts';

/**
 * Departments with a series of their own in the count chart: one per colour, since the series
 * tell departments apart by colour alone. The rest add up to "others".
 */
export const MAX_COUNT_SERIES = DEPARTMENT_COLOUR_SLOTS;
/** Not a department id (ids are kebab-case), so a click on "others" selects nothing. */
export const OTHERS_ID = '_others';

export type DepartmentCounts = { department: string; counts: readonly number[] };

export type CountSeries = {
  /** The department id, or OTHERS_ID. */
  id: string;
  counts: number[];
  slot: ColourSlot;
  /** The departments summed in this series: its own, or those "others" holds. */
  departments: string[];
};

/**
 * The series of the stacked count chart: of the departments with a colour of their own, those
 * with the most figures (up to `cap`), and one grey "others" holding the rest. The series tell
 * departments apart by colour alone, so a department past the palette always goes into
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
    departments: [row.department],
  }));
  if (rest.length > 0) {
    series.push({
      id: OTHERS_ID,
      counts: sumCounts(
        rest.map((row) => row.counts),
        columns,
      ),
      slot: null,
      departments: rest.map((row) => row.department),
    });
  }
  return { series, hidden: rest.length };
}
