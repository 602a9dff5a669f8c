import fc from 'fast-check';
import type { ExclusionReason, NumeralQualifier } from './numeral-types.ts';
import audit from '../../../data/sources/audit-bureau-model-organs.txt?raw';
import health from '../../../data/sources/health-party-brands.txt?raw';
import hubs from '../../../data/sources/shenxian-party-building-hubs.txt?raw';
import { readNumerals } from './read-numerals.ts';

type Quantity = [
  text: string,
  value: number,
  qualifier: NumeralQualifier,
  unit?: string,
  max?: number,
];
type Excluded = [text: string, reason: ExclusionReason];

// Sentences in the manner of municipal news (written for these tests; none is in data/).
const PHRASING: Array<[string, Quantity[], Excluded[]]> = [
  [
    '截至目前，全市农村自来水普及率达98.6%，同比提高2.3个百分点。',
    [
      ['98.6%', 98.6, 'exact', '%'],
      ['2.3个百分点', 2.3, 'exact', '百分点'],
    ],
    [],
  ],
  [
    '今年以来，全市接待游客超5400万人次，实现旅游收入约合420亿元。',
    [
      ['超5400万人次', 54000000, 'atLeast', '人次'],
      ['约合420亿元', 42000000000, 'approx', '元'],
    ],
    [],
  ],
  [
    '全县6成以上的村庄建起了党群服务中心，服务群众超2万人。',
    [
      ['6成以上', 60, 'atLeast', '%'],
      ['超2万人', 20000, 'atLeast', '人'],
    ],
    [],
  ],
  [
    '百分之百的社区实现网格化管理，仍有百分之八的农户尚未通网。',
    [
      ['百分之百', 100, 'exact', '%'],
      ['百分之八', 8, 'exact', '%'],
    ],
    [],
  ],
  [
    '目前尚有不足500件信访积案，要求在30天以内办结。',
    [
      ['不足500件', 500, 'atMost', '件'],
      ['30天以内', 30, 'atMost', '天'],
    ],
    [],
  ],
  [
    '每场活动规模控制在100人上下，每组配备志愿者七八个。',
    [
      ['100人上下', 100, 'approx', '人'],
      ['七八个', 7, 'range', '个', 8],
    ],
    [],
  ],
  [
    '全镇三四十万人口中，十五六岁的青少年约占一成。',
    [
      ['三四十万人', 300000, 'range', '人', 400000],
      ['十五六岁', 15, 'range', '岁', 16],
      ['一成', 10, 'exact', '%'],
    ],
    [],
  ],
  [
    '项目总投资5万至8万元，工期3至5年，每期培训10—20人。',
    [
      ['5万至8万元', 50000, 'range', '元', 80000],
      ['3至5年', 3, 'range', '年', 5],
      ['10—20人', 10, 'range', '人', 20],
    ],
    [],
  ],
  [
    '合作社年交易额达七千余万元，带动一百多万人增收。',
    [
      ['七千余万元', 70000000, 'atLeast', '元'],
      ['一百多万人', 1000000, 'atLeast', '人'],
    ],
    [],
  ],
  [
    '全区两千多万元资金用于三十多个村的道路建设。',
    [
      ['两千多万元', 20000000, 'atLeast', '元'],
      ['三十多个', 30, 'atLeast', '个'],
    ],
    [],
  ],
  [
    '一千零十户群众搬进新居，配套建设3万5千平方米安置房。',
    [
      ['一千零十户', 1010, 'exact', '户'],
      ['3万5千平方米', 35000, 'exact', '平方米'],
    ],
    [],
  ],
  [
    '新建500千伏变电站1座，新增装机120万千瓦。',
    [
      ['500千伏', 500, 'exact', '千伏'],
      ['1座', 1, 'exact', '座'],
      ['120万千瓦', 1200000, 'exact', '千瓦'],
    ],
    [],
  ],
  [
    '近5年来，全市累计培训1,200人次，近年来成效明显。',
    [['1,200人次', 1200, 'exact', '人次']],
    [['近5年', 'timeSpan']],
  ],
  [
    '2023年10月16日上午9点，第一书记带领“五进”小分队走进千家万户。',
    [],
    [
      ['2023年', 'year'],
      ['10月', 'date'],
      ['16日', 'date'],
      ['9点', 'time'],
      ['第一', 'ordinal'],
      ['“五进”', 'name'],
      ['千家万户', 'idiom'],
      ['千家万户', 'idiom'],
    ],
  ],
  [
    '上千名群众参加，数十家企业、十几个村参与，成千上万人受益。',
    [],
    [
      ['上千', 'vague'],
      ['数十', 'vague'],
      ['十几', 'vague'],
      ['成千上万', 'vague'],
      ['上万', 'vague'],
    ],
  ],
  [
    '二〇二三年，该市荣获全省文明城市一等奖，学习贯彻党的二十大精神。',
    [],
    [
      ['二〇二三年', 'year'],
      ['一等奖', 'ordinal'],
      ['二十大', 'ordinal'],
    ],
  ],
  [
    '5G基站实现全覆盖，建成4A级景区2个，开通12345热线。',
    [['2个', 2, 'exact', '个']],
    [
      ['5', 'code'],
      ['4', 'code'],
      ['12345', 'code'],
    ],
  ],
  [
    '五一假期期间，全市接待游客将近300万人次。',
    [['将近300万人次', 3000000, 'approx', '人次']],
    [['五一', 'date']],
  ],
  [
    '该镇集党建、便民服务于一体，进一步提升服务水平，全镇12个村都有一名专职网格员。',
    [
      ['12个', 12, 'exact', '个'],
      ['一名', 1, 'exact', '名'],
    ],
    [
      ['于一体', 'idiom'],
      ['进一步', 'idiom'],
    ],
  ],
  [
    '全年完成投资1.2亿元，低于预期5%，不到去年的三分之一。',
    [
      ['1.2亿元', 120000000, 'exact', '元'],
      ['5%', 5, 'exact', '%'],
    ],
    [['三分之一', 'fraction']],
  ],
];

