import { draftJson } from './draft-article.ts';
import { readDraft } from './read-draft.ts';

// Municipal-news sentences with every kind of printed quantity; lines break mid-word.
const TEXT = `■ 本报记者 张三

2024年，全市城乡居民医保参保率达98.6%，同
比提高1.2个百分点；新建村级卫生室七八个。今年3月以来，受理群众诉求不足500件，服务群众超2万
人，开展义诊约3500场次。10月16日，惠及群众三四十万人。`;

describe('readDraft', () => {
  const reading = readDraft(TEXT);
  const json = draftJson(reading);

  it.each([
    ['98.6%', { value: 98.6, unit: '%', qualifier: 'exact', kind: 'percent' }],
    ['1.2个百分点', { value: 1.2, unit: '百分点', qualifier: 'exact', kind: 'percentagePoints' }],
    ['七八个', { value: 7, valueMax: 8, unit: '个', qualifier: 'range', kind: 'amount' }],
    ['不足500件', { value: 500, unit: '件', qualifier: 'atMost', kind: 'amount' }],
    ['超2万\n人', { value: 20000, unit: '人', qualifier: 'atLeast', kind: 'amount' }],
    ['约3500场次', { value: 3500, unit: '场次', qualifier: 'approx', kind: 'amount' }],
    ['三四十万人', { value: 300000, valueMax: 400000, unit: '人', qualifier: 'range' }],
  ])('drafts %j with its value, bounds, unit, qualifier and kind', (text, expected) => {
    expect(json.candidates.find((c) => c.text === text)).toMatchObject(expected);
  });

  it('gives UTF-16 offsets into the text, whose slice is the candidate as printed', () => {
    expect(json.candidates).toHaveLength(7);
    for (const c of [...json.candidates, ...json.excluded]) {
      expect(TEXT.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it.each([
    ['98.6%', '2024年，全市城乡居民医保参保率达98.6%'],
    ['七八个', '新建村级卫生室七八个'],
    ['超2万\n人', '服务群众超2万人'],
    ['三四十万人', '10月16日，惠及群众三四十万人'],
  ])('quotes %j by its clause, joined across lines, never the byline', (text, quote) => {
    expect(json.candidates.find((c) => c.text === text)?.quote).toBe(quote);
  });

  it.each([
    // The quote prints 2024年: the date is printed.
    ['98.6%', '2024', 'printed'],
    // The sentence starts with 2024年, but a quote that long would not be a quote.
    ['七八个', '2024', 'inferred'],
    // 今年3月以来 opens a period; the figure stands as of the article's year.
    ['不足500件', '2024', 'inferred'],
    ['三四十万人', '2024-10-16', 'inferred'],
  ])('dates %j %s (%s)', (text, date, dateBasis) => {
    expect(json.candidates.find((c) => c.text === text)).toMatchObject({ date, dateBasis });
  });

  it('lists the numerals the reader excludes, with their reasons', () => {
    expect(json.excluded.map((e) => [e.text, e.reason])).toEqual([
      ['2024年', 'year'],
      ['3月', 'date'],
      ['10月', 'date'],
      ['16日', 'date'],
    ]);
  });

  it('finds the byline and drafts no figure from a name in it', () => {
    const named = readDraft('■ 本报通讯员 王五 张三\n\n新建卫生室8个。');
    expect(named.bylines).toEqual([{ role: '本报通讯员', names: ['王五', '张三'] }]);
    expect(named.candidates.map((c) => c.text)).toEqual(['8个']);
  });

  it('says which number of a quote states the figure when the quote holds several', () => {
    const [, second] = readDraft('设置5个窗口、15个事项。').candidates;
    expect(second).toMatchObject({ quote: '设置5个窗口、15个事项', numeral: '15' });
    const [first] = readDraft('设置5个窗口、15个事项。').candidates;
    expect(first?.numeral).toBe('5个窗');
  });

  it('takes the year the editor gives for dates printed without one', () => {
    const [oath] = readDraft('10月16日，机关党员干部100余人宣誓。', { year: 2023 }).candidates;
    expect(oath).toMatchObject({
      date: '2023-10-16',
      dateBasis: 'inferred',
      dateNote:
        "The page prints 10月16日 without a year; the year is 2023: the page's year, as the editor gives it.",
    });
    expect(readDraft('10月16日，机关党员干部100余人宣誓。').candidates[0]?.date).toBeUndefined();
  });

  it('reads a unit the vocabulary adds', () => {
    expect(readDraft('发放爱心包300袋。').candidates[0]?.unit).toBeNull();
    expect(readDraft('发放爱心包300袋。', { units: ['袋'] }).candidates[0]?.unit).toBe('袋');
  });
});
