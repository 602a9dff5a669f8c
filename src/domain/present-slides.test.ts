import type { Dataset, DatedEvent, Figure } from './dataset-schema.ts';
import { buildSlides, wrapSlideIndex } from './present-slides.ts';
import type { PresentCycle } from './present-params.ts';
import { EMPTY_FILTERS, type Filters } from './url-state.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';

const name = (zh: string) => ({ zh, en: zh });

function figure(id: string, department: string, fields: Partial<Figure> = {}): Figure {
  return {
    id,
    article: 'a',
    department,
    metric: name(id),
    category: 'coverage',
    value: 1,
    unit: '人',
    qualifier: 'exact',
    date: '2023',
    dateBasis: 'inferred',
    quote: '1人',
    ...fields,
  };
}

function event(id: string, department: string, date: string): DatedEvent {
  return { id, article: 'a', department, date, dateBasis: 'printed', title: name(id), quote: id };
}

function dataset(figures: Figure[], events: DatedEvent[] = []): Dataset {
  return {
    schemaVersion: 2,
    vocabulary: sampleVocabulary,
    title: name('t'),
    departments: ['a', 'b', 'c'].map((id) => ({
      id,
      name: name(id),
      shortName: name(id),
      parent: name('p'),
      kind: name('k'),
    })),
    articles: [],
    figures,
    events,
    lists: [],
  };
}

// a and b report people covered (comparable); c only money; an event in 2020-07.
const data = dataset(
  [
    figure('a-people', 'a', { value: 100 }),
    figure('b-people', 'b', { value: 20000 }),
    figure('c-money', 'c', { unit: '元', category: 'money', date: '2020' }),
  ],
  [event('c-event', 'c', '2020-07')],
);

const keysOf = (filters: Filters, cycle?: PresentCycle) =>
  buildSlides(data, filters, cycle).map((slide) => slide.key);

describe('buildSlides', () => {
  it('gives a year that only has an event its overview slide too', () => {
    const eventOnly = dataset(
      [figure('a-people', 'a', { value: 1 })],
      [event('e', 'a', '2019-03')],
    );
    expect(buildSlides(eventOnly, EMPTY_FILTERS, 'year').map((slide) => slide.key)).toEqual([
      'overview:2019',
      'overview:2023',
    ]);
  });

  it.each<[string, Filters, PresentCycle | undefined, string[]]>([
    [
      'overview, departments, comparison, timeline',
      EMPTY_FILTERS,
      undefined,
      ['overview', 'department:a', 'department:b', 'department:c', 'compare:1', 'timeline'],
    ],
    [
      'only the filtered departments, and no comparison of one',
      { ...EMPTY_FILTERS, departments: ['a'] },
      undefined,
      ['overview', 'department:a'],
    ],
    [
      'no timeline when no record has a month',
      { ...EMPTY_FILTERS, years: ['2023'] },
      undefined,
      ['overview', 'department:a', 'department:b', 'compare:1'],
    ],
    [
      'each department in turn',
      EMPTY_FILTERS,
      'dept',
      ['department:a', 'department:b', 'department:c'],
    ],
    [
      'the departments the filter names',
      { ...EMPTY_FILTERS, departments: ['c', 'a'] },
      'dept',
      ['department:a', 'department:c'],
    ],
    ['each year in turn', EMPTY_FILTERS, 'year', ['overview:2020', 'overview:2023']],
    [
      'the overview when a cycle finds nothing',
      { ...EMPTY_FILTERS, departments: ['nobody'] },
      'dept',
      ['overview'],
    ],
  ])('makes %s', (_name, filters, cycle, expected) => {
    expect(keysOf(filters, cycle)).toEqual(expected);
  });

  it('narrows each department slide to its department, keeping the other filters', () => {
    const filters = { ...EMPTY_FILTERS, years: ['2023'], categories: ['coverage'] };
    const slide = buildSlides(data, filters).find((s) => s.key === 'department:b');
    expect(slide).toMatchObject({
      kind: 'department',
      departmentId: 'b',
      filters: { departments: ['b'], years: ['2023'], categories: ['coverage'] },
    });
  });

  it('puts at most two comparable groups on a comparison slide', () => {
    const units = ['人', '个', '元', '户'] as const;
    const many = dataset(
      units.flatMap((unit) => [
        figure(`a-${unit}`, 'a', { unit }),
        figure(`b-${unit}`, 'b', { unit }),
      ]),
    );
    const compare = buildSlides(many, EMPTY_FILTERS).filter((s) => s.kind === 'compare');
    expect(compare.map((s) => (s.kind === 'compare' ? s.groups.length : 0))).toEqual([2, 2]);
    expect(compare[1]).toMatchObject({ page: 2, pages: 2 });
  });
});

describe('wrapSlideIndex', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 4],
    [5, 5, 0],
    [-1, 5, 4],
    [12, 5, 2],
    [3, 0, 0],
  ])('puts %i into a deck of %i at %i', (index, count, expected) => {
    expect(wrapSlideIndex(index, count)).toBe(expected);
  });
});
