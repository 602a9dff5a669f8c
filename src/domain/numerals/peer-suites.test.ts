import { parseChineseNumber } from './number-reader.ts';
import { readNumerals } from './read-numerals.ts';

/**
 * Facts from public Chinese-numeral suites, brought in as tables of input and expected value
 * (the facts only, none of their code): cnwhy/nzh, anton-bot/chinese-numbers-converter.js and
 * pkumza/numcn. Cases outside a newspaper reader's scope are listed with their reason and checked
 * never to be misread as the peer's value. (Ailln/cn2an is in peer-suites-cn2an.test.ts.)
 */

const valuesIn = (text: string) => {
  const { quantities, excluded } = readNumerals(text);
  return [...quantities, ...excluded.flatMap((e) => (e.reading ? [e.reading] : []))]
    .sort((a, b) => a.numberStart - b.numberStart)
    .map((m) => m.value);
};

type OutOfScope = [input: string, peerValue: number | string, reason: string];
const UPPERCASE =
  'financial capitals (壹贰叁…拾佰仟) are not read: 陆, 伍, 拾 are words in news prose';
const NEGATIVE = 'negative numbers (负): news writes 下降 or 减少';
const HUGE = 'beyond 2^53, the integers a double holds exactly; news never prints 亿亿';
const MONEY = 'an amount in 元角分 with financial capitals, as on a cheque';

// cnwhy/nzh test/testData.js (commit 573e237d), testData.toCN: each pair [number, Chinese] read
// back from the Chinese. Sections 整数, 插零测试, 有小数, 科学记数法, 十的口语化测试.
const NZH: Array<[string, number]> = [
  ['一', 1],
  ['一', 1],
  ['一十', 10],
  ['一十', 10],
  ['一十二', 12],
  ['一百二十三', 123],
  ['一千二百三十四', 1234],
  ['一万二千三百四十五', 12345],
  ['一十二万三千四百五十六', 123456],
  ['一百二十三万四千五百六十七', 1234567],
  ['一千二百三十四万五千六百七十八', 12345678],
  ['一亿二千三百四十五万六千七百八十九', 123456789],
  ['一十二亿三千四百五十六万七千八百九十', 1234567890],
  ['一百二十三亿零一百二十三万零一百二十三', 12301230123],
  ['一千二百三十亿一千二百三十万一千二百三十', 123012301230],
  ['一万二千三百零一亿二千三百零一万二千三百零一', 1230123012301],
  ['一十二万三千零一十二亿三千零一十二万三千零一十二', 12301230123012],
  ['零', 0],
  ['零', 0],
  ['零', 0],
  ['一百零一', 101],
  ['一千零一', 1001],
  ['一万零一', 10001],
  ['一十万零一', 100001],
  ['一十万零一十', 100010],
  ['一十万零一百', 100100],
  ['一十万一千', 101000],
  ['一十亿一千万一千', 1010001000],
  ['一十亿零一千', 1000001000],
  ['零', 0],
  ['一', 1],
  ['一', 1],
  ['零点一', 0.1],
  ['零点一', 0.1],
  ['一点一', 1.1],
  ['一点一', 1.1],
  ['一十点零一', 10.01],
  ['一十万零一百一十一点一一', 100111.11],
  ['零点一', 0.1],
  ['一千零一十', 1010],
  ['一千零一十', 1010],
  ['一千零一十', 1010],
  ['十', 10],
  ['十五', 15],
  ['十万', 100000],
  ['十万零一十', 100010],
  ['十亿零十万', 1000100000],
];

