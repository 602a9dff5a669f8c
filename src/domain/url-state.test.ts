import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  formatLocation,
  hasActiveFilters,
  parseLocation,
  type AppLocation,
} from './url-state.ts';

describe('parseLocation', () => {
  it.each<[string, AppLocation]>([
    ['', { route: { view: 'overview' }, filters: EMPTY_FILTERS }],
    ['#/', { route: { view: 'overview' }, filters: EMPTY_FILTERS }],
    ['#/nowhere', { route: { view: 'overview' }, filters: EMPTY_FILTERS }],
    [
      '#/departments',
      { route: { view: 'departments', departmentId: null }, filters: EMPTY_FILTERS },
    ],
    [
      '#/departments/liaocheng-audit-bureau?year=2023',
      {
        route: { view: 'departments', departmentId: 'liaocheng-audit-bureau' },
        filters: { departments: [], years: ['2023'], categories: [] },
      },
    ],
    [
      '#/compare?dept=a,b,a&cat=money&fig=x,y&log=1',
      {
        route: { view: 'compare', figures: ['x', 'y'], logScale: true },
        filters: { departments: ['a', 'b'], years: [], categories: ['money'] },
      },
    ],
    [
      '#/sources?focus=fig-1',
      { route: { view: 'sources', focus: 'fig-1' }, filters: EMPTY_FILTERS },
    ],
    ['#/search', { route: { view: 'search', query: '' }, filters: EMPTY_FILTERS }],
    [
      '#/search?q=%E7%AD%BE%E7%BA%A6+%E5%9F%B9%E8%AE%AD&year=2023',
      {
        route: { view: 'search', query: '签约 培训' },
        filters: { departments: [], years: ['2023'], categories: [] },
      },
    ],
    ['#/present', { route: { view: 'present' }, filters: EMPTY_FILTERS }],
    ['#present', { route: { view: 'present' }, filters: EMPTY_FILTERS }],
    [
      '#/present?dept=a,b&dwell=8&cycle=dept&slide=2&stretch=1',
      {
        route: { view: 'present', dwell: 8, cycle: 'dept', slide: 2, stretch: true },
        filters: { departments: ['a', 'b'], years: [], categories: [] },
      },
    ],
    [
      '#/?present=1&cycle=dept&year=2023',
      {
        route: { view: 'present', cycle: 'dept' },
        filters: { departments: [], years: ['2023'], categories: [] },
      },
    ],
    ['#/?present=0', { route: { view: 'overview' }, filters: EMPTY_FILTERS }],
  ])('reads %s', (hash, expected) => {
    expect(parseLocation(hash)).toEqual(expected);
  });

  it('drops years that are not four digits', () => {
    expect(parseLocation('#/?year=2023,abc,20').filters.years).toEqual(['2023']);
  });
});

describe('formatLocation', () => {
  it('writes readable links with commas', () => {
    expect(
      formatLocation({
        route: { view: 'compare', figures: ['f1'], logScale: false },
        filters: { departments: ['a', 'b'], years: ['2023'], categories: [] },
      }),
    ).toBe('#/compare?dept=a,b&year=2023&fig=f1');
  });

  it('writes the presentation with its parameters after the filters', () => {
    expect(
      formatLocation({
        route: { view: 'present', dwell: 0.5, cycle: 'dept', slide: 3, space: 'next' },
        filters: { departments: ['a', 'b'], years: [], categories: [] },
      }),
    ).toBe('#/present?dept=a,b&dwell=0.5&cycle=dept&slide=3&space=next');
  });

  it.each([
    ['', '#/search'],
    ['签约', '#/search?q=%E7%AD%BE%E7%BA%A6'],
    ['a&b=c #d', '#/search?q=a%26b%3Dc+%23d'],
  ])('writes the search for %j as %s', (query, hash) => {
    expect(formatLocation({ route: { view: 'search', query }, filters: EMPTY_FILTERS })).toBe(hash);
  });

  it('writes the overview without filters as #/', () => {
    expect(formatLocation({ route: { view: 'overview' }, filters: EMPTY_FILTERS })).toBe('#/');
  });

  it('gives back what it was given after a round trip', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const year = fc.integer({ min: 1900, max: 2100 }).map(String);
    const list = <T>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { maxLength: 4 });
    const route = fc.oneof(
      fc.constant({ view: 'overview' as const }),
      fc.record({ view: fc.constant('departments' as const), departmentId: fc.option(id) }),
      fc.record({ view: fc.constant('sources' as const), focus: fc.option(id) }),
      fc.record({ view: fc.constant('search' as const), query: fc.string() }),
      fc.record({
        view: fc.constant('compare' as const),
        figures: list(id),
        logScale: fc.boolean(),
      }),
      fc.constantFrom({ view: 'timeline' as const }, { view: 'present' as const }),
      fc.record(
        {
          view: fc.constant('present' as const),
          dwell: fc.integer({ min: 50, max: 3_600_000 }).map((ms) => ms / 1000),
          cycle: fc.constantFrom('dept' as const, 'year' as const),
          slide: fc.integer({ min: 1, max: 9999 }),
          stretch: fc.constant(true),
          space: fc.constant('next' as const),
        },
        { requiredKeys: ['view'] },
      ),
    );
    fc.assert(
      fc.property(route, list(id), list(year), list(id), (r, departments, years, categories) => {
        const location: AppLocation = { route: r, filters: { departments, years, categories } };
        expect(parseLocation(formatLocation(location))).toEqual(location);
      }),
    );
  });
});

describe('hasActiveFilters', () => {
  it.each([
    [EMPTY_FILTERS, false],
    [{ ...EMPTY_FILTERS, years: ['2023'] }, true],
    [{ ...EMPTY_FILTERS, departments: ['a'] }, true],
  ])('says whether %j filters anything', (filters, expected) => {
    expect(hasActiveFilters(filters)).toBe(expected);
  });
});

describe('the language in the address', () => {
  it('keeps English in a copied link and leaves Chinese, the default, out', () => {
    const english = parseLocation('#/timeline?dept=a&lang=en');
    expect(english.lang).toBe('en');
    expect(formatLocation(english)).toBe('#/timeline?dept=a&lang=en');
    expect(formatLocation({ ...english, lang: 'zh' })).toBe('#/timeline?dept=a');
    expect(parseLocation('#/timeline').lang).toBeUndefined();
  });
});
