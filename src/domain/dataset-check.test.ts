import { checkDataset, type CheckInput } from './dataset-check.ts';
import type { ArticleFile } from './dataset-schema.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';

// A small article in the page's manner: lines break mid-word, spaces around some numbers, one
// full-width digit, a name with numerals in it.
const text = `某镇党建阵地
■ 本报记者 张三

近年来，某镇建成了占地3500平方
米的党建阵地，设置了10个便民
服务窗口，服务周边 12900 余人。
10月16日，该镇落实“三提三敢”要
求，开展活动７场次。
该镇设立了四德榜，一个个项目落地。
`;

const FILE = 'data/articles/town-hub.json';
const SOURCE = 'data/sources/town-hub.txt';
const NOTE = 'no year printed; the page is from 2023';

function baseArticle(): ArticleFile {
  const figure = (
    id: string,
    value: number,
    unit: ArticleFile['figures'][number]['unit'],
    quote: string,
  ) => ({
    id,
    department: 'some-town',
    metric: { zh: id, en: id },
    category: 'facilities' as const,
    value,
    unit,
    qualifier: 'exact' as const,
    date: '2023',
    dateBasis: 'inferred' as const,
    dateNote: NOTE,
    quote,
  });
  return {
    id: 'town-hub',
    source: 'sources/town-hub.txt',
    headline: { zh: '某镇党建阵地', en: 'A town hub' },
    subheadline: null,
    section: null,
    bylines: [{ role: '本报记者', names: ['张三'] }],
    publication: { name: null, date: null, dateBasis: null },
    departments: ['some-town'],
    groups: [{ id: 'hub', name: { zh: '阵地', en: 'Hub' } }],
    figures: [
      { ...figure('hub-area', 3500, '平方米', '占地3500平方米'), group: 'hub' },
      { ...figure('hub-windows', 10, '个', '设置了10个便民服务窗口'), group: 'hub' },
      { ...figure('people-served', 12900, '人', '服务周边 12900 余人'), qualifier: 'atLeast' },
      figure('sessions', 7, '场次', '开展活动7场次'),
    ],
    events: [
      {
        id: 'hub-meeting',
        department: 'some-town',
        date: '2023-10-16',
        dateBasis: 'inferred',
        dateNote: NOTE,
        title: { zh: '活动', en: 'Activity' },
        quote: '10月16日，该镇落实',
      },
    ],
    lists: [
      {
        id: 'hub-services',
        department: 'some-town',
        kind: 'services',
        name: { zh: '服务', en: 'Services' },
        items: [{ name: { zh: '便民服务窗口', en: 'Windows' }, quote: '便民服务窗口' }],
      },
    ],
    ignoredNumerals: [{ text: '四德榜', reason: 'a name: the four-virtues honour board' }],
  };
}

function check(mutate: (article: ArticleFile) => void = () => {}) {
  const article = baseArticle();
  mutate(article);
  const input: CheckInput = {
    departments: {
      file: 'data/departments.json',
      content: {
        departments: [
          {
            id: 'some-town',
            name: { zh: '某镇', en: 'Some Town' },
            shortName: { zh: '某镇', en: 'Some' },
            parent: { zh: '某县', en: 'Some County' },
            kind: { zh: '镇', en: 'Town' },
          },
        ],
      },
    },
    vocabulary: { file: 'data/vocabulary.json', content: sampleVocabulary },
    articles: [{ file: FILE, sourceFile: SOURCE, content: article, text }],
  };
  return checkDataset(input);
}

const at = (path: string, recordId: string | undefined, message: string) => ({
  file: FILE,
  path,
  ...(recordId ? { recordId } : {}),
  message,
});

const figureAt = (a: ArticleFile, i: number) => {
  const figure = a.figures[i];
  if (!figure) throw new Error(`no figure ${i}`);
  return figure;
};

