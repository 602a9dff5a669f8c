import fc from 'fast-check';
import { parseNumeral } from './chinese-number.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';
import { formatExactValue, formatFigureValue, formatMagnitude } from './format-number.ts';
import { vocabularyNames } from './vocabulary.ts';

const names = vocabularyNames(sampleVocabulary);
/** Every unit of the published vocabulary: the seed's, the shares and the others news prints. */
const UNITS = sampleVocabulary.units.map((u) => u.unit);
const kindOf = (unit: string) =>
  unit === '%' ? { kind: 'percent' } : unit === '百分点' ? { kind: 'percentagePoints' } : {};

describe('formatMagnitude', () => {
  it.each([
    [3437600, '343.76万'],
    [70000000, '7000万'],
    [105, '105'],
    [12900, '12900'],
    [99999, '99999'],
    [100000, '10万'],
    [490000, '49万'],
    [112000, '11.2万'],
    [1234567, '123.4567万'],
    [150000000, '1.5亿'],
    [123456789, '1.23456789亿'],
    [11.2, '11.2'],
    [0, '0'],
  ])('writes %d as %s in Chinese', (value, text) => {
    expect(formatMagnitude(value, 'zh')).toBe(text);
  });

  it.each([
    [3437600, '3,437,600'],
    [70000000, '70 million'],
    [3500000, '3.5 million'],
    [1234567, '1,234,567'],
    [150000000, '150 million'],
    [2500000000, '2.5 billion'],
    [12900, '12,900'],
    [105, '105'],
    [11.2, '11.2'],
  ])('writes %d as %s in English', (value, text) => {
    expect(formatMagnitude(value, 'en')).toBe(text);
  });
});

describe('formatExactValue', () => {
  it.each([
    [3437600, '3,437,600'],
    [70000000, '70,000,000'],
    [105, '105'],
    [1234.5, '1,234.5'],
  ])('writes %d in full as %s', (value, text) => {
    expect(formatExactValue(value, 'zh')).toBe(text);
    expect(formatExactValue(value, 'en')).toBe(text);
  });

  it('keeps every digit of the value', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatExactValue(n, 'en').replaceAll(',', '')).toBe(String(n));
      }),
    );
  });
});

describe('formatFigureValue', () => {
  it.each([
    [3437600, '人', 'exact', '343.76万人', '3,437,600 people'],
    [70000000, '元', 'atLeast', '7000余万元', '70 million+ yuan'],
    [12900, '人', 'atLeast', '12900余人', '12,900+ people'],
    [20000, '人', 'atLeast', '20000余人', '20,000+ people'],
    [50, '项', 'atLeast', '50余项', '50+ items'],
    [490000, '人次', 'atLeast', '49余万人次', '490,000+ person-times'],
    [112000, '人次', 'atLeast', '11.2万余人次', '112,000+ person-times'],
    [3500, '场次', 'approx', '约3500场次', 'about 3,500 sessions'],
    [500, '件', 'atMost', '不足500件', 'under 500 items'],
    [1, '名', 'exact', '1名', '1 person'],
    [3500, '平方米', 'exact', '3500平方米', '3,500 m²'],
    [5525, '个', 'exact', '5525个', '5,525 units'],
    [7, '型', 'exact', '7型', '7 types'],
    [98.6, '%', 'exact', '98.6%', '98.6%'],
    [60, '%', 'atLeast', '60%以上', 'at least 60%'],
    [5, '%', 'atMost', '不足5%', 'under 5%'],
    [30, '%', 'approx', '约30%', 'about 30%'],
    [1.2, '百分点', 'exact', '1.2个百分点', '1.2 percentage points'],
    [1, '百分点', 'exact', '1个百分点', '1 percentage point'],
    [3.5, '百分点', 'atLeast', '3.5个百分点以上', 'at least 3.5 percentage points'],
  ] as const)('writes %d %s (%s) as %s and %s', (value, unit, qualifier, zh, en) => {
    expect(formatFigureValue({ value, unit, qualifier }, 'zh', names)).toBe(zh);
    expect(formatFigureValue({ value, unit, qualifier }, 'en', names)).toBe(en);
  });

  it.each([
    [7, 8, '个', '7–8个', '7–8 units'],
    [300000, 400000, '人', '30万–40万人', '300,000–400,000 people'],
    [50000000, 120000000, '元', '5000万–1.2亿元', '50 million–120 million yuan'],
    [5, 100000, '人', '5–100000人', '5–100,000 people'],
    [10, 20, '%', '10%–20%', '10–20%'],
    [1, 2, '百分点', '1–2个百分点', '1–2 percentage points'],
  ] as const)('writes the range %d to %d %s as %s and %s', (value, valueMax, unit, zh, en) => {
    const figure = { value, valueMax, unit, qualifier: 'range' as const };
    expect(formatFigureValue(figure, 'zh', names)).toBe(zh);
    expect(formatFigureValue(figure, 'en', names)).toBe(en);
  });

  it('writes a unit the vocabulary does not know as printed', () => {
    const figure = { value: 12, unit: '艘', qualifier: 'exact' as const };
    expect(formatFigureValue(figure, 'en', names)).toBe('12 艘');
  });

  it('never writes a bound as if it were exact', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 12 }), fc.constantFrom(...UNITS), (value, unit) => {
        const share = unit === '%' || unit === '百分点';
        const atLeast = { value, unit, qualifier: 'atLeast' as const };
        const atMost = { value, unit, qualifier: 'atMost' as const };
        expect(formatFigureValue(atLeast, 'zh', names)).toContain(share ? '以上' : '余');
        expect(formatFigureValue(atLeast, 'en', names)).toMatch(share ? /^at least / : /\+/);
        expect(formatFigureValue(atMost, 'zh', names)).toMatch(/^不足/);
        expect(formatFigureValue(atMost, 'en', names)).toMatch(/^under /);
      }),
    );
  });

  // Values as the data holds them: whole numbers, or decimals as printed (11.2, 343.76).
  const printedValue = fc
    .tuple(fc.nat({ max: 10 ** 12 }), fc.integer({ min: 0, max: 4 }), fc.nat({ max: 9999 }))
    .map(([int, places, frac]) =>
      places === 0 ? int : Number(`${int}.${String(frac).padStart(4, '0').slice(0, places)}`),
    );
  const BOUNDS = ['exact', 'atLeast', 'atMost', 'approx'] as const;

  it('gives back the value, qualifier and unit when the Chinese text is parsed', () => {
    fc.assert(
      fc.property(
        printedValue,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...BOUNDS),
        (value, unit, qualifier) => {
          const text = formatFigureValue({ value, unit, qualifier }, 'zh', names);
          expect(parseNumeral(text)).toEqual({ value, qualifier, unit, ...kindOf(unit) });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives back both ends of a range when the Chinese text is parsed', () => {
    fc.assert(
      fc.property(printedValue, printedValue, fc.constantFrom(...UNITS), (a, b, unit) => {
        fc.pre(a !== b);
        const [value, valueMax] = a < b ? [a, b] : [b, a];
        const text = formatFigureValue({ value, valueMax, unit, qualifier: 'range' }, 'zh', names);
        expect(parseNumeral(text)).toEqual({
          value,
          valueMax,
          qualifier: 'range',
          unit,
          ...kindOf(unit),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back the value when a Chinese magnitude is parsed', () => {
    fc.assert(
      fc.property(printedValue, (value) => {
        expect(parseNumeral(formatMagnitude(value, 'zh'))?.value).toBe(value);
      }),
    );
  });
});
