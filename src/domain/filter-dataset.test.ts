import { sampleDataset } from '../test/sample-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import {
  categoriesIn,
  filterDataset,
  matchOptions,
  reportYears,
  toggleValue,
  yearOf,
  yearsIn,
} from './filter-dataset.ts';
import { EMPTY_FILTERS } from './url-state.ts';

const [villages, people] = sampleDataset.figures as [Dataset['figures'][0], Dataset['figures'][0]];
const dataset: Dataset = {
  ...sampleDataset,
  figures: [villages, { ...people, date: '2022', category: 'money' }],
  events: [
    {
      id: 'tv-report',
      article: 'health-party-brands',
      department: 'liaocheng-health-commission',
      date: '2023-05-28',
      dateBasis: 'inferred',
      title: { zh: '央视报道', en: 'CCTV report' },
      quote: '5 月 28 日被央视',
    },
  ],
};

describe('yearOf', () => {
  it.each([
    ['2023', '2023'],
    ['2020-07', '2020'],
    ['2023-10-16', '2023'],
  ])('reads the year of %s as %s', (date, year) => expect(yearOf(date)).toBe(year));
});

describe('filterDataset', () => {
  it('keeps everything without filters', () => {
    const result = filterDataset(dataset, EMPTY_FILTERS);
    expect(result.figures).toHaveLength(2);
    expect(result.events).toHaveLength(1);
  });

  it('filters figures and events by year', () => {
    const result = filterDataset(dataset, { ...EMPTY_FILTERS, years: ['2022'] });
    expect(result.figures.map((f) => f.id)).toEqual(['health-family-doctor-people']);
    expect(result.events).toEqual([]);
  });

  it('filters figures by category and leaves events alone', () => {
    const result = filterDataset(dataset, { ...EMPTY_FILTERS, categories: ['coverage'] });
    expect(result.figures.map((f) => f.id)).toEqual(['health-family-doctor-villages']);
    expect(result.events).toHaveLength(1);
  });

  it('keeps the records of any of several chosen departments', () => {
    const result = filterDataset(dataset, {
      ...EMPTY_FILTERS,
      departments: ['nobody', 'liaocheng-health-commission'],
    });
    expect(result.figures).toHaveLength(2);
  });

  it('keeps a named list in the year its article reports as of (its latest record)', () => {
    const list = {
      id: 'brands',
      article: 'health-party-brands',
      department: 'liaocheng-health-commission',
      kind: 'party-brands' as const,
      name: { zh: '品牌', en: 'Brands' },
      items: [{ name: { zh: '甲', en: 'A' }, quote: '甲' }],
    };
    const withList = { ...dataset, lists: [list] };
    expect(reportYears(withList).get('health-party-brands')).toBe('2023');
    expect(filterDataset(withList, { ...EMPTY_FILTERS, years: ['2023'] }).lists).toEqual([list]);
    expect(filterDataset(withList, { ...EMPTY_FILTERS, years: ['2022'] }).lists).toEqual([]);
  });

  it('returns nothing for a department that reported nothing', () => {
    const result = filterDataset(dataset, { ...EMPTY_FILTERS, departments: ['nobody'] });
    expect(result).toEqual({ figures: [], events: [], lists: [] });
  });
});

describe('yearsIn and categoriesIn', () => {
  it('lists the years of figures and events, oldest first', () => {
    expect(yearsIn(dataset)).toEqual(['2022', '2023']);
  });

  it('lists each category once', () => {
    expect(categoriesIn(dataset)).toEqual(['coverage', 'money']);
  });

  it('computes each list once per dataset', () => {
    expect(yearsIn(dataset)).toBe(yearsIn(dataset));
    expect(categoriesIn(dataset)).toBe(categoriesIn(dataset));
  });
});

describe('toggleValue', () => {
  it.each([
    [[], 'a', ['a']],
    [['a', 'b'], 'a', ['b']],
    [['b'], 'a', ['b', 'a']],
  ])('toggles %j with %s into %j', (values, value, expected) => {
    expect(toggleValue(values, value)).toEqual(expected);
  });
});

describe('matchOptions', () => {
  const options = [
    { id: 'a', label: '市审计局', title: '聊城市审计局' },
    { id: 'b', label: 'Gucheng', title: 'Gucheng Town, Shen County' },
    { id: 'c', label: '大王寨镇' },
  ];

  it.each([
    ['', ['a', 'b', 'c']],
    ['  ', ['a', 'b', 'c']],
    ['审计', ['a']],
    ['聊城', ['a']],
    ['gucheng', ['b']],
    [' shen ', ['b']],
    ['镇', ['c']],
    ['nowhere', []],
  ])('finds %j in %j', (query, ids) => {
    expect(matchOptions(options, query).map((o) => o.id)).toEqual(ids);
  });
});
