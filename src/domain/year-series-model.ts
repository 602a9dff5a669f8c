import type { Bilingual } from './schema-basics.ts';
import type { Dataset, Figure, Qualifier } from './dataset-schema.ts';
import { yearOf } from './filter-dataset.ts';

/**
 * Year over year (issue 15): the figures of one department that print the same metric in two or
 * more years. A series is keyed on the department, the metric's Chinese name as printed, the unit
 * and the category. Not on the English name (ours, not the paper's: a retranslation must not
 * split a series), and not on the date's precision: a point keeps its date so the reader sees a
 * month-dated figure as such. Different units are never merged (个 and 处 stay apart, and so do
 * 人 and 人次), nor are different categories.
 */

/** One printed figure of a series. An upper bound is not a value and a range is a span. */
export type YearPoint = {
  figureId: string;
  year: string;
  /** The figure's date as precise as printed (`2023`, `2023-05`). */
  date: string;
  /** For a range its lower end; for a bound the bound. */
  value: number;
  valueMax?: number | undefined;
  qualifier: Qualifier;
  /** This point's place among the points of its year (1-based) and how many the year has. */
  nthInYear: number;
  ofYear: number;
  figure: Figure;
};

export type YearSeries = {
  key: string;
  department: string;
  metric: Bilingual;
  unit: string;
  category: string;
  /** Sorted by year, then date; several figures of one year stay separate points, never summed. */
  points: YearPoint[];
  /** The distinct years the series prints, ascending. */
  years: string[];
};

/** The key of a series: what two figures must share to be the same metric in another year. */
export function yearSeriesKey(figure: Pick<Figure, 'department' | 'metric' | 'unit' | 'category'>) {
  return JSON.stringify([figure.department, figure.metric.zh, figure.unit, figure.category]);
}

/**
 * The series of a department: every metric it prints in at least two distinct years, in the
 * order its first figure comes in the dataset. Pass the dataset, or its filtered figures to keep
 * the year and category filters.
 */
export function yearSeriesOf(
  dataset: Pick<Dataset, 'figures'>,
  departmentId: string,
): YearSeries[] {
  const byKey = new Map<string, Figure[]>();
  for (const figure of dataset.figures) {
    if (figure.department !== departmentId) continue;
    const key = yearSeriesKey(figure);
    const list = byKey.get(key);
    if (list) list.push(figure);
    else byKey.set(key, [figure]);
  }
  const series: YearSeries[] = [];
  for (const [key, figures] of byKey) {
    const years = [...new Set(figures.map((figure) => yearOf(figure.date)))].sort();
    if (years.length < 2) continue;
    // ISO dates sort as strings (2023 < 2023-05 < 2024); a stable sort keeps equal dates in the
    // dataset's order.
    const sorted = [...figures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const counts = new Map<string, number>();
    for (const figure of sorted) {
      const year = yearOf(figure.date);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    const points = sorted.map((figure): YearPoint => {
      const year = yearOf(figure.date);
      const nth = (seen.get(year) ?? 0) + 1;
      seen.set(year, nth);
      return {
        figureId: figure.id,
        year,
        date: figure.date,
        value: figure.value,
        ...(figure.valueMax === undefined ? {} : { valueMax: figure.valueMax }),
        qualifier: figure.qualifier,
        nthInYear: nth,
        ofYear: counts.get(year) ?? 1,
        figure,
      };
    });
    const [first] = figures;
    if (!first) continue;
    series.push({
      key,
      department: departmentId,
      metric: first.metric,
      unit: first.unit,
      category: first.category,
      points,
      years,
    });
  }
  return series;
}

/** The distinct years that some series shows, ascending: what the section's sentence names. */
export function yearsShown(series: readonly YearSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.years))].sort();
}
