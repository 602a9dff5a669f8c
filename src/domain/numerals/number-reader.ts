import {
  CHINESE_DIGITS,
  foldDigits,
  isArabicDigit,
  isChineseDigit,
  isSpace,
  PLACES,
  SCALES,
  skipSpace,
} from './digits.ts';
import { rangeOf, valueOf, type DigitToken, type Token } from './number-grammar.ts';
import type { NumeralScript } from './numeral-types.ts';

/** The number part of a quantity: digits, places, scales and an inner 余/多, with its value. */
export type NumberCore = {
  start: number;
  /** After the last token read, 余/多 and closing scales included. */
  end: number;
  /** After the digits alone: the Arabic group, or the Chinese numeral before 余/多. */
  digitsEnd: number;
  value: number;
  /** Set for a range of two neighbouring digits (七八, 三四十万). */
  valueMax?: number;
  script: NumeralScript;
  /** 余 or 多 inside the number (7000余万, 三十多). */
  moreWord?: string;
  /** No digit at all: a bare place or scale (百, 千, 万, 千万). */
  bare: boolean;
  /** A run of Chinese digits without places, read digit by digit (二〇二三). */
  digitByDigit: boolean;
  /** The Arabic digits as printed, folded (for years, codes and leading zeros). */
  arabicDigits?: string;
  /** One digit group followed only by places and scales (8万, 四百万, 3.5万): its parts. */
  lead?: { value: number; exponent: number };
  tokens: readonly Token[];
};

/** Says whether a unit starts at `i`, so 千 of 500千伏 or 120万千瓦 is read as part of the unit. */
export type UnitProbe = (text: string, i: number) => boolean;

const MORE_WORDS = '余多';

/** Reads Arabic digits with a decimal part and thousands groups of exactly three (1,200; 12,900). */
function readArabic(text: string, i: number): DigitToken {
  let j = i;
  while (isArabicDigit(text[j])) j++;
  // Only an ASCII comma groups thousands, after a first group of one to three digits: 3，5 with a
  // full-width comma, or 1,2, is a list of two numbers.
  if (j - i <= 3) {
    while (
      text[j] === ',' &&
      [1, 2, 3].every((k) => isArabicDigit(text[j + k])) &&
      !isArabicDigit(text[j + 4])
    ) {
      j += 4;
    }
  }
  let decimal = false;
  if ((text[j] === '.' || text[j] === '．') && isArabicDigit(text[j + 1])) {
    decimal = true;
    j++;
    while (isArabicDigit(text[j])) j++;
  }
  const digits = foldDigits(text.slice(i, j)).replaceAll(',', '');
  return {
    kind: 'digit',
    digits,
    value: Number(digits),
    arabic: true,
    decimal,
    zero: false,
    start: i,
    end: j,
  };
}

/** Splits the characters at `i` into number tokens, as far as they can belong to one number. */
function tokenize(text: string, i: number, unitAt: UnitProbe): Token[] {
  const tokens: Token[] = [];
  let j = i;
  const last = () => tokens[tokens.length - 1];
  const arabicBefore = () => tokens.some((t) => t.kind === 'digit' && t.arabic);
  for (;;) {
    const ch = text[j] ?? '';
    const prev = last();
    if (isArabicDigit(ch)) {
      if (prev && prev.kind !== 'place' && prev.kind !== 'scale') break;
      const token = readArabic(text, j);
      tokens.push(token);
      j = token.end;
    } else if (isChineseDigit(ch)) {
      if (
        (prev?.kind === 'digit' && prev.arabic) ||
        prev?.kind === 'more' ||
        prev?.kind === 'point'
      )
        break;
      const value = CHINESE_DIGITS[ch] ?? 0;
      tokens.push({
        kind: 'digit',
        digits: ch,
        value,
        arabic: false,
        decimal: false,
        zero: value === 0,
        start: j,
        end: j + 1,
      });
      j++;
    } else if (PLACES[ch] !== undefined || SCALES[ch] !== undefined) {
      if (unitAt(text, j)) break;
      if (prev?.kind === 'more' && SCALES[ch] === undefined) break;
      const kind = SCALES[ch] !== undefined ? 'scale' : 'place';
      tokens.push({ kind, size: SCALES[ch] ?? PLACES[ch] ?? 0, start: j, end: j + 1 });
      j++;
    } else if (
      ch === '点' &&
      prev &&
      prev.kind !== 'more' &&
      prev.kind !== 'point' &&
      !arabicBefore()
    ) {
      let k = j + 1;
      while (isChineseDigit(text[k]) && text[k] !== '两' && text[k] !== '兩') k++;
      // 九点五十分 is a time, not 9.5 and 十分: a decimal's digits are never followed by a place.
      if (k === j + 1 || PLACES[text[k] ?? ''] !== undefined) break;
      const fraction = [...text.slice(j + 1, k)].map((c) => CHINESE_DIGITS[c]).join('');
      tokens.push({ kind: 'point', fraction, start: j, end: k });
      j = k;
    } else if (
      ch !== '' &&
      MORE_WORDS.includes(ch) &&
      prev &&
      !tokens.some((t) => t.kind === 'more')
    ) {
      tokens.push({ kind: 'more', word: ch, start: j, end: j + 1 });
      j++;
    } else if (isSpace(ch) && arabicBefore()) {
      // The page sets spaces between digits and 余/万/亿 at will (343.76 万, 12900 余人).
      const k = skipSpace(text, j);
      const next = text[k] ?? '';
      const joins =
        next !== '' && (MORE_WORDS.includes(next) || SCALES[next] !== undefined || next === '千');
      if (!joins) break;
      if (PLACES[next] !== undefined && unitAt(text, k)) break;
      j = k;
    } else break;
  }
  return tokens;
}

