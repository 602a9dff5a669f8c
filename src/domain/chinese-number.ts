/**
 * Reads numbers as Chinese newspapers print them. This module is the stable door to the reader in
 * `numerals/`: `findNumerals` and `parseNumeral` for quantities in text, `parseChineseInteger` and
 * `formatChineseInteger` for numerals alone; `readNumerals` (numerals/read-numerals.ts) also
 * returns the numerals that are no quantity, with their reasons. See
 * docs/decisions/010-reading-chinese-quantities.md.
 */
import { CHINESE_DIGITS, isChineseNumeralChar, PLACES, SCALES } from './numerals/digits.ts';
import { integerOf, type Token } from './numerals/number-grammar.ts';
import type {
  NumeralKind,
  NumeralMatch,
  NumeralQualifier,
  ReadOptions,
} from './numerals/numeral-types.ts';
import { readNumerals } from './numerals/read-numerals.ts';

// The names other modules have always imported from here.
export { CHINESE_NUMERAL_CHARS, foldDigits } from './numerals/digits.ts';
export { KNOWN_UNITS } from './numerals/units.ts';
export type { NumeralKind, NumeralMatch, NumeralQualifier } from './numerals/numeral-types.ts';

/**
 * Reads a whole string of Chinese numeral characters (七, 十二, 一百零五, 一千零十, 三万五千, 两亿,
 * 二〇二三, and the colloquial 三万五 = 35000, 一百二 = 120). Returns null when the string is not
 * one well-formed numeral (十十, 一百零五十, 零万) or holds any other character.
 */
export function parseChineseInteger(text: string): number | null {
  if (text === '' || [...text].some((ch) => !isChineseNumeralChar(ch))) return null;
  const tokens: Token[] = [...text].map((ch, i): Token => {
    const digit = CHINESE_DIGITS[ch];
    if (digit !== undefined) {
      return {
        kind: 'digit',
        digits: ch,
        value: digit,
        arabic: false,
        decimal: false,
        zero: digit === 0,
        start: i,
        end: i + 1,
      };
    }
    const scale = SCALES[ch];
    return scale !== undefined
      ? { kind: 'scale', size: scale, start: i, end: i + 1 }
      : { kind: 'place', size: PLACES[ch] ?? 0, start: i, end: i + 1 };
  });
  return integerOf(tokens);
}

const CHINESE_DIGIT_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function formatSection(n: number, padZero: boolean): string {
  // n < 10000; padZero writes the leading 零 that a lower section needs (一万零五).
  const places = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = padZero;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${CHINESE_DIGIT_WORDS[d]}${places[i]}`;
  });
  return out;
}

function formatBelow1e8(n: number, padZero: boolean): string {
  const high = Math.floor(n / 1e4);
  const low = n % 1e4;
  let out = high > 0 ? `${formatSection(high, padZero)}万` : '';
  if (low > 0) out += formatSection(low, high > 0 ? low < 1000 : padZero);
  return out;
}

/** Writes a non-negative safe integer in Chinese numerals (105 → 一百零五, 12 → 十二). */
export function formatChineseInteger(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`not a safe non-negative integer: ${n}`);
  if (n === 0) return '零';
  const high = Math.floor(n / 1e8);
  const low = n % 1e8;
  let out = high > 0 ? `${formatBelow1e8(high, false)}亿` : '';
  if (low > 0) out += formatBelow1e8(low, high > 0 && low < 1e7);
  // 一十二 is written 十二 at the start of a numeral.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/**
 * Finds every quantity in `text`, left to right, with its value, qualifier, unit and kind. Years,
 * dates, ordinals, names, codes, idioms and vague words are left out; `readNumerals` lists them.
 */
export function findNumerals(text: string, options?: ReadOptions): NumeralMatch[] {
  return readNumerals(text, options).quantities;
}

export type ParsedNumeral = {
  value: number;
  qualifier: NumeralQualifier;
  unit?: string;
  /** Only for a share: `percent` or `percentagePoints` (an amount leaves it out). */
  kind?: Exclude<NumeralKind, 'amount'>;
  /** Only for a range: its upper end. */
  valueMax?: number;
};

/**
 * Reads a string that is exactly one printed quantity, such as `343.76 万`, `12900 余人`,
 * `7000余万元`, `约3500`, `50人以上`, `七`, `98.6%`, `七八个`. Returns null for anything else:
 * text around the numeral, two numerals, or a numeral that is no quantity (`2023年`, `第一`).
 */
export function parseNumeral(input: string): ParsedNumeral | null {
  const text = input.trim();
  const { quantities, excluded } = readNumerals(text);
  const [only] = quantities;
  if (quantities.length !== 1 || excluded.length > 0 || !only) return null;
  if (only.start !== 0 || only.end !== text.length) return null;
  return {
    value: only.value,
    qualifier: only.qualifier,
    ...(only.unit ? { unit: only.unit } : {}),
    ...(only.kind !== 'amount' ? { kind: only.kind } : {}),
    ...(only.valueMax !== undefined ? { valueMax: only.valueMax } : {}),
  };
}
