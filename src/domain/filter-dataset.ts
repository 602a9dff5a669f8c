import type { Dataset, DatedEvent, Figure, NamedList } from './dataset-schema.ts';
import type { Filters } from './url-state.ts';

/** The year of an ISO date as printed precision allows (`2023-10-16` → `2023`). */
export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}

export type FilteredDataset = {
  figures: Figure[];
  events: DatedEvent[];
  lists: NamedList[];
};

function matches(values: readonly string[], value: string): boolean {
  return values.length === 0 || values.includes(value);
}

/**
 * The records that pass the filters. Department and year apply to every record; category applies
 * to figures only, because events and named lists have none.
 */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredDataset {
  return {
    figures: dataset.figures.filter(
      (figure) =>
        matches(filters.departments, figure.department) &&
        matches(filters.years, yearOf(figure.date)) &&
        matches(filters.categories, figure.category),
    ),
    events: dataset.events.filter(
      (event) =>
        matches(filters.departments, event.department) &&
        matches(filters.years, yearOf(event.date)),
    ),
    lists: dataset.lists.filter((list) => matches(filters.departments, list.department)),
  };
}

/** The years that occur in the dataset, oldest first, for the year filter. */
export function yearsIn(dataset: Dataset): string[] {
  const years = new Set<string>();
  for (const record of [...dataset.figures, ...dataset.events]) years.add(yearOf(record.date));
  return [...years].sort();
}

/** The categories that occur in the dataset, in the order they first appear. */
export function categoriesIn(dataset: Dataset): Figure['category'][] {
  return [...new Set(dataset.figures.map((figure) => figure.category))];
}

/** Toggles one value in a filter list, keeping the rest. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
