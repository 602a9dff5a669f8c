import type { Article, Dataset } from './dataset-schema.ts';
import {
  dataAsOf,
  formatClockDate,
  formatClockTime,
  splitNumeral,
  valueWidthEm,
  type DataAsOf,
} from './present-text.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';

const name = { zh: 'x', en: 'x' };

function article(date: string | null): Article {
  return {
    id: `a-${date}`,
    source: 'sources/a.txt',
    headline: null,
    subheadline: null,
    section: null,
    bylines: [],
    publication: { name: null, date, dateBasis: date ? 'printed' : null },
    departments: ['d'],
    groups: [],
    text: '',
  };
}

function dataset(articles: Article[], figureDates: string[], eventDates: string[]): Dataset {
  return {
    schemaVersion: 2,
    vocabulary: sampleVocabulary,
    title: name,
    departments: [],
    articles,
    figures: figureDates.map((date, i) => ({
      id: `f${i}`,
      article: 'a',
      department: 'd',
      metric: name,
      category: 'coverage',
      value: 1,
      unit: '人',
      qualifier: 'exact',
      date,
      dateBasis: 'inferred',
      quote: '1人',
    })),
    events: eventDates.map((date, i) => ({
      id: `e${i}`,
      article: 'a',
      department: 'd',
      date,
      dateBasis: 'printed',
      title: name,
      quote: 'q',
    })),
    lists: [],
  };
}

describe('dataAsOf', () => {
  it.each<[string, Dataset, DataAsOf | null]>([
    [
      'the latest record date when the page prints no publication date',
      dataset([article(null)], ['2023', '2020-07'], ['2023-10-16', '2023-05-28']),
      { date: '2023-10-16', basis: 'records' },
    ],
    [
      'a later year over an earlier day',
      dataset([article(null)], ['2024'], ['2023-10-16']),
      { date: '2024', basis: 'records' },
    ],
    [
      'the latest publication date when every article has one',
      dataset([article('2023-10-20'), article('2023-11-02')], ['2023'], ['2023-10-16']),
      { date: '2023-11-02', basis: 'publication' },
    ],
    [
      'the records when only some articles are dated',
      dataset([article('2023-11-02'), article(null)], ['2023'], ['2023-10-16']),
      { date: '2023-10-16', basis: 'records' },
    ],
    ['nothing for a dataset without dates', dataset([article(null)], [], []), null],
  ])('gives %s', (_name, data, expected) => {
    expect(dataAsOf(data)).toEqual(expected);
  });
});

describe('splitNumeral', () => {
  it.each([
    ['343.76万人', { numeral: '343.76', rest: '万人' }],
    ['7000余万元', { numeral: '7000', rest: '余万元' }],
    ['105个', { numeral: '105', rest: '个' }],
    ['3,437,600 people', { numeral: '3,437,600', rest: ' people' }],
    ['七型', null],
  ])('splits %j', (text, expected) => {
    expect(splitNumeral(text)).toEqual(expected);
  });
});

describe('valueWidthEm', () => {
  it('counts digits narrow and Chinese characters square, the words after at their size', () => {
    expect(valueWidthEm({ numeral: '7000', rest: '余万元' })).toBeCloseTo(
      4 * 0.6 + 3 * 0.45 + 0.15,
    );
    expect(valueWidthEm({ numeral: '343.76', rest: '万人' })).toBeCloseTo(
      5 * 0.6 + 0.32 + 2 * 0.45 + 0.15,
    );
  });

  it('grows with the text, so a longer value is set smaller', () => {
    expect(valueWidthEm({ numeral: '70', rest: ' million+ yuan' })).toBeGreaterThan(
      valueWidthEm({ numeral: '70', rest: '余万元' }),
    );
  });
});

describe('the clock', () => {
  const sunday = new Date(2025, 0, 5, 9, 5, 59);

  it('writes the time in 24 hours with leading zeros', () => {
    expect(formatClockTime(sunday)).toBe('09:05');
    expect(formatClockTime(new Date(2025, 0, 5, 23, 59))).toBe('23:59');
  });

  it.each([
    ['zh', '1月5日 星期日'],
    ['en', 'Sun 5 Jan'],
  ] as const)('writes the date in %s as %j', (locale, expected) => {
    expect(formatClockDate(sunday, locale)).toBe(expected);
  });
});
