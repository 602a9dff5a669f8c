import { makeFigure } from '../test/make-figure.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import { filterDataset } from './filter-dataset.ts';
import { EMPTY_FILTERS } from './url-state.ts';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  normalizeText,
  queryTerms,
  search,
  searchFilterMask,
} from './search.ts';

// Invented sentences: nothing here is from a newspaper.
const department = (id: string, zh: string, en: string, shortZh: string, shortEn: string) => ({
  id,
  name: { zh, en },
  shortName: { zh: shortZh, en: shortEn },
  parent: { zh: '某市', en: 'A city' },
  kind: { zh: '市直部门', en: 'Municipal department' },
});

const dataset: Dataset = {
  schemaVersion: 2,
  title: { zh: '测试', en: 'Test' },
  vocabulary: sampleVocabulary,
  departments: [
    department('health', '某市卫生健康委员会', 'City Health Commission', '卫健委', 'Health'),
    department('youth', '某市团委', 'City Youth League', '团委', 'Youth League'),
  ],
  articles: [],
  figures: [
    makeFigure('sign-ups', {
      department: 'health',
      metric: { zh: '家庭医生签约人数', en: 'Family doctor sign-ups' },
      quote: '全市家庭医生签约 12.5 万人',
      date: '2022',
    }),
    makeFigure('trainings', {
      department: 'health',
      metric: { zh: '基层医生培训人次', en: 'Trainings of village doctors' },
      quote: '组织基层医生培训３００人次',
      date: '2023-04',
    }),
    makeFigure('volunteer-hours', {
      department: 'youth',
      metric: { zh: '志愿服务时长', en: 'Volunteer service hours' },
      quote: '青年志愿者开展志愿服务达 800 小时',
      date: '2023',
      category: 'outreach-sessions',
    }),
    makeFigure('contracts', {
      department: 'youth',
      metric: { zh: '签订项目合同', en: 'Project contracts' },
      quote: '现场签约项目 6 个',
      date: '2021',
    }),
  ],
  events: [
    {
      id: 'fair',
      department: 'youth',
      date: '2023-05-04',
      dateBasis: 'printed',
      title: { zh: '青年就业招聘会', en: 'Youth job fair' },
      quote: '5月4日举办青年就业招聘会',
      article: 'a',
    },
  ],
  lists: [
    {
      id: 'brands',
      department: 'health',
      kind: 'party-brands',
      name: { zh: '党建品牌', en: 'Party brands' },
      items: [
        { name: { zh: '健康守门人', en: 'Health gatekeepers' }, quote: '“健康守门人”' },
        { name: { zh: '志愿红', en: 'Volunteer red' }, quote: '“志愿红”服务队' },
      ],
      article: 'a',
    },
  ],
};

const index = buildSearchIndex(dataset);
const ids = (query: string) => search(index, query).hits.map((hit) => `${hit.kind}:${hit.id}`);

