import { sampleVocabulary } from '../../test/sample-dataset.ts';
import { checkDataset } from '../dataset-check.ts';
import { draftArticleFile, draftJson, READER_EXCLUSION_MARK } from './draft-article.ts';
import { readDraft } from './read-draft.ts';

const TEXT = `■ 本报记者 张三

2024年，全市城乡居民医保参保率达98.6%，同比提高1.2个百分点；新建村级卫
生室七八个，受理群众诉求不足500件。`;

describe('draftArticleFile', () => {
  const file = draftArticleFile('health-insurance', readDraft(TEXT));

  it('is a draft whose names are left to the editor', () => {
    expect(file).toMatchObject({
      draft: true,
      id: 'health-insurance',
      source: 'sources/health-insurance.txt',
      bylines: [{ role: '本报记者', names: ['张三'] }],
      departments: [],
    });
    expect(file.figures[2]).toEqual({
      id: 'health-insurance-3',
      department: null,
      metric: null,
      category: null,
      value: 7,
      valueMax: 8,
      unit: '个',
      qualifier: 'range',
      date: '2024',
      dateBasis: 'inferred',
      dateNote: 'The sentence prints 2024年, outside the quote.',
      quote: '新建村级卫生室七八个',
    });
  });

  it('lists every numeral the reader excludes for review, with its reason', () => {
    expect(file.ignoredNumerals).toEqual([
      {
        text: '2024年',
        reason: `${READER_EXCLUSION_MARK} (year): a year (2023年, 二〇二三年): it dates the figures, it counts nothing`,
      },
    ]);
  });

  it('passes the data check but for what is left to fill', () => {
    const issues = checkDataset({
      departments: null,
      vocabulary: { file: 'data/vocabulary.json', content: sampleVocabulary },
      articles: [
        {
          file: 'data/articles/health-insurance.json',
          sourceFile: 'data/sources/health-insurance.txt',
          content: file,
          text: TEXT,
        },
      ],
    });
    expect(issues.map((i) => `${i.path} ${i.message.split(':')[0]}`)).toEqual([
      '$.draft this article is a draft (npm run data',
      '$.departments left to fill',
      ...file.figures.map((_, i) => `$.figures[${i}] left to fill`),
      '$.ignoredNumerals 1 ignoredNumerals entry repeats a numeral the reader excludes by itself, listed by the drafter for review',
    ]);
  });
});

describe('draftJson', () => {
  it('prints only the fields of the contract, in their order', () => {
    const [first] = draftJson(readDraft('开展义诊约3500场次。')).candidates;
    expect(Object.keys(first ?? {})).toEqual([
      'text',
      'start',
      'end',
      'value',
      'unit',
      'qualifier',
      'kind',
      'quote',
    ]);
  });
});