const NZH_OUT: OutOfScope[] = [
  ['负一', -1, NEGATIVE],
  ['一亿亿', 1e16, HUGE],
  ['一十亿零一十一亿', 100000001100000000, HUGE],
  ['负零点一', -0.1, NEGATIVE],
  ['一亿亿', 1e16, HUGE],
  ['一万万亿', 1e16, HUGE],
  ['一十万万零一百一十万亿', 1.0011e17, HUGE],
  ['一万亿亿', 1e20, HUGE],
  ['负一万亿亿亿', -1e28, HUGE],
  ['一万万万亿', 1e20, HUGE],
  ['负一万万万万万亿', -1e28, HUGE],
  // testData.toMoney: 51 amounts such as 人民币壹拾亿零壹佰万零贰拾壹元整 and ¥壹元贰角叁分肆厘.
  ...[
    '人民币零元整',
    '人民币零元整',
    '人民币零元整',
    '人民币壹元整',
    '人民币负壹元整',
    '人民币壹元整',
    '人民币负壹元整',
    '人民币壹拾元整',
    '人民币壹拾元整',
    '人民币壹拾贰元整',
    '人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整',
    '人民币壹拾亿零壹佰万零贰拾壹元整',
    '人民币壹万万亿元整',
    '人民币壹拾万万零壹拾壹亿元整',
    '人民币零元',
    '人民币零元',
    '人民币负零元',
    '人民币壹元',
    '人民币负壹元',
    '人民币壹元',
    '人民币壹角',
    '人民币负壹角',
    '人民币壹角',
    '人民币壹分',
    '人民币壹元壹角',
    '人民币壹元壹角',
    '人民币壹元壹角',
    '人民币壹拾元零壹分',
    '人民币壹拾元零壹分',
    '人民币壹拾万零壹佰壹拾壹元壹角壹分',
    '人民币壹角',
    '人民币壹仟零壹拾元整',
    '人民币壹仟零壹拾元整',
    '人民币壹仟零壹拾元整',
    '壹元整',
    '人民币零元壹角',
    '人民币负零元壹角',
    '人民币零元壹分',
    '人民币零元壹分',
    '人民币负零元壹分',
    '人民币零元壹分',
    '人民币壹拾元零角零分',
    '人民币零元零角零分',
    '人民币零元壹角零分',
    '人民币零元零角壹分',
    '壹元整',
    '人民币壹元整',
    '人民币壹元壹角整',
    '人民币零元整',
    '人民币壹元整',
    '人民币壹角整',
  ].map((input): OutOfScope => [input, 'an amount', MONEY]),
  // testData.custom: a numeral set of capitals with 兆 and 京.
  ...[
    '壹兆',
    '壹京',
    '¥壹元正',
    '¥壹元贰角叁分肆厘',
    '¥壹拾元零角零分零厘',
    '¥零元零角零分零厘',
    '¥零元壹角零分零厘',
    '¥零元零角壹分壹厘',
  ].map((input): OutOfScope => [input, 'a number', 'a custom numeral set (capitals, 兆, 京)']),
];

// anton-bot/chinese-numbers-converter.js test.js (commit f4d9fe40): runTests (the number a
// string holds) and runSentenceTests (the numbers of a sentence).
const ANTON: Array<[string, number[]]> = [
  ['345', [345]],
  ['345 abc', [345]],
  ['一', [1]],
  ['兩百四十五', [245]],
  ['二十二', [22]],
  ['二萬五', [25000]],
  ['二萬二', [22000]],
  ['8千3', [8300]],
  ['345 萬', [3450000]],
  ['345萬', [3450000]],
  ['3.5萬', [35000]],
  ['3萬5', [35000]],
  ['五萬', [50000]],
  [' 二〇一二年', [2012]],
  ['1000 and one', [1000]],
  ['haha no numbers here', []],
  ['九龍', [9]],
  ['2千萬', [20000000]],
  ['2千萬五', [20005000]],
  ['一千萬', [10000000]],
  ['1000萬', [10000000]],
  ['8千4百萬', [84000000]],
  ['8千3萬', [83000000]],
  ['萬五', [15000]],
  ['一百六十八萬', [1680000]],
  ['一百六十八萬五', [1685000]],
  ['一百六十八萬五', [1685000]],
  ['一百六十八萬六千', [1686000]],
  ['一百六十八萬五千兩百四十五', [1685245]],
  // More digits than a double holds: the peer's literal, rounded as JavaScript rounds it.
  ['3.1323445124421445642', [Number('3.1323445124421445642')]],
  ['345 abc', [345]],
  ['3.5萬', [35000]],
  ['3, 5 and 4', [3, 5, 4]],
  ['***3.1323445124421445***', [3.1323445124421445]],
  ['一百. What a great number.', [100]],
  ['這款車的價格從34.5萬港幣到55.4萬港幣。', [345000, 554000]],
];