describe('queryTerms', () => {
  it.each([
    ['', []],
    ['   \t\n', []],
    ['签约', ['签约']],
    ['  Family   Doctor ', ['family', 'doctor']],
    ['签约，培训。', ['签约', '培训']],
    ['“志愿服务”', ['志愿服务']],
    ['ＦＡＭＩＬＹ', ['family']],
    ['12.5%', ['12.5%']],
    ['sign-ups', ['sign-ups']],
    ['签约 签约', ['签约']],
    ['...', []],
  ])('reads %j as %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('normalizeText', () => {
  it('folds case and full width without changing the length', () => {
    const text = 'Ｆａｍｉｌｙ　ＤＯＣＴＯＲ ３００人';
    expect(normalizeText(text)).toBe('family doctor 300人');
    expect(normalizeText(text)).toHaveLength(text.length);
  });
});

describe('search', () => {
  it.each([
    // Chinese: the characters wherever they stand, whatever the segmenter makes of the text.
    ['签约', ['figure:sign-ups', 'figure:contracts']],
    ['培训', ['figure:trainings']],
    ['志愿服务', ['figure:volunteer-hours']],
    ['志愿', ['figure:volunteer-hours', 'list-item:brands']],
    ['医生签', ['figure:sign-ups']],
    ['招聘', ['event:fair']],
    ['党建品牌', ['list:brands']],
    ['守门', ['list-item:brands']],
    // A department's names, and a department name narrowing another word (never alone).
    ['卫健委', ['department:health']],
    ['团委 签约', ['figure:contracts']],
    ['卫生 培训', ['figure:trainings']],
    // English: case-insensitive, at the start of a word.
    ['family doctor', ['figure:sign-ups']],
    ['DOCTORS', ['figure:trainings']],
    ['volunteer', ['figure:volunteer-hours', 'list-item:brands']],
    ['rain', []],
    ['youth league', ['department:youth', 'event:fair']],
    // Numbers as printed, full-width digits folded.
    ['300', ['figure:trainings']],
    ['12.5', ['figure:sign-ups']],
    // Punctuation and spaces between words.
    ['签约，卫健委', ['figure:sign-ups']],
    ['“签约”', ['figure:sign-ups', 'figure:contracts']],
    // Nothing.
    ['', []],
    ['   ', []],
    ['，。！', []],
    ['航天', []],
  ])('finds %j: %j', (query, expected) => {
    expect(ids(query).sort()).toEqual([...expected].sort());
  });

  it('ranks a match in the name above one in the quote only', () => {
    expect(ids('签约')[0]).toBe('figure:sign-ups');
    expect(search(index, '签约').hits.map((hit) => hit.field)).toEqual(['name', 'quote']);
  });

  it('splits a Chinese query into words when its characters never occur together', () => {
    const result = search(index, '基层培训');
    expect(result.segmented).toBe(true);
    expect(result.terms).toEqual(['基层', '培训']);
    expect(result.hits.map((hit) => hit.id)).toEqual(['trainings']);
  });

  it('gives the department, the year and the highlighted text of a hit', () => {
    const [hit] = search(index, '签约 12.5').hits;
    expect(hit).toMatchObject({
      kind: 'figure',
      id: 'sign-ups',
      department: 'health',
      year: '2022',
    });
    const quote = hit!.matches.find((match) => match.field === 'quote')!;
    expect(quote.text).toBe('全市家庭医生签约 12.5 万人');
    expect(quote.ranges.map(([start, end]) => quote.text.slice(start, end))).toEqual([
      '签约',
      '12.5',
    ]);
    const name = hit!.matches.find((match) => match.field === 'name')!;
    expect(name.text.slice(...name.ranges[0]!)).toBe('签约');
  });

  it('highlights English names in their original case', () => {
    const [hit] = search(index, 'family').hits;
    const name = hit!.matches.find((match) => match.lang === 'en')!;
    expect(name.text.slice(...name.ranges[0]!)).toBe('Family');
  });

  it('merges overlapping highlights', () => {
    const [hit] = search(index, '志愿 志愿服务').hits;
    const name = hit!.matches.find((match) => match.field === 'name')!;
    expect(name.ranges).toEqual([[0, 4]]);
  });

  it('caps the hits and counts them all', () => {
    const result = search(index, '医生', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(2);
  });

  it('keeps to the filtered records', () => {
    const filtered = filterDataset(dataset, { ...EMPTY_FILTERS, years: ['2021'] });
    const mask = searchFilterMask(index, filtered);
    expect(search(index, '签约', { mask }).hits.map((hit) => hit.id)).toEqual(['contracts']);
    expect(searchFilterMask(index, filterDataset(dataset, EMPTY_FILTERS))).toBeNull();
  });

  it('gives a list item its list year and its list id for the source link', () => {
    const [hit] = search(index, '守门人').hits;
    expect(hit).toMatchObject({ kind: 'list-item', id: 'brands', item: 0 });
  });

  it('builds the same index in slices', async () => {
    const pause = vi.fn(() => Promise.resolve());
    const sliced = await buildSearchIndexInSlices(dataset, pause, 3);
    expect(pause).toHaveBeenCalled();
    expect(sliced.text).toBe(index.text);
    expect(search(sliced, '签约').total).toBe(2);
  });
});