describe('checkDataset', () => {
  it('proves a correct article without a single issue', () => {
    expect(check()).toEqual([]);
  });

  it.each([
    [
      'a quote that is not in the text',
      (a: ArticleFile) => (figureAt(a, 0).quote = '占地3600平方米'),
      [
        at(
          '$.figures[0].quote',
          'hub-area',
          `quote “占地3600平方米” is not in ${SOURCE} (compared without whitespace, full- and half-width forms alike); the text matches up to “占地3” and differs after that`,
        ),
        at(
          '$',
          'town-hub',
          `numeral “3500” at ${SOURCE}:4:12 (…，某镇建成了占地【3500】平方米的党建阵地…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'a quote that appears twice',
      (a: ArticleFile) => (figureAt(a, 1).quote = '服务'),
      [
        at(
          '$.figures[1].quote',
          'hub-windows',
          `quote “服务” appears 2 times in ${SOURCE}: lengthen it so it points at one place`,
        ),
        at(
          '$',
          'town-hub',
          `numeral “10” at ${SOURCE}:5:11 (…党建阵地，设置了【10】个便民服务窗口，…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'a quote without a numeral',
      (a: ArticleFile) => (figureAt(a, 3).quote = '场次'),
      [
        at(
          '$.figures[3].quote',
          'sessions',
          'quote “场次” holds no numeral: quote the words that print the number',
        ),
        at(
          '$',
          'town-hub',
          `numeral “７” at ${SOURCE}:8:7 (…”要求，开展活动【７】场次。该镇设立了…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'a numeral that is not in the quote',
      (a: ArticleFile) => (figureAt(a, 1).numeral = '12'),
      [
        at(
          '$.figures[1].numeral',
          'hub-windows',
          'numeral “12” is not in the quote “设置了10个便民服务窗口”',
        ),
        at(
          '$',
          'town-hub',
          `numeral “10” at ${SOURCE}:5:11 (…党建阵地，设置了【10】个便民服务窗口，…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'a value the quote does not say',
      (a: ArticleFile) => (figureAt(a, 2).value = 1290),
      [
        at(
          '$.figures[2].value',
          'people-served',
          'value 1290 does not match the quote: “12900余” reads 12900',
        ),
      ],
    ],
    [
      'a lower bound written as exact',
      (a: ArticleFile) => (figureAt(a, 2).qualifier = 'exact'),
      [
        at(
          '$.figures[2].qualifier',
          'people-served',
          'qualifier exact does not match the quote: “12900余” reads atLeast (余)',
        ),
      ],
    ],
    [
      'an exact number written as a bound',
      (a: ArticleFile) => (figureAt(a, 0).qualifier = 'approx'),
      [
        at(
          '$.figures[0].qualifier',
          'hub-area',
          'qualifier approx does not match the quote: “3500” reads exact (no qualifier word next to it; ' +
            'atLeast: 余/多/以上/超/超过/逾/至少/不低于/不少于; atMost: 不足/不到/低于/少于/不超过/至多/以内/以下/之内; ' +
            'approx: 约/约合/大约/近/将近/接近/左右/上下; range: 七八个, 三四十万, 10—20人, 5至8万元)',
        ),
      ],
    ],
    [
      'a unit the quote does not print',
      (a: ArticleFile) => (figureAt(a, 2).unit = '人次'),
      [
        at(
          '$.figures[2].unit',
          'people-served',
          'unit 人次 does not match the quote: the source prints “人” after “12900余”',
        ),
      ],
    ],
    [
      'a quote that cuts the qualifier off',
      (a: ArticleFile) => (figureAt(a, 2).quote = '服务周边 12900'),
      [
        at(
          '$.figures[2].quote',
          'people-served',
          'the quote cuts the number short: the source prints “12900余”; quote it whole',
        ),
      ],
    ],
    [
      'a quote with several numerals and no numeral field',
      (a: ArticleFile) => (figureAt(a, 0).quote = '占地3500平方米的党建阵地，设置了10个'),
      [
        at(
          '$.figures[0].numeral',
          'hub-area',
          'the quote holds several numerals (“3500”, “10”): say in numeral which one states the value',
        ),
        at(
          '$',
          'town-hub',
          `numeral “3500” at ${SOURCE}:4:12 (…，某镇建成了占地【3500】平方米的党建阵地…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'nothing for a quote whose other numerals are no quantity (a name, a date)',
      (a: ArticleFile) => (figureAt(a, 3).quote = '落实“三提三敢”要求，开展活动７场次'),
      [],
    ],
    [
      'nothing for a figure that states a numeral the reader excludes: the editor knows better',
      (a: ArticleFile) =>
        a.figures.push({ ...figureAt(a, 1), id: 'one', value: 1, quote: '一个个项目' }),
      [],
    ],
    [
      'a numeral that is only part of the number',
      (a: ArticleFile) => (figureAt(a, 2).numeral = '290'),
      [
        at(
          '$.figures[2].numeral',
          'people-served',
          'numeral “290” is only part of the number “12900余” printed there',
        ),
        at(
          '$',
          'town-hub',
          `numeral “12900余” at ${SOURCE}:6:11 (…务窗口，服务周边【12900余】人。10月16日…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'a second headline figure for one department',
      (a: ArticleFile) => {
        figureAt(a, 1).headline = true;
        figureAt(a, 3).headline = true;
      },
      [
        at(
          '$.figures[3].headline',
          'sessions',
          'department some-town already has its headline figure hub-windows: mark one only',
        ),
      ],
    ],
  ])('reports %s', (_name, mutate, issues) => {
    expect(check(mutate)).toEqual(issues);
  });

  it.each([
    [
      'an unknown department',
      (a: ArticleFile) => (figureAt(a, 0).department = 'other-town'),
      [
        at(
          '$.figures[0].department',
          'hub-area',
          'unknown department other-town: add it to data/departments.json (known: some-town)',
        ),
      ],
    ],
    [
      'a department the article does not list',
      (a: ArticleFile) => (a.departments = ['other-town']),
      [
        at(
          '$.departments[0]',
          'town-hub',
          'unknown department other-town: add it to data/departments.json (known: some-town)',
        ),
        ...[
          ['$.figures[0].department', 'hub-area'],
          ['$.figures[1].department', 'hub-windows'],
          ['$.figures[2].department', 'people-served'],
          ['$.figures[3].department', 'sessions'],
          ['$.events[0].department', 'hub-meeting'],
          ['$.lists[0].department', 'hub-services'],
        ].map(([path = '', id]) =>
          at(
            path,
            id,
            "department some-town is not one of the article's departments (other-town): add it to $.departments",
          ),
        ),
      ],
    ],
    [
      'a duplicate id',
      (a: ArticleFile) => (figureAt(a, 1).id = 'hub-area'),
      [
        at(
          '$.figures[1].id',
          'hub-area',
          `id hub-area is already used by the figure at ${FILE} $.figures[0].id: ids are unique across the dataset`,
        ),
      ],
    ],
    [
      'an id shared by records of different kinds',
      (a: ArticleFile) => (a.events[0] ? (a.events[0].id = 'hub') : undefined),
      [
        at(
          '$.events[0].id',
          'hub',
          `id hub is already used by the group at ${FILE} $.groups[0].id: ids are unique across the dataset`,
        ),
      ],
    ],
    [
      'an unknown group and a group without figures',
      (a: ArticleFile) => {
        figureAt(a, 0).group = 'hall';
        figureAt(a, 1).group = 'hall';
      },
      [
        at(
          '$.figures[0].group',
          'hub-area',
          "unknown group hall: define it in this article's groups",
        ),
        at(
          '$.figures[1].group',
          'hub-windows',
          "unknown group hall: define it in this article's groups",
        ),
        at('$.groups[0]', 'hub', 'group hub has no figures: remove it or set group on its figures'),
      ],
    ],
    [
      'a count figure that does not match a complete list',
      (a: ArticleFile) => {
        if (a.lists[0]) a.lists[0].countFigure = 'hub-windows';
      },
      [
        at(
          '$.lists[0].countFigure',
          'hub-services',
          'figure hub-windows counts 10 but the list has 1 items: add the missing items, or set complete to false and say why in note',
        ),
      ],
    ],
    [
      'an incomplete list without a note, and a count figure that does not exist',
      (a: ArticleFile) => {
        if (a.lists[0]) Object.assign(a.lists[0], { complete: false, countFigure: 'windows' });
      },
      [
        at(
          '$.lists[0].complete',
          'hub-services',
          'the list is marked incomplete: say in note what the source leaves out (……, 等)',
        ),
        at(
          '$.lists[0].countFigure',
          'hub-services',
          'countFigure windows is not a figure of this article',
        ),
      ],
    ],
    [
      'a list item quote that is not in the text',
      (a: ArticleFile) => {
        if (a.lists[0])
          a.lists[0].items.push({ name: { zh: '大厅', en: 'Hall' }, quote: '便民服务大厅' });
      },
      [
        at(
          '$.lists[0].items[1].quote',
          'hub-services',
          `quote “便民服务大厅” is not in ${SOURCE} (compared without whitespace, full- and half-width forms alike); the text matches up to “便民服务” and differs after that`,
        ),
      ],
    ],
    [
      'a headline and a byline that are not printed',
      (a: ArticleFile) => {
        a.headline = { zh: '某镇党建新阵地', en: 'x' };
        a.bylines = [{ role: '本报通讯员', names: ['张三'] }];
      },
      [
        at(
          '$.headline.zh',
          'town-hub',
          `headline “某镇党建新阵地” is not in ${SOURCE}: write it as printed`,
        ),
        at(
          '$.bylines[0].role',
          'town-hub',
          `byline role “本报通讯员” is not in ${SOURCE}: write it as printed`,
        ),
      ],
    ],
  ])('reports %s', (_name, mutate, issues) => {
    expect(check(mutate)).toEqual(issues);
  });

  it.each([
    [
      'an event date that disagrees with the printed date',
      (a: ArticleFile) => (a.events[0] ? (a.events[0].date = '2023-10-06') : undefined),
      [
        at(
          '$.events[0].date',
          'hub-meeting',
          'date 2023-10-06 disagrees with the quote: the quote prints 10月16日 (????-10-16)',
        ),
      ],
    ],
    [
      'an inferred year without a note',
      (a: ArticleFile) => {
        if (a.events[0]) delete a.events[0].dateNote;
      },
      [
        at(
          '$.events[0].dateNote',
          'hub-meeting',
          "dateBasis is 'inferred': say in dateNote where the unprinted part of the date comes from",
        ),
      ],
    ],
    [
      'a numeral nobody accounts for',
      (a: ArticleFile) => (a.ignoredNumerals = []),
      [
        at(
          '$',
          'town-hub',
          `numeral “四” at ${SOURCE}:9:6 (…场次。该镇设立了【四】德榜，一个个项目…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
        ),
      ],
    ],
    [
      'an ignore entry that is not in the text',
      (a: ArticleFile) => a.ignoredNumerals.push({ text: '二十大', reason: 'a name' }),
      [
        at(
          '$.ignoredNumerals[1].text',
          'town-hub',
          `ignoredNumerals entry “二十大” is not in ${SOURCE}: remove it (stale ignore)`,
        ),
      ],
    ],
    [
      'an ignore entry without a numeral',
      (a: ArticleFile) => a.ignoredNumerals.push({ text: '党建阵地', reason: 'x' }),
      [
        at(
          '$.ignoredNumerals[1].text',
          'town-hub',
          'ignoredNumerals entry “党建阵地” holds no numeral: remove it',
        ),
      ],
    ],
    [
      'an ignore entry for numerals already accounted for',
      (a: ArticleFile) => a.ignoredNumerals.push({ text: '三敢', reason: 'x' }),
      [
        at(
          '$.ignoredNumerals[1].text',
          'town-hub',
          'ignoredNumerals entry “三敢” covers only numerals that are already accounted for (the reader excludes “三” as name): remove it (stale ignore)',
        ),
      ],
    ],
    [
      'an ignore entry for words the reader excludes by itself',
      (a: ArticleFile) => a.ignoredNumerals.push({ text: '“三提三敢”', reason: 'a name' }),
      [
        at(
          '$.ignoredNumerals[1].text',
          'town-hub',
          'ignoredNumerals entry ““三提三敢”” covers only numerals that are already accounted for (the reader excludes “三” as name): remove it (stale ignore)',
        ),
      ],
    ],
    [
      'an ignore entry that hides a figure',
      (a: ArticleFile) => a.ignoredNumerals.push({ text: '10个', reason: 'x' }),
      [
        at(
          '$.ignoredNumerals[1].text',
          'town-hub',
          `ignoredNumerals entry “10个” also covers “10” at ${SOURCE}:5:11 (…党建阵地，设置了【10】个便民服务窗口，…), which figure hub-windows states: make the text narrower`,
        ),
      ],
    ],
    [
      'two figures for one printed number',
      (a: ArticleFile) =>
        a.figures.push({ ...figureAt(a, 1), id: 'hub-windows-again', quote: '10个便民' }),
      [
        at(
          '$.figures[4].quote',
          'hub-windows-again',
          `numeral “10” at ${SOURCE}:5:11 (…党建阵地，设置了【10】个便民服务窗口，…) is already stated by figure hub-windows: one printed number, one figure`,
        ),
      ],
    ],
    [
      'a figure that reads a date as a quantity',
      (a: ArticleFile) =>
        a.figures.push({
          ...figureAt(a, 1),
          id: 'month',
          group: 'hub',
          value: 10,
          unit: '次',
          quote: '10月16日，该镇',
          numeral: '10',
          date: '2023-10-16',
        }),
      [
        at(
          '$.figures[4].unit',
          'month',
          'the source prints no unit after “10”: say in note why the unit is 次',
        ),
        at(
          '$.figures[4].quote',
          'month',
          `numeral “10” at ${SOURCE}:7:1 (…12900余人。【10】月16日，该镇落…) is part of the date 10月16日, not a quantity`,
        ),
      ],
    ],
  ])('reports %s', (_name, mutate, issues) => {
    expect(check(mutate)).toEqual(issues);
  });

  it('asks for qualifier range and valueMax where the quote prints a range, keeping the lower value', () => {
    const article = baseArticle();
    const rangeText = '某镇党建阵地\n■ 本报记者 张三\n某镇建成七八个服务点。';
    const { group: _group, ...windows } = figureAt(article, 1);
    const figure = { ...windows, id: 'points', value: 7, quote: '建成七八个服务点' };
    const run = (f: object) =>
      checkDataset({
        departments: null,
        vocabulary: null,
        articles: [
          {
            file: FILE,
            sourceFile: SOURCE,
            text: rangeText,
            content: {
              ...article,
              groups: [],
              lists: [],
              events: [],
              ignoredNumerals: [],
              figures: [f as typeof figure],
            },
          },
        ],
      });
    expect(run(figure)).toEqual([
      at(
        '$.figures[0].qualifier',
        'points',
        'the quote prints a range “七八” (7 to 8): set qualifier range and valueMax 8',
      ),
    ]);
    expect(run({ ...figure, value: 78 }).map((issue) => issue.message)).toContain(
      'value 78 does not match the quote: “七八” reads 7',
    );
    expect(run({ ...figure, qualifier: 'range', valueMax: 8 })).toEqual([]);
  });

  it('accepts one headline figure per department', () => {
    expect(check((a) => (figureAt(a, 2).headline = true))).toEqual([]);
  });

  it('names the other file when a department’s second headline is in another article', () => {
    const first = baseArticle();
    figureAt(first, 0).headline = true;
    // The same page again under other ids, so only the second mark can be at fault.
    const copy = baseArticle();
    const second: ArticleFile = {
      ...copy,
      id: 'town-hub-again',
      source: 'sources/town-hub-again.txt',
      groups: copy.groups.map((g) => ({ ...g, id: `${g.id}-again` })),
      figures: copy.figures.map((f) => ({
        ...f,
        id: `${f.id}-again`,
        ...(f.group ? { group: `${f.group}-again` } : {}),
      })),
      events: copy.events.map((e) => ({ ...e, id: `${e.id}-again` })),
      lists: copy.lists.map((l) => ({ ...l, id: `${l.id}-again` })),
    };
    figureAt(second, 2).headline = true;
    const other = 'data/articles/town-hub-again.json';
    expect(
      checkDataset({
        departments: null,
        vocabulary: null,
        articles: [
          { file: FILE, sourceFile: SOURCE, content: first, text },
          { file: other, sourceFile: 'data/sources/town-hub-again.txt', content: second, text },
        ],
      }),
    ).toEqual([
      {
        file: other,
        path: '$.figures[2].headline',
        recordId: 'people-served-again',
        message: `department some-town already has its headline figure hub-area in ${FILE}: mark one only`,
      },
    ]);
  });

  it('still checks the articles when departments.json could not be read', () => {
    const article = baseArticle();
    figureAt(article, 0).value = 35;
    expect(
      checkDataset({
        departments: null,
        vocabulary: null,
        articles: [{ file: FILE, sourceFile: SOURCE, content: article, text }],
      }),
    ).toEqual([
      at('$.figures[0].value', 'hub-area', 'value 35 does not match the quote: “3500” reads 3500'),
    ]);
  });
});
