import { makeFigure } from '../test/make-figure.ts';
import type { DatedEvent, Figure } from './dataset-schema.ts';
import {
  chronologicalRecords,
  datePrecision,
  groupByYear,
  timelineMarks,
  timelinePoints,
  markKey,
  timelineRows,
} from './timeline-model.ts';

const figure = (id: string, department: string, date: string): Figure =>
  makeFigure(id, { department, date, category: 'coverage', unit: '人' });

function event(id: string, department: string, date: string): DatedEvent {
  return {
    id,
    department,
    article: 'a',
    date,
    dateBasis: 'printed',
    title: { zh: id, en: id },
    quote: id,
  };
}

const order = ['audit', 'health', 'dulangkou'];

describe('datePrecision', () => {
  it.each([
    ['2023', 'year'],
    ['2020-07', 'month'],
    ['2023-10-16', 'day'],
  ] as const)('reads %s as %s precision', (date, precision) => {
    expect(datePrecision(date)).toBe(precision);
  });
});

describe('chronologicalRecords', () => {
  it.each([
    [
      'sorts by date across events and figures',
      [event('cctv', 'health', '2023-05-28'), event('centre', 'audit', '2020-07')],
      [figure('oath', 'dulangkou', '2023-10-16')],
      ['centre', 'cctv', 'oath'],
    ],
    [
      'puts a month before a day inside it, and a year before both',
      [event('day', 'health', '2023-05-28'), event('month', 'health', '2023-05')],
      [figure('year', 'health', '2023')],
      ['year', 'month', 'day'],
    ],
    [
      'breaks date ties by department order, then events before figures',
      [event('dulangkou-event', 'dulangkou', '2023-10-16')],
      [
        figure('dulangkou-figure', 'dulangkou', '2023-10-16'),
        figure('health-figure', 'health', '2023-10-16'),
      ],
      ['health-figure', 'dulangkou-event', 'dulangkou-figure'],
    ],
    [
      'keeps the dataset order of equal records',
      [],
      [figure('b', 'health', '2023'), figure('a', 'health', '2023'), figure('c', 'health', '2023')],
      ['b', 'a', 'c'],
    ],
    [
      'puts a department it does not know after the known ones',
      [],
      [figure('stranger', 'elsewhere', '2023'), figure('known', 'dulangkou', '2023')],
      ['known', 'stranger'],
    ],
    ['returns nothing for nothing', [], [], []],
  ])('%s', (_name, events, figures, ids) => {
    expect(chronologicalRecords(events, figures, order).map((r) => r.id)).toEqual(ids);
  });

  it('says which kind each record is', () => {
    const records = chronologicalRecords(
      [event('e', 'audit', '2020-07')],
      [figure('f', 'audit', '2023')],
      order,
    );
    expect(records.map((r) => r.kind)).toEqual(['event', 'figure']);
  });
});

describe('groupByYear', () => {
  const records = chronologicalRecords(
    [
      event('centre', 'audit', '2020-07'),
      event('campaigns', 'health', '2023-05'),
      event('oath', 'dulangkou', '2023-10-16'),
    ],
    [figure('meetings', 'audit', '2023'), figure('signed', 'health', '2023')],
    order,
  );
  const groups = groupByYear(records);

  it('makes one group per year, oldest first', () => {
    expect(groups.map((g) => g.year)).toEqual(['2020', '2023']);
  });

  it.each([
    ['2020', ['centre'], []],
    ['2023', ['campaigns', 'oath'], ['meetings', 'signed']],
  ])('keeps the year-only records of %s apart from the dated ones', (year, dated, yearOnly) => {
    const group = groups.find((g) => g.year === year);
    expect(group?.dated.map((r) => r.id)).toEqual(dated);
    expect(group?.yearOnly.map((r) => r.id)).toEqual(yearOnly);
  });

  it('makes no groups from no records', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('timelineMarks', () => {
  it.each([
    [
      'leaves out year-only records, which an axis cannot place',
      [event('centre', 'audit', '2020-07')],
      [figure('meetings', 'audit', '2023')],
      [['audit', '2020-07', ['centre']]],
    ],
    [
      'merges records of one department on one date into one mark',
      [event('oath', 'dulangkou', '2023-10-16')],
      [figure('oath-members', 'dulangkou', '2023-10-16')],
      [['dulangkou', '2023-10-16', ['oath', 'oath-members']]],
    ],
    [
      'keeps one date of two departments as two marks',
      [event('visit', 'health', '2023-10-16'), event('oath', 'dulangkou', '2023-10-16')],
      [],
      [
        ['health', '2023-10-16', ['visit']],
        ['dulangkou', '2023-10-16', ['oath']],
      ],
    ],
  ])('%s', (_name, events, figures, expected) => {
    const marks = timelineMarks(chronologicalRecords(events, figures, order));
    expect(marks.map((m) => [m.department, m.date, m.records.map((r) => r.id)])).toEqual(expected);
  });
});

describe('timelineRows', () => {
  it('lists the departments that have a mark, in department order', () => {
    const marks = timelineMarks(
      chronologicalRecords(
        [event('oath', 'dulangkou', '2023-10-16'), event('centre', 'audit', '2020-07')],
        [figure('x', 'health', '2023')],
        order,
      ),
    );
    expect(timelineRows(marks, order)).toEqual(['audit', 'dulangkou']);
  });
});

describe('timelinePoints', () => {
  it('marks a point whose date is inferred (these figures), and draws events as diamonds', () => {
    const records = chronologicalRecords(
      [event('oath', 'dulangkou', '2023-10-16')],
      [figure('brands', 'health', '2023-05'), figure('visit', 'health', '2023-10-16')],
      ['dulangkou', 'health'],
    );
    const points = timelinePoints(timelineMarks(records));
    expect(points.map((p) => [p.id, p.symbol, p.inferred])).toEqual([
      ['brands', 'circle', true],
      ['oath', 'diamond', false],
      ['visit', 'circle', true],
    ]);
  });
});

describe('markKey', () => {
  it.each([
    [1, '①'],
    [20, '⑳'],
    [21, '(21)'],
  ])('keys mark %d as %s', (n, key) => {
    expect(markKey(n)).toBe(key);
  });
});
