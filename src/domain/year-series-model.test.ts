import { makeFigure } from '../test/make-figure.ts';
import type { Figure } from './dataset-schema.ts';
import { yearSeriesKey, yearSeriesOf, yearsShown } from './year-series-model.ts';

const stations = (id: string, date: string, extra: Partial<Figure> = {}) =>
  makeFigure(id, {
    metric: { zh: '建成社区养老服务站', en: 'Community elderly care stations built' },
    category: 'facilities',
    unit: '处',
    date,
    ...extra,
  });

const of = (...figures: Figure[]) => yearSeriesOf({ figures }, 'd');
const ids = (...figures: Figure[]) => of(...figures).map((s) => s.points.map((p) => p.figureId));

describe('yearSeriesOf', () => {
  it('makes a series of one metric printed in three years, sorted by year', () => {
    const [series, ...rest] = of(
      stations('s2024', '2024', { value: 80, qualifier: 'atMost' }),
      stations('s2022', '2022', { value: 45 }),
      stations('s2023', '2023', { value: 50, valueMax: 60, qualifier: 'range' }),
    );
    expect(rest).toEqual([]);
    expect(series).toEqual(
      expect.objectContaining({
        department: 'd',
        metric: { zh: '建成社区养老服务站', en: 'Community elderly care stations built' },
        unit: '处',
        category: 'facilities',
        years: ['2022', '2023', '2024'],
      }),
    );
    expect(series?.points.map(({ figure: _figure, ...point }) => point)).toEqual([
      {
        figureId: 's2022',
        year: '2022',
        date: '2022',
        value: 45,
        qualifier: 'exact',
        nthInYear: 1,
        ofYear: 1,
      },
      {
        figureId: 's2023',
        year: '2023',
        date: '2023',
        value: 50,
        valueMax: 60,
        qualifier: 'range',
        nthInYear: 1,
        ofYear: 1,
      },
      {
        figureId: 's2024',
        year: '2024',
        date: '2024',
        value: 80,
        qualifier: 'atMost',
        nthInYear: 1,
        ofYear: 1,
      },
    ]);
  });

  it.each<[string, Figure[], string[][]]>([
    ['a metric of one year only', [stations('a', '2023'), stations('b', '2023-05')], []],
    ['different units', [stations('a', '2022'), stations('b', '2023', { unit: '个' })], []],
    [
      'different categories',
      [stations('a', '2022'), stations('b', '2023', { category: 'services' })],
      [],
    ],
    [
      'a different printed metric',
      [
        stations('a', '2022'),
        stations('b', '2023', { metric: { zh: '新建社区养老服务站', en: 'x' } }),
      ],
      [],
    ],
    [
      'another department',
      [stations('a', '2022'), stations('b', '2023', { department: 'other' })],
      [],
    ],
    [
      'only a different English name (ours, not the paper’s)',
      [
        stations('a', '2022'),
        stations('b', '2023', { metric: { zh: '建成社区养老服务站', en: 'y' } }),
      ],
      [['a', 'b']],
    ],
    [
      'two figures of one year, kept as two points (never summed), by date',
      [stations('c', '2023-09'), stations('a', '2022'), stations('b', '2023-03')],
      [['a', 'b', 'c']],
    ],
    [
      'a year-only and a month-dated figure of one year, the year first',
      [stations('m', '2023-05'), stations('y', '2023'), stations('z', '2024')],
      [['y', 'm', 'z']],
    ],
  ])('with %s', (_case, figures, expected) => {
    expect(ids(...figures)).toEqual(expected);
  });

  it('numbers the points of a year so several figures of one year can be told apart', () => {
    const [series] = of(stations('a', '2022'), stations('b', '2023-03'), stations('c', '2023-09'));
    expect(series?.points.map((p) => [p.nthInYear, p.ofYear])).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
    ]);
    expect(series?.points.map((p) => p.value)).toEqual([1, 1, 1]);
  });

  it('keeps the series apart and in the order of their first figure', () => {
    const allowance = (id: string, date: string) =>
      makeFigure(id, {
        metric: { zh: '发放高龄津贴', en: 'a' },
        unit: '元',
        category: 'money',
        date,
      });
    const series = of(
      allowance('m2022', '2022'),
      stations('s2022', '2022'),
      stations('s2023', '2023'),
      allowance('m2024', '2024'),
      makeFigure('training', { date: '2023' }),
    );
    expect(series.map((s) => [s.metric.zh, s.years])).toEqual([
      ['发放高龄津贴', ['2022', '2024']],
      ['建成社区养老服务站', ['2022', '2023']],
    ]);
    expect(yearsShown(series)).toEqual(['2022', '2023', '2024']);
  });

  it('reads only the department asked for', () => {
    const figures = [stations('a', '2022'), stations('b', '2023')];
    expect(yearSeriesOf({ figures }, 'other')).toEqual([]);
  });
});

describe('yearSeriesKey', () => {
  it('is the department, the printed metric, the unit and the category', () => {
    expect(yearSeriesKey(stations('a', '2022'))).toBe(
      JSON.stringify(['d', '建成社区养老服务站', '处', 'facilities']),
    );
  });
});
