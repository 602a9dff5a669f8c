import { parseChineseNumber } from './number-reader.ts';
import { readNumerals } from './read-numerals.ts';

/**
 * Facts from Ailln/cn2an, a Python converter: its test inputs and the values it expects, brought
 * in as tables (the facts only, none of its code). The newspaper reader follows cn2an's lenient
 * "normal" and "smart" modes, not its strict one. Cases outside a newspaper reader's scope are
 * listed at the end, each with its reason, and checked never to be misread as the peer's value.
 */

/** The values of every numeral of a sentence, excluded ones by their reading, in text order. */
const valuesIn = (text: string) => {
  const { quantities, excluded } = readNumerals(text);
  return [...quantities, ...excluded.flatMap((e) => (e.reading ? [e.reading] : []))]
    .sort((a, b) => a.numberStart - b.numberStart)
    .map((m) => m.value);
};

// Ailln/cn2an cn2an/cn2an_test.py (commit ec31f259): strict_data_dict, normal_data_dict and
// smart_data_dict, the cases in scope.
const CN2AN: Array<[string, number]> = [
  ['零', 0],
  ['一', 1],
  ['十', 10],
  ['十一', 11],
  ['一十一', 11],
  ['二十', 20],
  ['二十一', 21],
  ['一百', 100],
  ['一百零一', 101],
  ['一百一十', 110],
  ['一百一十一', 111],
  ['一千', 1000],
  ['一千一百', 1100],
  ['一千一百一十', 1110],
  ['一千一百一十一', 1111],
  ['一千零一十', 1010],
  ['一千零一十一', 1011],
  ['一千零一', 1001],
  ['一千一百零一', 1101],
  ['一万一千一百一十一', 11111],
  ['一十一万一千一百一十一', 111111],
  ['一百一十一万一千一百一十一', 1111111],
  ['一千一百一十一万一千一百一十一', 11111111],
  ['一亿一千一百一十一万一千一百一十一', 111111111],
  ['一十一亿一千一百一十一万一千一百一十一', 1111111111],
  ['一百一十一亿一千一百一十一万一千一百一十一', 11111111111],
  ['一千一百一十一亿一千一百一十一万一千一百一十一', 111111111111],
  ['一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一', 1111111111111111],
  ['十万', 100000],
  ['十万零一', 100001],
  ['一万零一', 10001],
  ['一万零一十一', 10011],
  ['一万零一百一十一', 10111],
  ['一十万零一', 100001],
  ['一百万零一', 1000001],
  ['一千万零一', 10000001],
  ['一千零一万一千零一', 10011001],
  ['一千零一万零一', 10010001],
  ['一亿零一', 100000001],
  ['一十亿零一', 1000000001],
  ['一百亿零一', 10000000001],
  ['一千零一亿一千零一万一千零一', 100110011001],
  ['一千亿一千万一千零一', 100010001001],
  ['一千亿零一', 100000000001],
  ['零点零零零零零零零零零零零零零零一', 0.000000000000001],
  ['零点零零零零零零零零零零零零零一', 0.00000000000001],
  ['零点零零零零零零零零零零零零一', 0.0000000000001],
  ['零点零零零零零零零零零零零一', 0.000000000001],
  ['零点零零零零零零零零零零一', 0.00000000001],
  ['零点零零零零零零零零零一', 0.0000000001],
  ['零点零零零零零零零零一', 0.000000001],
  ['零点零零零零零零零一', 0.00000001],
  ['零点零零零零零零一', 0.0000001],
  ['零点零零零零零一', 0.000001],
  ['零点零零零零一', 0.00001],
  ['零点零零零一', 0.0001],
  ['零点零零一', 0.001],
  ['零点零一', 0.01],
  ['零点一', 0.1],
  // normal_data_dict
  ['一一', 11],
  ['一一一', 111],
  ['零点零', 0],
  ['零点零零', 0],
  ['一七二零', 1720],
  ['一七二零点一', 1720.1],
  ['一七二零点一三四', 1720.134],
  ['一二三', 123],
  ['三万五', 35000],
  ['两千六', 2600],
  ['一百二', 120],
  // smart_data_dict
  ['100万', 1000000],
  ['100万三千', 1003000],
  ['200亿零四千230', 20000004230],
  ['10.1万', 101000],
  ['35.1亿', 3510000000],
];

// The same file's error lists: inputs that are not one number, in scope.
const CN2AN_REFUSED = [
  '零点',
  '点零',
  '零点点',
  '零点零大',
  '10.1万零100',
  '10..1万',
  '点一',
  '十一十二',
  '十七十八',
];