const ANTON_OUT: OutOfScope[] = [
  ['***貳佰零伍元***', 205, UPPERCASE],
  ['***貳佰零伍元***', '***205元***', UPPERCASE],
  [
    '4 000 000',
    4000000,
    'digit groups set apart by spaces: the page spaces numbers at will, so 3 500 stays two numbers',
  ],
  ['4 000 000 RMB', 4000000, 'digit groups set apart by spaces (as above)'],
  [
    '三到四百萬',
    '3 and 4000000',
    'read on purpose as the range 300万 to 400万 a reader means (see the ranges tests)',
  ],
];

// pkumza/numcn numcn_test.go (commit c64c4343): TestNumCn.
const NUMCN: Array<[string, number]> = [
  ['零', 0],
  ['〇', 0],
  ['七', 7],
  ['七十八', 78],
  ['七百六十九', 769],
  ['七千零一', 7001],
  ['一万零一十四', 10014],
  ['十六', 16],
  ['六十', 60],
  ['一万四千六百二十三', 14623],
  ['一百零二亿五千零一万一千零三十八', 10250011038],
  ['一万一千一百一十一亿一千一百二十三万四千五百六十七', 1111111234567],
  ['五十万亿', 50000000000000],
  ['五十万亿零三千一百万零二十四', 50000031000024],
];

const NUMCN_OUT: OutOfScope[] = [
  ['柒仟壹佰肆拾', 7140, UPPERCASE],
  ['贰亿叁仟肆佰贰拾叁万肆仟贰佰贰拾叁', 234234223, UPPERCASE],
  ['负七百六十三', -763, NEGATIVE],
  ['一亿亿', 1e16, HUGE],
  ['廿一', 21, 'archaic 廿 (20): not printed in modern municipal news'],
  ['卌玖', 49, 'archaic 卌 (40) with a capital: not printed in modern municipal news'],
];

describe('cnwhy/nzh test/testData.js', () => {
  it.each(NZH)('reads %s as %d', (input, value) => {
    expect(parseChineseNumber(input)).toBe(value);
  });
});

describe('anton-bot/chinese-numbers-converter.js test.js', () => {
  it.each(ANTON)('reads the numbers of %j as %j', (input, values) => {
    expect(valuesIn(input)).toEqual(values);
  });
});

describe('pkumza/numcn numcn_test.go', () => {
  it.each(NUMCN)('reads %s as %d', (input, value) => {
    expect(parseChineseNumber(input)).toBe(value);
  });
});

describe('cases out of scope', () => {
  it.each([...NZH_OUT, ...ANTON_OUT, ...NUMCN_OUT])(
    '%s (%s) is out of scope: %s',
    (input, peerValue) => {
      expect(valuesIn(input)).not.toEqual([peerValue]);
      if (typeof peerValue === 'number') expect(parseChineseNumber(input)).not.toBe(peerValue);
    },
  );

  it('counts the cases in scope and out of scope', () => {
    expect([NZH.length, NZH_OUT.length]).toEqual([47, 70]);
    expect([ANTON.length, ANTON_OUT.length]).toEqual([36, 5]);
    expect([NUMCN.length, NUMCN_OUT.length]).toEqual([14, 6]);
  });
});
