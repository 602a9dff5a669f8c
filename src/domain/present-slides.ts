import { crossDepartmentGroups } from './comparability.ts';
import type { Category, Dataset, Unit } from './dataset-schema.ts';
import { planDepartmentPages, type DepartmentPage } from './department-slide-plan.ts';
import { chunk } from './chunk.ts';
import { filterDataset, yearOf } from './filter-dataset.ts';
import { departmentsWithRecords } from './overview-model.ts';
import type { PresentCycle } from './present-params.ts';
import type { Filters } from './url-state.ts';

/** Comparable groups per comparison slide: two columns leave each chart room for its labels. */
export const GROUPS_PER_COMPARE_SLIDE = 2;
/** Every comparable group gets a slide, up to this many groups in all. */
const MAX_COMPARE_GROUPS = 12;

export type CompareGroupKey = { unit: Unit; category: Category };

type SlideBase = {
  /** Stable and unique within the deck: React keys and tests use it. */
  key: string;
  /** The records this slide shows: the URL filters, narrowed to its department or year. */
  filters: Filters;
};

export type Slide = SlideBase &
  (
    | { kind: 'overview'; year: string | null }
    | {
        kind: 'department';
        departmentId: string;
        /** What this page of the department shows (src/domain/department-slide-plan.ts). */
        plan: DepartmentPage;
        page: number;
        pages: number;
      }
    | { kind: 'compare'; groups: CompareGroupKey[]; page: number; pages: number }
    | { kind: 'timeline' }
  );

export type SlideKind = Slide['kind'];

/** Each department's pages, one slide each: what does not fit one slide goes on the next. */
function departmentSlides(dataset: Dataset, filters: Filters): Slide[] {
  const order = dataset.departments.map((d) => d.id);
  return departmentsWithRecords(order, filterDataset(dataset, filters)).flatMap((departmentId) => {
    const own = { ...filters, departments: [departmentId] };
    const plans = planDepartmentPages(filterDataset(dataset, own));
    return plans.map((plan, at) => ({
      kind: 'department' as const,
      key: plans.length > 1 ? `department:${departmentId}:${at + 1}` : `department:${departmentId}`,
      departmentId,
      plan,
      page: at + 1,
      pages: plans.length,
      filters: own,
    }));
  });
}

/** One overview per year that has figures or events under the other filters, oldest first. */
function yearSlides(dataset: Dataset, filters: Filters): Slide[] {
  const { figures, events } = filterDataset(dataset, { ...filters, years: [] });
  const years = [...new Set([...figures, ...events].map((record) => yearOf(record.date)))]
    .filter((year) => filters.years.length === 0 || filters.years.includes(year))
    .sort();
  return years.map((year) => ({
    kind: 'overview',
    key: `overview:${year}`,
    year,
    filters: { ...filters, years: [year] },
  }));
}

function compareSlides(dataset: Dataset, filters: Filters): Slide[] {
  const groups = crossDepartmentGroups(filterDataset(dataset, filters).figures, MAX_COMPARE_GROUPS);
  const pages = chunk(groups, GROUPS_PER_COMPARE_SLIDE);
  return pages.map((page, index) => ({
    kind: 'compare',
    key: `compare:${index + 1}`,
    groups: page.map(({ unit, category }) => ({ unit, category })),
    page: index + 1,
    pages: pages.length,
    filters,
  }));
}

/** A time axis needs records dated to a month or a day; a bare year cannot be placed. */
function hasTimeline(dataset: Dataset, filters: Filters): boolean {
  const { events, figures } = filterDataset(dataset, filters);
  return [...events, ...figures].some((record) => record.date.length > 4);
}

const overviewSlide = (filters: Filters): Slide => ({
  kind: 'overview',
  key: 'overview',
  year: null,
  filters,
});

/**
 * The deck for the URL's filters. By default: the overview, each department that has records,
 * the comparisons (two comparable groups a slide), the timeline. With `cycle`, one layout for
 * each value of a filter: `dept` the department slide for each department (the `dept` filter
 * restricts the set), `year` the overview for each year. Never empty: when the filters leave
 * nothing, the overview says so.
 */
export function buildSlides(dataset: Dataset, filters: Filters, cycle?: PresentCycle): Slide[] {
  if (cycle === 'dept') {
    const slides = departmentSlides(dataset, filters);
    return slides.length > 0 ? slides : [overviewSlide(filters)];
  }
  if (cycle === 'year') {
    const slides = yearSlides(dataset, filters);
    return slides.length > 0 ? slides : [overviewSlide(filters)];
  }
  return [
    overviewSlide(filters),
    ...departmentSlides(dataset, filters),
    ...compareSlides(dataset, filters),
    ...(hasTimeline(dataset, filters)
      ? [{ kind: 'timeline' as const, key: 'timeline', filters }]
      : []),
  ];
}

/** Keeps a slide index inside the deck, wrapping around at both ends as a looping screen does. */
export function wrapSlideIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}