// Ailln/cn2an cn2an/transform_test.py (commit 12c4e9b7): sentences in Chinese numerals and the
// numbers cn2an writes for them (the cn2an direction of strict_data_dict, and smart_data_dict).
const TRANSFORM: Array<[string, number[]]> = [
  ['小王捡了一百块钱', [100]],
  ['用户增长最快的三个城市', [3]],
  ['小王的生日是二零零一年三月四日', [2001, 3, 4]],
  ['小王的生日是二零一二年十二月十二日', [2012, 12, 12]],
  ['今天股价上涨了百分之八', [8]],
  ['现在室内温度为三十九摄氏度，很热啊！', [39]],
  ['创业板指九月九日早盘低开百分之一点五七', [9, 9, 1.57]],
  ['约2.5亿年~6500万年', [250000000, 65000000]],
  ['大陆', []],
];

type OutOfScope = [input: string, peerValue: number | string, reason: string];
const UPPERCASE =
  'financial capitals (壹贰叁…拾佰仟) are not read: 陆, 伍, 拾 are words in news prose';
const NEGATIVE = 'negative numbers (负): news writes 下降 or 减少, and 负增长 is no number';
const ARCHAIC = 'archaic 廿 (20): not printed in modern municipal news';
const STRICT = 'a strict-mode refusal only; the reader is lenient like cn2an normal mode';

const CN2AN_OUT: OutOfScope[] = [
  ...[
    '壹',
    '拾',
    '拾壹',
    '壹拾壹',
    '壹佰壹拾壹',
    '壹仟壹佰壹拾壹',
    '壹万壹仟壹佰壹拾壹',
    '壹拾壹万壹仟壹佰壹拾壹',
    '壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹仟壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹',
    '壹拾壹元整',
    '壹佰壹拾壹圆整',
    '壹壹',
    '壹壹壹',
  ].map((input): OutOfScope => [input, 'a number', UPPERCASE]),
  ['负一', -1, NEGATIVE],
  ['负二', -2, NEGATIVE],
  ['负十', -10, NEGATIVE],
  ['负十一', -11, NEGATIVE],
  ['负一十一', -11, NEGATIVE],
  ['负零点一零', -0.1, NEGATIVE],
  ['负一七二零', -1720, NEGATIVE],
  ['负一七二零点一', -1720.1, NEGATIVE],
  ['-10.1万', -101000, NEGATIVE],
  ['负十一十二', 'an error', NEGATIVE],
  ['廿二', 22, ARCHAIC],
  ['一百点123', 100.123, 'Arabic digits after a Chinese 点 are no printed form'],
  ['一一', 'an error', STRICT],
  ['百十一', 'an error', STRICT],
  ['壹壹', 'an error', UPPERCASE],
];

const TRANSFORM_OUT: OutOfScope[] = [
  ['第二天股价下降了百分之负三点八', -3.8, NEGATIVE],
  [
    '抛出去的硬币为正面的概率是二分之一',
    0.5,
    'fractions (二分之一) are excluded as no quantity the data has a unit for',
  ],
  ['廿二日，日出东方', 22, ARCHAIC],
  ...[
    '小王捡了100块钱',
    '用户增长最快的3个城市',
    '小王的生日是2001年3月4日',
    '小王的生日是2012年12月12日',
    '今天股价上涨了8%',
    '第2天股价下降了-3.8%',
    '抛出去的硬币为正面的概率是1/2',
    '现在室内温度为39℃，很热啊！',
    '创业板指9月9日早盘低开1.57%',
  ].map((input): OutOfScope => [
    input,
    'Chinese numerals',
    'the an2cn direction: the reader never writes numbers in Chinese',
  ]),
];

describe('Ailln/cn2an cn2an_test.py', () => {
  it.each(CN2AN)('reads %s as %d', (input, value) => {
    expect(parseChineseNumber(input)).toBe(value);
  });

  it.each(CN2AN_REFUSED)('refuses %s, which is not one number', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('Ailln/cn2an transform_test.py', () => {
  it.each(TRANSFORM)('reads the numbers of %s', (sentence, values) => {
    expect(valuesIn(sentence)).toEqual(values);
  });
});

describe('cn2an cases out of scope', () => {
  it.each([...CN2AN_OUT, ...TRANSFORM_OUT])('%s (%s) is out of scope: %s', (input, peerValue) => {
    expect(valuesIn(input)).not.toEqual([peerValue]);
    if (typeof peerValue === 'number') expect(parseChineseNumber(input)).not.toBe(peerValue);
  });

  it('counts the cases: 84 in scope, 33 out of scope in cn2an_test.py; 9 and 12 in transform_test.py', () => {
    expect([CN2AN.length + CN2AN_REFUSED.length, CN2AN_OUT.length]).toEqual([84, 33]);
    expect([TRANSFORM.length, TRANSFORM_OUT.length]).toEqual([9, 12]);
  });
});
