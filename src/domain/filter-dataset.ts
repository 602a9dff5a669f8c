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

/** An empty filter matches everything; otherwise a set look-up, so 500 chosen ids stay cheap. */
function matcher(values: readonly string[]): (value: string) => boolean {
  if (values.length === 0) return () => true;
  const set = new Set(values);
  return (value) => set.has(value);
}

const reportYearsCache = new WeakMap<Dataset, Map<string, string | null>>();

/**
 * The year each article reports as of: its publication date where the page prints one, else the
 * latest date its figures and events give. A named list has no date of its own; it is the
 * article's state of things, so it belongs to that year.
 */
export function reportYears(dataset: Dataset): Map<string, string | null> {
  const cached = reportYearsCache.get(dataset);
  if (cached) return cached;
  const latest = new Map<string, string>();
  for (const record of [...dataset.figures, ...dataset.events]) {
    const known = latest.get(record.article);
    if (!known || record.date > known) latest.set(record.article, record.date);
  }
  const years = new Map(
    dataset.articles.map((article) => {
      const date = article.publication.date ?? latest.get(article.id) ?? null;
      return [article.id, date === null ? null : yearOf(date)] as const;
    }),
  );
  reportYearsCache.set(dataset, years);
  return years;
}

/**
 * The records that pass the filters. Department and year apply to every record (a named list
 * by the year its article reports as of); category applies to figures only, because events and
 * named lists have none. One pass over each record list.
 */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredDataset {
  const department = matcher(filters.departments);
  const year = matcher(filters.years);
  const category = matcher(filters.categories);
  const listYear = filters.years.length > 0 ? reportYears(dataset) : null;
  return {
    figures: dataset.figures.filter(
      (figure) =>
        department(figure.department) && year(yearOf(figure.date)) && category(figure.category),
    ),
    events: dataset.events.filter(
      (event) => department(event.department) && year(yearOf(event.date)),
    ),
    lists: dataset.lists.filter(
      (list) =>
        department(list.department) &&
        (listYear === null || year(listYear.get(list.article) ?? '')),
    ),
  };
}

// The filter bar asks for these on every render; a dataset never changes once parsed.
const yearsCache = new WeakMap<Dataset, string[]>();
const categoriesCache = new WeakMap<Dataset, Figure['category'][]>();

/** The years that occur in the dataset, oldest first, for the year filter (cached per dataset). */
export function yearsIn(dataset: Dataset): string[] {
  const cached = yearsCache.get(dataset);
  if (cached) return cached;
  const years = new Set<string>();
  for (const record of dataset.figures) years.add(yearOf(record.date));
  for (const record of dataset.events) years.add(yearOf(record.date));
  const sorted = [...years].sort();
  yearsCache.set(dataset, sorted);
  return sorted;
}

/** The categories that occur in the dataset, in the order they first appear (cached per dataset). */
export function categoriesIn(dataset: Dataset): Figure['category'][] {
  const cached = categoriesCache.get(dataset);
  if (cached) return cached;
  const categories = [...new Set(dataset.figures.map((figure) => figure.category))];
  categoriesCache.set(dataset, categories);
  return categories;
}

/** Toggles one value in a filter list, keeping the rest. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * The options whose label or title contains the query, ignoring case and surrounding spaces; all
 * of them for an empty query. For the department search in the filter bar.
 */
export function matchOptions<T extends { label: string; title?: string }>(
  options: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...options];
  return options.filter(
    (option) =>
      option.label.toLowerCase().includes(needle) ||
      (option.title?.toLowerCase().includes(needle) ?? false),
  );
}