const scriptOf = (tokens: readonly Token[]): NumeralScript => {
  const digits = tokens.filter((t): t is DigitToken => t.kind === 'digit');
  if (digits.every((t) => !t.arabic)) return 'chinese';
  const [first] = tokens;
  const single = digits.length === 1 && first?.kind === 'digit';
  const onlyScales = tokens.every((t) => t.kind !== 'place' || t.size === 1000);
  return single && onlyScales ? 'arabic' : 'mixed';
};

function leadOf(tokens: readonly Token[]): NumberCore['lead'] {
  const [first, ...rest] = tokens.filter((t) => t.kind !== 'more');
  if (first?.kind !== 'digit') return undefined;
  let exponent = 0;
  for (const t of rest) {
    if (t.kind !== 'place' && t.kind !== 'scale') return undefined;
    exponent += Math.log10(t.size);
  }
  return { value: first.value, exponent };
}

/**
 * Reads the number that starts at `i`: the longest prefix of its tokens that is one well-formed
 * number (or a range of neighbouring digits). Null when no number starts there.
 */
export function readNumberCore(text: string, i: number, unitAt: UnitProbe): NumberCore | null {
  const tokens = tokenize(text, i, unitAt);
  for (let k = tokens.length; k > 0; k--) {
    const prefix = tokens.slice(0, k);
    const range = rangeOf(prefix);
    const value = range ? range.value : valueOf(prefix);
    if (value === null) continue;
    const more = prefix.find((t) => t.kind === 'more');
    const digitTokens = prefix.filter((t): t is DigitToken => t.kind === 'digit');
    const script = scriptOf(prefix);
    const beforeMore = more ? prefix.slice(0, prefix.indexOf(more)) : prefix;
    const lastDigit = [...prefix].reverse().find((t) => t.kind === 'digit' || t.kind === 'point');
    const digitsEnd =
      script === 'chinese' ? (beforeMore[beforeMore.length - 1]?.end ?? i) : (lastDigit?.end ?? i);
    const arabic = digitTokens.find((t) => t.arabic);
    const lead = leadOf(prefix);
    return {
      start: i,
      end: prefix[k - 1]?.end ?? i,
      digitsEnd,
      value,
      ...(range ? { valueMax: range.valueMax } : {}),
      script,
      ...(more?.kind === 'more' ? { moreWord: more.word } : {}),
      bare: digitTokens.length === 0,
      digitByDigit: !range && digitTokens.length > 1 && digitTokens.length === prefix.length,
      ...(arabic ? { arabicDigits: text.slice(arabic.start, arabic.end) } : {}),
      ...(lead ? { lead } : {}),
      tokens: prefix,
    };
  }
  return null;
}

/**
 * Reads a string that is exactly one number as the reader reads the number part of a quantity:
 * Chinese numerals with 零, 两 and colloquial endings (三万五), 点 decimals, Arabic digits mixed
 * with places and scales (3万5千). Null for anything else, ranges (七八) included.
 */
export function parseChineseNumber(text: string): number | null {
  const core = readNumberCore(text, 0, () => false);
  if (!core || core.end !== text.length || core.valueMax !== undefined || core.moreWord)
    return null;
  return core.value;
}
