import { makeFigure } from '../test/make-figure.ts';
import type { Figure } from './dataset-schema.ts';
import {
  countByDepartmentAndCategory,
  departmentsWithFigures,
  presentCategories,
  headlineFigures,
} from './overview-model.ts';

const figure = (id: string, department: string, value: number, extra: Partial<Figure> = {}) =>
  makeFigure(id, { department, value, category: 'coverage', unit: '人', ...extra });

const figures = [
  figure('health-signed', 'health', 3437600),
  figure('health-villages', 'health', 5525, { unit: '个' }),
  figure('gucheng-people', 'gucheng', 12900, { qualifier: 'atLeast' }),
  figure('gucheng-money', 'gucheng', 3580000, { unit: '元', category: 'money' }),
  figure('dulangkou-members', 'dulangkou', 100, { category: 'party-members' }),
];

describe('headlineFigures', () => {
  it('takes each department’s largest figure, in department order, not ranked across units', () => {
    expect(headlineFigures(figures, 10).map((f) => f.id)).toEqual([
      'health-signed',
      'gucheng-money',
      'dulangkou-members',
    ]);
  });

  it('stops at the limit', () => {
    expect(headlineFigures(figures, 1)).toHaveLength(1);
  });

  it('gives every department’s without a limit', () => {
    expect(headlineFigures(figures)).toHaveLength(3);
  });

  const marked = (id: string) =>
    figures.map((f) => (f.id === id ? { ...f, headline: true as const } : f));
  const gucheng = (shown: readonly Figure[]) =>
    headlineFigures(shown).find((f) => f.department === 'gucheng')?.id;

  it.each([
    ['the marked figure wins over a larger one', marked('gucheng-people'), 'gucheng-people'],
    ['the marked figure wins wherever it stands', marked('gucheng-money'), 'gucheng-money'],
    ['none marked: the largest leads', figures, 'gucheng-money'],
    [
      'marked but filtered out: the largest shown leads',
      marked('gucheng-people').filter((f) => f.id !== 'gucheng-people'),
      'gucheng-money',
    ],
  ])('%s', (_, shown, expected) => {
    expect(gucheng(shown)).toBe(expected);
  });

  it('keeps the department order when a later figure is marked', () => {
    const shown = [...marked('gucheng-people')].reverse();
    expect(headlineFigures(shown).map((f) => f.id)).toEqual([
      'dulangkou-members',
      'gucheng-people',
      'health-signed',
    ]);
  });
});

describe('departmentsWithFigures', () => {
  it('keeps the given order and drops departments without figures', () => {
    expect(departmentsWithFigures(['nobody', 'dulangkou', 'health'], figures)).toEqual([
      'dulangkou',
      'health',
    ]);
  });
});

describe('countByDepartmentAndCategory', () => {
  it('counts each department’s figures per category', () => {
    expect(
      countByDepartmentAndCategory(figures, ['health', 'gucheng'], ['coverage', 'money', 'rules']),
    ).toEqual([
      { department: 'health', counts: [2, 0, 0] },
      { department: 'gucheng', counts: [1, 1, 0] },
    ]);
  });

  it('leaves out departments and categories it was not asked about', () => {
    expect(countByDepartmentAndCategory(figures, ['dulangkou'], ['money'])).toEqual([
      { department: 'dulangkou', counts: [0] },
    ]);
  });
});

describe('presentCategories', () => {
  it('keeps the categories somebody reported, in order', () => {
    expect(presentCategories(figures, ['rules', 'money', 'coverage'])).toEqual([
      'money',
      'coverage',
    ]);
  });
});
