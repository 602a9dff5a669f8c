import { checkComparability, crossDepartmentGroups, groupComparable } from './comparability.ts';
import type { Figure } from './dataset-schema.ts';

type Row = Pick<Figure, 'unit' | 'category' | 'value'>;
const people = (value: number): Row => ({ unit: '人', category: 'coverage', value });

describe('checkComparability', () => {
  it('says nothing compares with nothing', () => {
    expect(checkComparability([])).toEqual({ comparable: false, reason: 'empty' });
  });

  it('refuses figures of different units and names them', () => {
    expect(
      checkComparability([people(12900), { unit: '人次', category: 'coverage', value: 490000 }]),
    ).toEqual({ comparable: false, reason: 'units', units: ['人', '人次'] });
  });

  it.each([
    ['a percentage and a count', '%', '个'],
    ['a percentage and percentage points', '%', '百分点'],
    ['percentage points and a count', '百分点', '人'],
  ])('never puts %s on one axis', (_case, a, b) => {
    expect(
      checkComparability([
        { unit: a, category: 'coverage', value: 98.6 },
        { unit: b, category: 'coverage', value: 12 },
      ]),
    ).toEqual({ comparable: false, reason: 'units', units: [a, b] });
  });

  it('never advises a log scale for shares', () => {
    expect(
      checkComparability([
        { unit: '%', category: 'coverage', value: 0.5 },
        { unit: '%', category: 'coverage', value: 98.6 },
      ]),
    ).toEqual({ comparable: true, unit: '%', logScaleAdvised: false });
  });

  it('refuses one unit in different categories', () => {
    expect(
      checkComparability([people(5), { unit: '人', category: 'party-members', value: 100 }]),
    ).toEqual({
      comparable: false,
      reason: 'categories',
      categories: ['coverage', 'party-members'],
    });
  });

  it.each([
    [[people(12900), people(3437600)], true],
    [[people(12900), people(120000)], false],
    [[people(0), people(3437600)], false],
    [[people(3437600)], false],
  ])('advises a log scale for %j: %s', (figures, advised) => {
    expect(checkComparability(figures)).toEqual({
      comparable: true,
      unit: '人',
      logScaleAdvised: advised,
    });
  });
});

describe('groupComparable', () => {
  it('keeps each unit and category apart', () => {
    const groups = groupComparable([
      { id: 'a', unit: '人', category: 'coverage' },
      { id: 'b', unit: '人次', category: 'coverage' },
      { id: 'c', unit: '人', category: 'coverage' },
    ]);
    expect(groups.map((g) => [g.unit, g.figures.map((f) => f.id)])).toEqual([
      ['人', ['a', 'c']],
      ['人次', ['b']],
    ]);
  });
});

describe('crossDepartmentGroups', () => {
  const figure = (id: string, department: string, value: number, unit: Figure['unit']): Figure => ({
    id,
    department,
    article: 'a',
    metric: { zh: id, en: id },
    category: 'coverage',
    value,
    unit,
    qualifier: 'exact',
    date: '2023',
    dateBasis: 'inferred',
    quote: id,
  });

  it('pairs figures of one unit and category across departments only, largest first', () => {
    const groups = crossDepartmentGroups(
      [
        figure('gucheng-people', 'gucheng', 12900, '人'),
        figure('health-signed', 'health', 3437600, '人'),
        figure('health-villages', 'health', 5525, '个'),
        figure('health-visits', 'health', 490000, '人次'),
        figure('health-visits-2', 'health', 400000, '人次'),
      ],
      5,
    );
    expect(groups.map((g) => [g.unit, g.figures.map((f) => f.id)])).toEqual([
      ['人', ['health-signed', 'gucheng-people']],
    ]);
  });
});
