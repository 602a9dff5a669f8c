import fc from 'fast-check';
import {
  findNumerals,
  foldDigits,
  formatChineseInteger,
  parseChineseInteger,
  parseNumeral,
  KNOWN_UNITS,
} from './chinese-number.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';

const UNITS = sampleVocabulary.units.map((u) => u.unit);

describe('parseChineseInteger', () => {
  it.each([
    ['七', 7],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['一千零五十', 1050],
    ['三万五千', 35000],
    ['十万零一十', 100010],
    ['一亿零五万', 100050000],
    ['一万零五亿', 1000500000000],
    ['百', 100],
    ['万', 10000],
    ['零', 0],
    ['二〇二三', 2023],
    ['一千零十', 1010],
    ['十万零一千', 101000],
    ['十亿零十万', 1000100000],
    // Colloquial endings: one digit after 百 or a larger place is the next place down.
    ['三万五', 35000],
    ['两千六', 2600],
    ['一百二', 120],
    ['一万二', 12000],
    ['一百五', 150],
    ['萬五', 15000],
    ['兩百四十五', 245],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it.each([
    ['十十', 'two tens'],
    ['一百零五十', 'a zero where no place is skipped'],
    ['零万', 'zero before a unit'],
    ['七型', 'a character that is no numeral'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (text) => {
    expect(parseChineseInteger(text)).toBeNull();
  });

  it('reads back every integer it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseChineseInteger(formatChineseInteger(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatChineseInteger', () => {
  it.each([
    [0, '零'],
    [7, '七'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [1005, '一千零五'],
    [10005, '一万零五'],
    [100010, '十万零一十'],
    [120000, '十二万'],
    [100000005, '一亿零五'],
  ])('writes %d as %s', (n, text) => {
    expect(formatChineseInteger(n)).toBe(text);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['343.76 万', 3437600, 'exact', undefined],
    ['343.76万人', 3437600, 'exact', '人'],
    ['7000余万元', 70000000, 'atLeast', '元'],
    ['12900 余人', 12900, 'atLeast', '人'],
    ['11.2万余人次', 112000, 'atLeast', '人次'],
    ['49 万余人次', 490000, 'atLeast', '人次'],
    ['３５００余场次', 3500, 'atLeast', '场次'],
    ['５项', 5, 'exact', '项'],
    ['1.5亿', 150000000, 'exact', undefined],
    ['5千万', 50000000, 'exact', undefined],
    ['50多家', 50, 'atLeast', '家'],
    ['50人以上', 50, 'atLeast', '人'],
    ['超过100人', 100, 'atLeast', '人'],
    ['逾千人', 1000, 'atLeast', '人'],
    ['约3500场次', 3500, 'approx', '场次'],
    ['近10万人', 100000, 'approx', '人'],
    ['100人左右', 100, 'approx', '人'],
    ['七', 7, 'exact', undefined],
    ['七型', 7, 'exact', '型'],
    ['3500平方米', 3500, 'exact', '平方米'],
    ['不超过100人', 100, 'atMost', '人'],
    ['超2万人', 20000, 'atLeast', '人'],
  ])('reads %s as %s (%s)', (text, value, qualifier, unit) => {
    expect(parseNumeral(text)).toEqual({ value, qualifier, ...(unit ? { unit } : {}) });
  });

  it.each([
    ['98.6%', { value: 98.6, qualifier: 'exact', unit: '%', kind: 'percent' }],
    ['6成以上', { value: 60, qualifier: 'atLeast', unit: '%', kind: 'percent' }],
    ['3.5个百分点', { value: 3.5, qualifier: 'exact', unit: '百分点', kind: 'percentagePoints' }],
    ['七八个', { value: 7, valueMax: 8, qualifier: 'range', unit: '个' }],
    ['5至8万元', { value: 50000, valueMax: 80000, qualifier: 'range', unit: '元' }],
  ])('reads the share or range %s with its kind or upper end', (text, parsed) => {
    expect(parseNumeral(text)).toEqual(parsed);
  });

  it.each(['', '签约', '10月16日', '5525 个，签约', '1+N', '3 500', '2023年', '第一', '十几'])(
    'refuses %j, which is not exactly one quantity',
    (text) => {
      expect(parseNumeral(text)).toBeNull();
    },
  );

  it('reads digits the same in full and half width', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), (n) => {
        const fullWidth = String(n).replace(/\d/g, (d) =>
          String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        );
        expect(parseNumeral(`${fullWidth}人`)).toEqual(parseNumeral(`${n}人`));
        expect(foldDigits(fullWidth)).toBe(String(n));
      }),
    );
  });

  it('reads the same value whatever whitespace the page sets between the parts', () => {
    const parts = fc.tuple(
      fc.nat({ max: 99999 }),
      fc.constantFrom('', '余'),
      fc.constantFrom('', '万', '亿'),
      fc.constantFrom(...UNITS),
      fc.array(fc.constantFrom(' ', '\n', '\u3000'), { minLength: 3, maxLength: 3 }),
    );
    fc.assert(
      fc.property(parts, ([n, more, scale, unit, [a = '', b = '', c = '']]) => {
        const tight = parseNumeral(`${n}${more}${scale}${unit}`);
        expect(parseNumeral(`${n}${a}${more}${b}${scale}${c}${unit}`)).toEqual(tight);
      }),
    );
  });
});

describe('findNumerals', () => {
  it('finds every numeral of a line with its span, value, qualifier and unit', () => {
    const text = '覆盖村居、社区5525个，签约343.76万人；开展送疾病预防控制知识3500余场次';
    expect(
      findNumerals(text).map((m) => [text.slice(m.start, m.end), m.value, m.qualifier, m.unit]),
    ).toEqual([
      ['5525个', 5525, 'exact', '个'],
      ['343.76万人', 3437600, 'exact', '人'],
      ['3500余场次', 3500, 'atLeast', '场次'],
    ]);
  });

  it('does not read the 约 of 签约 or the 近 of 附近 as a qualifier', () => {
    expect(findNumerals('签约343.76万人')[0]?.qualifier).toBe('exact');
    expect(findNumerals('附近3个村庄')[0]?.qualifier).toBe('exact');
    expect(findNumerals('约343.76万人')[0]?.qualifier).toBe('approx');
  });

  it('leaves out the numerals of names, which readNumerals lists as excluded', () => {
    expect(findNumerals('党的二十大、“五送五进五提升”')).toEqual([]);
  });

  it('reads with the units it is given, longest first', () => {
    expect(findNumerals('3公里', { units: ['公', '公里'] })[0]?.unit).toBe('公里');
    expect(findNumerals('3公里', { units: ['人'] })[0]?.unit).toBeUndefined();
  });

  it('keeps the digits, the number and the qualifier spans apart', () => {
    const [m] = findNumerals('年交易额可达7000余万元。');
    expect(m).toMatchObject({ numberStart: 6, digitsEnd: 10, numberEnd: 12, end: 13 });
  });
});

describe('KNOWN_UNITS', () => {
  it('knows every unit of the published vocabulary', () => {
    expect(KNOWN_UNITS).toEqual(expect.arrayContaining(UNITS));
  });

  it('lists the longest units first and each once', () => {
    const lengths = KNOWN_UNITS.map((u) => u.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(KNOWN_UNITS).size).toBe(KNOWN_UNITS.length);
  });
});
