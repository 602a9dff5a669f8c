import fc from 'fast-check';
import { parseNumeral } from './chinese-number.ts';
import { qualifierSchema, unitSchema } from './dataset-schema.ts';
import { formatExactValue, formatFigureValue, formatMagnitude } from './format-number.ts';

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
    [50, '项', 'atLeast', '50余项', '50+ items'],
    [490000, '人次', 'atLeast', '49余万人次', '490,000+ person-times'],
    [112000, '人次', 'atLeast', '11.2万余人次', '112,000+ person-times'],
    [3500, '场次', 'approx', '约3500场次', 'about 3,500 sessions'],
    [1, '名', 'exact', '1名', '1 person'],
    [3500, '平方米', 'exact', '3500平方米', '3,500 m²'],
    [5525, '个', 'exact', '5525个', '5,525 units'],
    [7, '型', 'exact', '7型', '7 types'],
  ] as const)('writes %d %s (%s) as %s and %s', (value, unit, qualifier, zh, en) => {
    expect(formatFigureValue({ value, unit, qualifier }, 'zh')).toBe(zh);
    expect(formatFigureValue({ value, unit, qualifier }, 'en')).toBe(en);
  });

  it('never writes a lower bound as if it were exact', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10 ** 12 }),
        fc.constantFrom(...unitSchema.options),
        (value, unit) => {
          expect(formatFigureValue({ value, unit, qualifier: 'atLeast' }, 'zh')).toContain('余');
          expect(formatFigureValue({ value, unit, qualifier: 'atLeast' }, 'en')).toContain('+');
        },
      ),
    );
  });

  // Values as the data holds them: whole numbers, or decimals as printed (11.2, 343.76).
  const printedValue = fc
    .tuple(fc.nat({ max: 10 ** 12 }), fc.integer({ min: 0, max: 4 }), fc.nat({ max: 9999 }))
    .map(([int, places, frac]) =>
      places === 0 ? int : Number(`${int}.${String(frac).padStart(4, '0').slice(0, places)}`),
    );

  it('gives back the value, qualifier and unit when the Chinese text is parsed', () => {
    fc.assert(
      fc.property(
        printedValue,
        fc.constantFrom(...unitSchema.options),
        fc.constantFrom(...qualifierSchema.options),
        (value, unit, qualifier) => {
          const text = formatFigureValue({ value, unit, qualifier }, 'zh');
          expect(parseNumeral(text)).toEqual({ value, qualifier, unit });
        },
      ),
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
