import type { Article, Dataset, DatedEvent, Figure, NamedList } from './dataset-schema.ts';
import { filterDataset } from './filter-dataset.ts';
import { EMPTY_FILTERS, type Filters } from './url-state.ts';
import {
  articlesToShow,
  focusOutsideFilter,
  quoteOf,
  recordsToShow,
  resolveFocus,
  sourceRecords,
} from './sources-model.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';

function article(id: string, departments: string[]): Article {
  return {
    id,
    source: `sources/${id}.txt`,
    headline: null,
    subheadline: null,
    section: null,
    bylines: [],
    publication: { name: null, date: null, dateBasis: null },
    departments,
    groups: [],
    text: '',
  };
}

const figure: Figure = {
  id: 'members',
  article: 'oath',
  department: 'dulangkou',
  metric: { zh: '宣誓党员干部', en: 'Members' },
  category: 'party-members',
  value: 100,
  unit: '人',
  qualifier: 'atLeast',
  date: '2023-10-16',
  dateBasis: 'inferred',
  quote: '党员干部100余人',
};

const event: DatedEvent = {
  id: 'centre',
  article: 'audit',
  department: 'audit',
  date: '2020-07',
  dateBasis: 'printed',
  title: { zh: '审计文化中心', en: 'Centre' },
  quote: '2020年7月',
};

const list: NamedList = {
  id: 'zones',
  article: 'hubs',
  department: 'dawangzhai',
  kind: 'functional-zones',
  name: { zh: '四大功能区', en: 'Zones' },
  items: [
    { name: { zh: '司法所', en: 'Justice office' }, quote: '司法所' },
    { name: { zh: '便民服务大厅', en: 'Service hall' }, quote: '便民服务大厅' },
  ],
};

const dataset: Dataset = {
  schemaVersion: 2,
  vocabulary: sampleVocabulary,
  title: { zh: '看板', en: 'Board' },
  departments: [],
  articles: [
    article('audit', ['audit']),
    article('hubs', ['dawangzhai', 'gucheng']),
    article('oath', ['dulangkou']),
  ],
  figures: [figure],
  events: [event],
  lists: [list],
};

const filters = (extra: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...extra });

describe('sourceRecords', () => {
  it('gives figures and events their id as key and each list item a key of its own', () => {
    const records = sourceRecords({ figures: [figure], events: [event], lists: [list] });
    expect(records.map((r) => [r.kind, r.key, r.recordId, quoteOf(r)])).toEqual([
      ['figure', 'members', 'members', '党员干部100余人'],
      ['event', 'centre', 'centre', '2020年7月'],
      ['list-item', 'zones/0', 'zones', '司法所'],
      ['list-item', 'zones/1', 'zones', '便民服务大厅'],
    ]);
  });
});

describe('resolveFocus', () => {
  it.each([
    ['no focus', null, { kind: 'none' }],
    ['an empty focus', '', { kind: 'none' }],
    ['an unknown id', 'nope', { kind: 'unknown', id: 'nope' }],
  ])('resolves %s', (_name, id, expected) => {
    expect(resolveFocus(dataset, id)).toEqual(expected);
  });

  it.each([
    ['a figure', 'members', 'oath', ['members']],
    ['an event', 'centre', 'audit', ['centre']],
    ['a list, to every one of its items', 'zones', 'hubs', ['zones/0', 'zones/1']],
  ])('resolves %s to its article and highlight keys', (_name, id, articleId, keys) => {
    const focus = resolveFocus(dataset, id);
    expect(focus.kind).toBe('record');
    expect(focus.kind === 'record' && [focus.article.id, focus.keys]).toEqual([articleId, keys]);
  });

  it('resolves an article id to the article', () => {
    const focus = resolveFocus(dataset, 'hubs');
    expect(focus.kind === 'article' && focus.article.id).toBe('hubs');
  });
});

describe('recordsToShow', () => {
  it('adds the focused record when the filters hide it', () => {
    const filtered = filterDataset(dataset, filters({ years: ['2020'] }));
    const shown = recordsToShow(filtered, resolveFocus(dataset, 'members'));
    expect(shown.figures.map((f) => f.id)).toEqual(['members']);
    expect(shown.events.map((e) => e.id)).toEqual(['centre']);
  });

  it('does not repeat a focused record the filters already keep', () => {
    const filtered = filterDataset(dataset, EMPTY_FILTERS);
    expect(recordsToShow(filtered, resolveFocus(dataset, 'zones')).lists).toHaveLength(1);
  });
});

describe('articlesToShow', () => {
  it.each([
    ['every article without a department filter', EMPTY_FILTERS, null, ['audit', 'hubs', 'oath']],
    [
      'an article about any filtered department',
      filters({ departments: ['gucheng'] }),
      null,
      ['hubs'],
    ],
    [
      'the focused record’s article even when filtered out',
      filters({ departments: ['audit'] }),
      'members',
      ['audit', 'oath'],
    ],
    ['a focused article', filters({ departments: ['audit'] }), 'hubs', ['audit', 'hubs']],
    ['nothing more for an unknown focus', filters({ departments: ['audit'] }), 'x', ['audit']],
  ])('shows %s', (_name, activeFilters, focusId, ids) => {
    const focus = resolveFocus(dataset, focusId);
    expect(articlesToShow(dataset, activeFilters, focus).map((a) => a.id)).toEqual(ids);
  });
});

describe('focusOutsideFilter', () => {
  it.each([
    ['a record the filters keep', EMPTY_FILTERS, 'members', false],
    ['a record the year filter hides', filters({ years: ['2020'] }), 'members', true],
    ['a record of another department', filters({ departments: ['audit'] }), 'zones', true],
    ['an article of another department', filters({ departments: ['audit'] }), 'hubs', true],
    ['an article of a filtered department', filters({ departments: ['gucheng'] }), 'hubs', false],
    ['no focus', filters({ years: ['2020'] }), null, false],
  ])('says whether %s is outside the filters', (_name, activeFilters, focusId, outside) => {
    const focus = resolveFocus(dataset, focusId);
    const filtered = filterDataset(dataset, activeFilters);
    expect(focusOutsideFilter(focus, filtered, activeFilters)).toBe(outside);
  });
});
