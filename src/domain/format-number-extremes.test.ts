import fc from 'fast-check';
import { parseNumeral } from './chinese-number.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';
import { formatExactValue, formatFigureValue, formatMagnitude } from './format-number.ts';
import { vocabularyNames } from './vocabulary.ts';

const names = vocabularyNames(sampleVocabulary);

// The schema accepts any finite value ≥ 0; the printed ones stop near 10^8. Up to 10^15 every
// integer is exact in a double, so nothing may be lost or rounded on the way to the screen.
const upTo1e15 = fc.oneof(fc.nat({ max: 10 ** 15 }), fc.constantFrom(0, 10 ** 15, 10 ** 15 - 1));

describe('formatting values up to 10^15', () => {
  it('never writes an exponent, NaN or Infinity', () => {
    fc.assert(
      fc.property(
        upTo1e15,
        fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
        (n, locale) => {
          for (const text of [formatMagnitude(n, locale), formatExactValue(n, locale)]) {
            expect(text).not.toMatch(/e[+-]?\d|NaN|Infinity/i);
          }
        },
      ),
    );
  });

  it('gives back every value from the Chinese text of an exact figure', () => {
    fc.assert(
      fc.property(upTo1e15, (value) => {
        const text = formatFigureValue({ value, unit: '元', qualifier: 'exact' }, 'zh', names);
        expect(parseNumeral(text)).toEqual({ value, unit: '元', qualifier: 'exact' });
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every digit in the full form', () => {
    fc.assert(
      fc.property(upTo1e15, (n) => {
        expect(formatExactValue(n, 'zh').replaceAll(',', '')).toBe(String(n));
      }),
    );
  });
});