describe('readNumerals', () => {
  it.each(PHRASING)('reads %s', (text, quantities, excluded) => {
    const reading = readNumerals(text);
    expect(
      reading.quantities.map((m) => {
        const row: Quantity = [m.text, m.value, m.qualifier];
        if (m.unit !== undefined || m.valueMax !== undefined) row.push(m.unit);
        if (m.valueMax !== undefined) row.push(m.valueMax);
        return row;
      }),
    ).toEqual(quantities);
    expect(reading.excluded.map((e) => [e.text, e.reason])).toEqual(excluded);
  });

  it('gives offsets into the text it was given', () => {
    const text = '服务 49 万余人次';
    const [m] = readNumerals(text).quantities;
    expect(m).toMatchObject({ start: 3, numberStart: 3, digitsEnd: 5, numberEnd: 8, end: 10 });
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
  });

  const phrases = fc.constantFrom(
    ...PHRASING.map(([text]) => text),
    '党的二十大、“五送五进五提升”',
    '3，5个',
    '第一议题',
    '今年５月以来',
    '千瓦时电价',
  );

  it('puts every numeral in exactly one of the two lists, in text order', () => {
    fc.assert(
      fc.property(fc.array(phrases, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const { quantities, excluded } = readNumerals(text);
        const spans = [...quantities, ...excluded].map((e) => [e.numberStart, e.numberEnd]);
        const inOrder = (list: Array<{ numberStart: number }>) =>
          list.every((e, i) => i === 0 || (list[i - 1]?.numberStart ?? 0) < e.numberStart);
        expect(inOrder(quantities) && inOrder(excluded)).toBe(true);
        spans.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
        spans.forEach((span, i) => {
          if (i > 0) expect(span[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
        });
        [...text].forEach((ch, at) => {
          if (!/[0-9０-９]/.test(ch)) return;
          expect(spans.filter(([s = 0, e = 0]) => at >= s && at < e)).toHaveLength(1);
        });
      }),
    );
  });

  it('reads a 3,000-character article in well under 5 ms', () => {
    const text = [health, hubs, audit]
      .map((source) => source.replace(/\s+/g, ''))
      .join('')
      .slice(0, 3000);
    for (let i = 0; i < 30; i++) readNumerals(text);
    // The fastest of many runs: the suite runs files in parallel on few cores, and a slow run
    // says more about the machine than about the reader.
    const fastest = Math.min(
      ...Array.from({ length: 31 }, () => {
        const t = performance.now();
        readNumerals(text);
        return performance.now() - t;
      }),
    );
    expect(fastest).toBeLessThan(5);
  });
});
