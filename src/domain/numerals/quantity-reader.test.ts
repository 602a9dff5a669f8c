import type { NumeralMatch } from './numeral-types.ts';
import { readNumerals } from './read-numerals.ts';

/** The one quantity `text` prints, in the shape a table can state. */
function read(text: string) {
  const { quantities, excluded } = readNumerals(text);
  expect(excluded).toEqual([]);
  expect(quantities).toHaveLength(1);
  const m = quantities[0] as NumeralMatch;
  return {
    text: m.text,
    value: m.value,
    ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
    qualifier: m.qualifier,
    ...(m.qualifierWord ? { word: m.qualifierWord } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    kind: m.kind,
  };
}

describe('percentages and percentage points', () => {
  it.each([
    ['达98.6%', '98.6%', 98.6, 'exact', '%', 'percent'],
    ['达98.6％', '98.6％', 98.6, 'exact', '%', 'percent'],
    ['同比增长23.4%', '23.4%', 23.4, 'exact', '%', 'percent'],
    ['群众满意率百分之百', '百分之百', 100, 'exact', '%', 'percent'],
    ['上涨了百分之八', '百分之八', 8, 'exact', '%', 'percent'],
    ['占百分之三十五点五', '百分之三十五点五', 35.5, 'exact', '%', 'percent'],
    ['全镇6成农户', '6成', 60, 'exact', '%', 'percent'],
    ['六成村庄', '六成', 60, 'exact', '%', 'percent'],
    ['提高3.5个百分点', '3.5个百分点', 3.5, 'exact', '百分点', 'percentagePoints'],
    ['提高3.5 个百分点', '3.5 个百分点', 3.5, 'exact', '百分点', 'percentagePoints'],
    ['下降2百分点', '2百分点', 2, 'exact', '百分点', 'percentagePoints'],
  ])('reads %s: %s is %d (%s) in %s, a %s', (text, printed, value, qualifier, unit, kind) => {
    expect(read(text)).toMatchObject({ text: printed, value, qualifier, unit, kind });
  });

  it('reads 6成以上 as at least 60 %', () => {
    expect(read('6成以上')).toMatchObject({
      value: 60,
      qualifier: 'atLeast',
      word: '以上',
      unit: '%',
    });
  });

  it.each(['3成立', '5成为', '建成4个'])('does not read the 成 of %s as tenths', (text) => {
    expect(readNumerals(text).quantities[0]?.kind).toBe('amount');
  });
});

describe('qualifiers', () => {
  it.each([
    ['超2万人', 20000, 'atLeast', '超'],
    ['超5400万人次', 54000000, 'atLeast', '超'],
    ['超过100人', 100, 'atLeast', '超过'],
    ['逾千人', 1000, 'atLeast', '逾'],
    ['50余家', 50, 'atLeast', '余'],
    ['50多家', 50, 'atLeast', '多'],
    ['50人以上', 50, 'atLeast', '以上'],
    ['至少3次', 3, 'atLeast', '至少'],
    ['不少于200人', 200, 'atLeast', '不少于'],
    ['不低于95%', 95, 'atLeast', '不低于'],
    ['不足500件', 500, 'atMost', '不足'],
    ['不到30人', 30, 'atMost', '不到'],
    ['低于5%', 5, 'atMost', '低于'],
    ['少于10天', 10, 'atMost', '少于'],
    ['不超过100人', 100, 'atMost', '不超过'],
    ['3公里以内', 3, 'atMost', '以内'],
    ['500人以下', 500, 'atMost', '以下'],
    ['约3500场次', 3500, 'approx', '约'],
    ['约合500万元', 5000000, 'approx', '约合'],
    ['大约200人', 200, 'approx', '大约'],
    ['100人上下', 100, 'approx', '上下'],
    ['100人左右', 100, 'approx', '左右'],
    ['将近300户', 300, 'approx', '将近'],
    ['接近90%', 90, 'approx', '接近'],
    ['近10万人', 100000, 'approx', '近'],
    ['七千余万元', 70000000, 'atLeast', '余'],
    ['一百多万人', 1000000, 'atLeast', '多'],
    ['两千多万元', 20000000, 'atLeast', '多'],
    ['三十多个', 30, 'atLeast', '多'],
    ['两年多', 2, 'atLeast', '多'],
    ['3个多月', 3, 'atLeast', '多'],
  ])('reads %s as %d, %s (%s)', (text, value, qualifier, word) => {
    expect(read(text)).toMatchObject({ text, value, qualifier, word });
  });

  it.each([
    ['签约343.76万人', 'exact'],
    ['附近3个村庄', 'exact'],
    ['赶超3个', 'exact'],
    ['3个上下联动', 'exact'],
  ])('takes no qualifier from the word around %s', (text, qualifier) => {
    expect(readNumerals(text).quantities[0]?.qualifier).toBe(qualifier);
  });

  it('keeps the first qualifier and takes in a suffix that agrees (超过50人以上)', () => {
    expect(read('超过50人以上')).toMatchObject({
      text: '超过50人以上',
      qualifier: 'atLeast',
      word: '超过',
    });
    expect(read('近50人以上')).toMatchObject({ text: '近50人', qualifier: 'approx' });
  });
});

describe('ranges', () => {
  it.each([
    ['七八个', 7, 8, '个'],
    ['三四十万人', 300000, 400000, '人'],
    ['十五六岁', 15, 16, '岁'],
    ['10—20人', 10, 20, '人'],
    ['10-20人', 10, 20, '人'],
    ['10～20人', 10, 20, '人'],
    ['10至20人', 10, 20, '人'],
    ['10人至20人', 10, 20, '人'],
    ['3至5年', 3, 5, '年'],
    ['三到五年', 3, 5, '年'],
    ['5万至8万元', 50000, 80000, '元'],
    ['5至8万元', 50000, 80000, '元'],
    ['三到四百万元', 3000000, 4000000, '元'],
    ['10%—20%', 10, 20, '%'],
    ['七至八成', 70, 80, '%'],
    ['七八成', 70, 80, '%'],
    ['0.5—1.5万人', 5000, 15000, '人'],
    ['0.5–1.5吨', 0.5, 1.5, '吨'],
  ])('reads %s as a range %d to %d (%s)', (text, value, valueMax, unit) => {
    expect(read(text)).toMatchObject({ text, value, valueMax, qualifier: 'range', unit });
  });

  it.each([
    ['20-10人', [20, 10]],
    ['3人至5个', [3, 5]],
    ['0635-8888888', [635, 8888888]],
  ])('does not read %s as a range', (text, values) => {
    const { quantities, excluded } = readNumerals(text);
    const all = [...quantities, ...excluded.flatMap((e) => (e.reading ? [e.reading] : []))];
    expect(all.map((m) => m.qualifier)).not.toContain('range');
    expect(all.map((m) => m.value).sort((a, b) => a - b)).toEqual(
      [...values].sort((a, b) => a - b),
    );
  });
});

describe('units', () => {
  it.each([
    ['500千伏', 500, '千伏'],
    ['120万千瓦', 1200000, '千瓦'],
    ['5千米', 5, '千米'],
    ['5千万元', 50000000, '元'],
    ['3500 平方米', 3500, '平方米'],
    ['1,200人', 1200, '人'],
    ['12,900人次', 12900, '人次'],
    ['3万5千人', 35000, '人'],
    ['8千3百户', 8300, '户'],
    ['1万2千元', 12000, '元'],
    ['十万零一千人', 101000, '人'],
    ['3年', 3, '年'],
    ['6个月', 6, '个月'],
    ['十分钟', 10, '分钟'],
  ])('reads %s as %d with the unit %s', (text, value, unit) => {
    expect(read(text)).toMatchObject({ value, unit });
  });

  it('leaves two numbers apart where a full-width comma or a short group lists them', () => {
    expect(readNumerals('3，5个').quantities.map((m) => m.value)).toEqual([3, 5]);
    expect(readNumerals('1,2个').quantities.map((m) => m.value)).toEqual([1, 2]);
  });
});
