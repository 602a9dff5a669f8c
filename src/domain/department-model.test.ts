import { makeFigure } from '../test/make-figure.ts';
import type { Figure } from './dataset-schema.ts';
import { campaignsOf, chartableGroups, outsideCampaigns } from './department-model.ts';

const figure = (id: string, extra: Partial<Figure>) =>
  makeFigure(id, { department: 'health', category: 'coverage', unit: '人', ...extra });

describe('campaignsOf', () => {
  it('pairs sessions and reach by group, keeping the printed order', () => {
    const campaigns = campaignsOf([
      figure('d-sessions', { group: 'disease', category: 'outreach-sessions', unit: '场次' }),
      figure('d-reach', { group: 'disease', category: 'outreach-reach', unit: '人次' }),
      figure('o-sessions', { group: 'occupational', category: 'outreach-sessions', unit: '次' }),
      figure('t-training', { group: 'tcm', category: 'training', unit: '人次' }),
      figure('loose', { category: 'outreach-reach' }),
    ]);
    expect(campaigns.map((c) => [c.group, c.sessions?.id ?? null, c.reach?.id ?? null])).toEqual([
      ['disease', 'd-sessions', 'd-reach'],
      ['occupational', 'o-sessions', null],
    ]);
  });
});

describe('chartableGroups', () => {
  it('keeps only groups with at least two figures', () => {
    const groups = chartableGroups([
      figure('a', { unit: '名', category: 'honours' }),
      figure('b', { unit: '名', category: 'honours' }),
      figure('c', { unit: '人' }),
    ]);
    expect(groups.map((g) => g.figures.map((f) => f.id))).toEqual([['a', 'b']]);
  });
});

describe('outsideCampaigns', () => {
  it('leaves out the figures a campaign chart shows', () => {
    const sessions = figure('s', { group: 'g', category: 'outreach-sessions', unit: '场次' });
    const reach = figure('r', { group: 'g', category: 'outreach-reach', unit: '人次' });
    const other = figure('o', {});
    const campaigns = campaignsOf([sessions, reach, other]);
    expect(outsideCampaigns([sessions, reach, other], campaigns).map((f) => f.id)).toEqual(['o']);
  });
});
