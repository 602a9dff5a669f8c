import { sampleVocabulary } from '../test/sample-dataset.ts';
import { checkDataset } from './dataset-check.ts';
import type { DraftArticleFile, DraftFigure, EditorArticle } from './dataset-schema.ts';

// Every kind of printed quantity, in one municipal-news paragraph.
const text = `2024年，全市城乡居民医保参保率达98.6%，同比提高1.2个百分点；
新建村级卫生室七八个，受理群众诉求不足500件，服务群众超2万人，开展义诊约3500场次，
惠及群众10—20万人。`;

const FILE = 'data/articles/health-insurance.json';
const SOURCE = 'data/sources/health-insurance.txt';
const NOTE = 'The sentence prints no year; the article starts with 2024年.';

const figure = (id: string, fields: Partial<DraftFigure>): DraftFigure => ({
  id,
  department: 'health-bureau',
  metric: { zh: id, en: id },
  category: 'coverage',
  value: 0,
  unit: '人',
  qualifier: 'exact',
  date: '2024',
  dateBasis: 'inferred',
  dateNote: NOTE,
  quote: id,
  ...fields,
});

const FIGURES: DraftFigure[] = [
  figure('rate', { value: 98.6, unit: '%', quote: '参保率达98.6%' }),
  figure('rise', { value: 1.2, unit: '百分点', quote: '同比提高1.2个百分点' }),
  figure('clinics', { value: 7, valueMax: 8, unit: '个', qualifier: 'range', quote: '七八个' }),
  figure('requests', { value: 500, unit: '件', qualifier: 'atMost', quote: '不足500件' }),
  figure('served', { value: 20000, qualifier: 'atLeast', quote: '服务群众超2万人' }),
  figure('sessions', { value: 3500, unit: '场次', qualifier: 'approx', quote: '约3500场次' }),
  figure('reach', {
    value: 100000,
    valueMax: 200000,
    qualifier: 'range',
    quote: '惠及群众10—20万人',
  }),
];

function article(figures: DraftFigure[], draft = false): EditorArticle {
  const base = {
    id: 'health-insurance',
    source: 'sources/health-insurance.txt',
    headline: null,
    subheadline: null,
    section: null,
    bylines: [],
    publication: { name: null, date: null, dateBasis: null },
    departments: ['health-bureau'],
    groups: [],
    events: [],
    lists: [],
    ignoredNumerals: [],
  };
  return draft
    ? ({ ...base, draft: true, figures } satisfies DraftArticleFile)
    : ({ ...base, figures } as EditorArticle);
}

function check(content: EditorArticle) {
  return checkDataset({
    departments: null,
    vocabulary: { file: 'data/vocabulary.json', content: sampleVocabulary },
    articles: [{ file: FILE, sourceFile: SOURCE, content, text }],
  }).map((issue) => `${issue.path} (${issue.recordId}): ${issue.message}`);
}

/** The figures with one of them changed. */
const changed = (id: string, fields: Partial<DraftFigure>) =>
  FIGURES.map((f) => (f.id === id ? { ...f, ...fields } : f));

describe('checkFigure on every kind of printed quantity', () => {
  it('proves a percent, percentage points, a range, an upper and a lower bound, an estimate', () => {
    expect(check(article(FIGURES))).toEqual([]);
  });

  it.each([
    [
      'a range without qualifier range',
      changed('clinics', { qualifier: 'exact', valueMax: undefined }),
      '$.figures[2].qualifier (clinics): the quote prints a range “七八” (7 to 8): set qualifier range and valueMax 8',
    ],
    [
      'a range that ends elsewhere',
      changed('reach', { valueMax: 300000 }),
      '$.figures[6].valueMax (reach): valueMax 300000 does not match the quote: the range “10—20万” ends at 200000',
    ],
    [
      'a range that starts elsewhere',
      changed('reach', { value: 10 }),
      '$.figures[6].value (reach): value 10 does not match the quote: “10—20万” reads 100000',
    ],
    [
      'an upper bound called exact',
      changed('requests', { qualifier: 'exact' }),
      '$.figures[3].qualifier (requests): qualifier exact does not match the quote: “不足500” reads atMost (不足)',
    ],
    [
      'an upper bound quoted without its word',
      changed('requests', { quote: '500件' }),
      '$.figures[3].quote (requests): the quote cuts the number short: the source prints “不足500”; quote it whole',
    ],
    [
      'a lower bound called an upper one',
      changed('served', { qualifier: 'atMost' }),
      '$.figures[4].qualifier (served): qualifier atMost does not match the quote: “超2万” reads atLeast (超)',
    ],
    [
      'a percentage in another unit',
      changed('rate', { unit: '人' }),
      '$.figures[0].unit (rate): unit 人 does not match the quote: the source prints “%” after “98.6”',
    ],
    [
      'the percent unit on a count',
      changed('clinics', { unit: '%', note: 'a guess' }),
      '$.figures[2].unit (clinics): unit % is for percentages (98.6%, 百分之八, 6成), and “七八” prints none: use the unit printed after it',
    ],
    [
      'percentage points as percent',
      changed('rise', { unit: '%' }),
      '$.figures[1].unit (rise): unit % is for percentages (98.6%, 百分之八, 6成), and “1.2” prints none: use the unit printed after it',
    ],
    [
      'a unit the vocabulary does not hold',
      changed('requests', { unit: '仵' }),
      '$.figures[3].unit (requests): unknown unit "仵": add it to data/vocabulary.json, or use one it lists',
    ],
  ])('reports %s', (_case, figures, issue) => {
    expect(check(article(figures))).toContain(issue);
  });
});

describe('a draft', () => {
  it('says it is a draft and what is left to fill, figure by figure', () => {
    const figures = changed('rate', { department: null, metric: null, category: null });
    expect(check(article(figures, true))).toEqual([
      '$.draft (health-insurance): this article is a draft (npm run data:draft): fill in what is listed below, then remove "draft": true; the build refuses drafts',
      '$.figures[0] (rate): left to fill: department, metric (zh and en: what is counted), category',
    ]);
    const nameless = { ...article([], true), departments: [] } as EditorArticle;
    expect(check(nameless)).toContain(
      '$.departments (health-insurance): left to fill: the ids of the departments the article reports on',
    );
  });

  it('still proves its figures against the text', () => {
    const figures = changed('rate', { value: 98 });
    expect(check(article(figures, true))).toContain(
      '$.figures[0].value (rate): value 98 does not match the quote: “98.6” reads 98.6',
    );
  });
});
