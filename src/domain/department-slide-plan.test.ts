import { makeFigure } from '../test/make-figure.ts';
import type { Figure } from './dataset-schema.ts';
import { planDepartmentPages, type DepartmentPage } from './department-slide-plan.ts';

const figure = (id: string, value: number, extra: Partial<Figure> = {}) =>
  makeFigure(id, { value, ...extra });

// Different categories, so no two figures make a chart.
const CATEGORIES = [
  'meetings',
  'rules',
  'honours',
  'organisation',
  'services',
  'facilities',
] as const;
const UNITS = [
  '人',
  '人次',
  '场次',
  '次',
  '个',
  '项',
  '名',
  '家',
  '户',
  '元',
  '平方米',
  '亩',
  '型',
];
const cards = (n: number, base = 1) =>
  Array.from({ length: n }, (_, i) =>
    figure(`f${i}`, base + i, {
      category: CATEGORIES[i % CATEGORIES.length]!,
      unit: UNITS[i % UNITS.length]!,
    }),
  );
const notes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));

const summary = (pages: DepartmentPage[]) =>
  pages.map((p) => ({
    hero: p.hero,
    cards: p.cards.length,
    charts: p.charts.map((c) => c.kind),
    notes: p.notes.length,
    more: p.more,
  }));

describe('planDepartmentPages', () => {
  it('puts a single figure large, with its events beside it, on one page', () => {
    const pages = planDepartmentPages({
      figures: [figure('oath', 100)],
      events: notes(1),
      lists: [],
    });
    expect(summary(pages)).toEqual([{ hero: 'oath', cards: 0, charts: [], notes: 1, more: 0 }]);
  });

  it('makes the largest figure the headline and lays the rest out as cards', () => {
    const pages = planDepartmentPages({ figures: cards(7), events: [], lists: [] });
    expect(pages[0]?.hero).toBe('f6');
    expect(pages[0]?.cards).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
  });

  it('makes the figure the editor marked the headline, the largest one a card', () => {
    const figures = cards(7).map((f) => (f.id === 'f2' ? { ...f, headline: true as const } : f));
    const pages = planDepartmentPages({ figures, events: [], lists: [] });
    expect(pages[0]?.hero).toBe('f2');
    expect(pages[0]?.cards).toEqual(['f0', 'f1', 'f3', 'f4', 'f5', 'f6']);
  });

  it('gives events and lists their own page when the cards fill the first', () => {
    const pages = planDepartmentPages({ figures: cards(7), events: notes(1), lists: notes(2) });
    expect(summary(pages)).toEqual([
      { hero: 'f6', cards: 6, charts: [], notes: 0, more: 0 },
      { hero: null, cards: 0, charts: [], notes: 3, more: 0 },
    ]);
  });

  it('pages through many figures and says how many are left for the desk view', () => {
    const pages = planDepartmentPages({ figures: cards(40), events: [], lists: [] });
    expect(summary(pages)).toEqual([
      { hero: 'f39', cards: 6, charts: [], notes: 0, more: 0 },
      { hero: null, cards: 8, charts: [], notes: 0, more: 0 },
      { hero: null, cards: 8, charts: [], notes: 0, more: 39 - 6 - 16 },
    ]);
  });

  it('shows every figure somewhere or counts it: nothing is dropped silently', () => {
    for (const n of [1, 5, 7, 14, 22, 23, 40]) {
      const pages = planDepartmentPages({ figures: cards(n), events: [], lists: [] });
      const shown = pages.reduce((sum, p) => sum + p.cards.length + (p.hero ? 1 : 0), 0);
      const more = pages.reduce((sum, p) => sum + p.more, 0);
      expect(shown + more).toBe(n);
    }
  });

  it('draws three or more figures of one unit and category as a chart, on the first page beside few cards', () => {
    const same = [1, 2, 3].map((v) => figure(`s${v}`, v, { category: 'money', unit: '元' }));
    const pages = planDepartmentPages({
      figures: [...same, figure('big', 1000, { category: 'rules' })],
      events: [],
      lists: [],
    });
    expect(summary(pages)).toEqual([
      { hero: 'big', cards: 0, charts: ['group'], notes: 0, more: 0 },
    ]);
  });

  it('gives campaign sessions and person-times a chart of their own', () => {
    const campaign = [
      figure('a-sessions', 10, { group: 'a', category: 'outreach-sessions', unit: '场次' }),
      figure('a-reach', 500, { group: 'a', category: 'outreach-reach', unit: '人次' }),
    ];
    const pages = planDepartmentPages({
      figures: [...campaign, ...cards(5, 1000)],
      events: notes(2),
      lists: [],
    });
    expect(summary(pages)).toEqual([
      { hero: 'f4', cards: 4, charts: [], notes: 0, more: 0 },
      { hero: null, cards: 0, charts: ['campaigns'], notes: 0, more: 0 },
      { hero: null, cards: 0, charts: [], notes: 2, more: 0 },
    ]);
  });

  it('has a page for a department with only events and lists, and one page for nothing', () => {
    expect(summary(planDepartmentPages({ figures: [], events: notes(11), lists: [] }))).toEqual([
      { hero: null, cards: 0, charts: [], notes: 10, more: 0 },
      { hero: null, cards: 0, charts: [], notes: 1, more: 0 },
    ]);
    expect(planDepartmentPages({ figures: [], events: [], lists: [] })).toHaveLength(1);
  });

  it('accounts for every figure when charts and the headline mix: shown, charted or counted', () => {
    const money = [5, 6, 7000].map((v) => figure(`m${v}`, v, { category: 'money', unit: '元' }));
    const campaign = [
      figure('c-sessions', 10, { group: 'c', category: 'outreach-sessions', unit: '场次' }),
      figure('c-reach', 20, { group: 'c', category: 'outreach-reach', unit: '人次' }),
    ];
    const figures = [...money, ...campaign, ...cards(12, 100)];
    const pages = planDepartmentPages({ figures, events: [], lists: [] });
    // The largest figure is the headline even though its chart shows it too.
    expect(pages[0]?.hero).toBe('m7000');
    const group = pages.flatMap((p) => p.charts).find((c) => c.kind === 'group');
    expect(group?.kind === 'group' && group.figures).toContain('m7000');
    const seen = new Set([
      ...pages.flatMap((p) => [...(p.hero ? [p.hero] : []), ...p.cards]),
      ...pages.flatMap((p) => p.charts.flatMap((c) => (c.kind === 'group' ? c.figures : []))),
      ...(pages.some((p) => p.charts.some((c) => c.kind === 'campaigns'))
        ? ['c-sessions', 'c-reach']
        : []),
    ]);
    const more = pages.reduce((sum, p) => sum + p.more, 0);
    expect(seen.size + more).toBe(figures.length);
  });
});
