/**
 * What a link reproduces: the view and the filters. Everything lives in the URL hash
 * (`#/compare?dept=a,b&year=2023`) so a copied link restores the screen, back/forward work, and the
 * same URLs work from a static server or a file:// copy. See docs/decisions/004-routing-in-the-hash.md.
 */

import type { Locale } from './locale.ts';
import { formatPresentParams, parsePresentParams, type PresentParams } from './present-params.ts';

export type Filters = {
  departments: string[];
  years: string[];
  categories: string[];
};

export type Route =
  | { view: 'overview' }
  | { view: 'departments'; departmentId: string | null }
  | { view: 'compare'; figures: string[]; logScale: boolean }
  | { view: 'timeline' }
  | { view: 'sources'; focus: string | null }
  | { view: 'search'; query: string }
  | { view: 'editor' }
  | ({ view: 'present' } & PresentParams);

export type ViewName = Route['view'];

/**
 * `lang` is kept in the address when it is not Chinese (the default), so a link copied from an
 * English screen opens in English (`#/timeline?lang=en`).
 */
export type AppLocation = { route: Route; filters: Filters; lang?: Locale };

export const VIEW_NAMES = [
  'overview',
  'departments',
  'compare',
  'timeline',
  'sources',
  'search',
  'editor',
  'present',
] as const satisfies readonly ViewName[];

export const EMPTY_FILTERS: Filters = { departments: [], years: [], categories: [] };

const FILTER_KEYS = { departments: 'dept', years: 'year', categories: 'cat' } as const;

function parseList(value: string | null): string[] {
  if (!value) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return [...new Set(items)];
}

/** Reads the filters from query parameters; unknown keys are ignored. */
export function parseFilters(params: URLSearchParams): Filters {
  return {
    departments: parseList(params.get(FILTER_KEYS.departments)),
    years: parseList(params.get(FILTER_KEYS.years)).filter((year) => /^\d{4}$/.test(year)),
    categories: parseList(params.get(FILTER_KEYS.categories)),
  };
}

/** Writes the filters as query parameters, leaving empty ones out so links stay short. */
export function formatFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['departments', 'years', 'categories'] as const) {
    const values = filters[key];
    if (values.length > 0) params.set(FILTER_KEYS[key], values.join(','));
  }
  return params;
}

function parseRoute(path: string, params: URLSearchParams): Route {
  const [first = '', second] = path.split('/').filter((part) => part.length > 0);
  switch (first) {
    case 'departments':
      return { view: 'departments', departmentId: second ? decodeURIComponent(second) : null };
    case 'compare':
      return {
        view: 'compare',
        figures: parseList(params.get('fig')),
        logScale: params.get('log') === '1',
      };
    case 'timeline':
    case 'editor':
      return { view: first };
    case 'present':
      return { view: 'present', ...parsePresentParams(params) };
    case 'sources':
      return { view: 'sources', focus: params.get('focus') || null };
    case 'search':
      return { view: 'search', query: params.get('q') ?? '' };
    default:
      // `#/?present=1` is the issue's spelling of the presentation link; it is written `#/present`.
      if (first === '' && params.get('present') === '1') {
        return { view: 'present', ...parsePresentParams(params) };
      }
      return { view: 'overview' };
  }
}

/** Reads a location hash such as `#/departments/x?year=2023`. */
export function parseLocation(hash: string): AppLocation {
  const withoutMark = hash.replace(/^#/, '');
  const queryStart = withoutMark.indexOf('?');
  const path = queryStart === -1 ? withoutMark : withoutMark.slice(0, queryStart);
  const params = new URLSearchParams(queryStart === -1 ? '' : withoutMark.slice(queryStart + 1));
  const lang = params.get('lang');
  return {
    route: parseRoute(path, params),
    filters: parseFilters(params),
    ...(lang === 'en' || lang === 'zh' ? { lang } : {}),
  };
}

function routePath(route: Route): string {
  switch (route.view) {
    case 'overview':
      return '/';
    case 'departments':
      return route.departmentId
        ? `/departments/${encodeURIComponent(route.departmentId)}`
        : '/departments';
    case 'sources':
    case 'search':
    case 'compare':
    case 'timeline':
    case 'editor':
    case 'present':
      return `/${route.view}`;
  }
}

/** Writes a location as a hash; the inverse of `parseLocation`. */
export function formatLocation(location: AppLocation): string {
  const params = formatFilters(location.filters);
  const { route } = location;
  if (route.view === 'sources' && route.focus) params.set('focus', route.focus);
  if (route.view === 'search' && route.query !== '') params.set('q', route.query);
  if (route.view === 'compare') {
    if (route.figures.length > 0) params.set('fig', route.figures.join(','));
    if (route.logScale) params.set('log', '1');
  }
  if (route.view === 'present') formatPresentParams(route, params);
  if (location.lang === 'en') params.set('lang', 'en');
  // Commas stay readable in links: `dept=a,b` rather than `dept=a%2Cb`.
  const query = params.toString().replaceAll('%2C', ',');
  return `#${routePath(location.route)}${query ? `?${query}` : ''}`;
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.departments.length > 0 || filters.years.length > 0 || filters.categories.length > 0
  );
}
