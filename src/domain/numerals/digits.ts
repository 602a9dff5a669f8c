/**
 * The characters numbers are written with, and what each is worth. Traditional forms that a
 * mainland page may still carry in a quoted name (萬, 億, 兩) read as their simplified twins;
 * the financial capitals (壹, 贰, 陆, 伍, 拾 …) do not, because 陆, 伍 and 拾 are ordinary words in
 * news prose (大陆, 队伍, 拾金不昧) and no municipal article prints a cheque amount.
 */

/** Chinese digits, 〇 and 零 included. 两 is 2 wherever a digit may stand. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十, 百, 千: places inside a section of four digits. */
export const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 万 and 亿 (萬, 億): the scales that close a section. */
export const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Every character that can be part of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿兩萬億';

/** A digit 0–9, half- or full-width. */
export const isArabicDigit = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));

/** 〇, 零, 一 … 九, 两 (and 兩). */
export const isChineseDigit = (ch: string | undefined): boolean =>
  ch !== undefined && CHINESE_DIGITS[ch] !== undefined;

/** Any character of `CHINESE_NUMERAL_CHARS`: a digit, a place or a scale. */
export const isChineseNumeralChar = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== '' && CHINESE_NUMERAL_CHARS.includes(ch);

const NUMERAL_CODES = new Set([...CHINESE_NUMERAL_CHARS].map((ch) => ch.charCodeAt(0)));

/**
 * Whether the UTF-16 code at `i` can start a number (a digit in either width or a Chinese
 * numeral character). By code, not by character: the reader asks it of every character.
 */
export function startsNumberAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || NUMERAL_CODES.has(code)
  );
}

// Character tests compare codes rather than run a regular expression per character: the reader
// asks them for every character of an article.
const WHITESPACE = /\s/;
/** Whitespace, as `\s` means it (the page sets spaces and line breaks inside numbers). */
export const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0x85 && (code === 0x3000 || WHITESPACE.test(ch));
};

/** A Han character (CJK unified ideographs), the kind of character words are made of. */
export const isHan = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

/** An ASCII or full-width Latin letter (5G, G20, 4A级, PM2.5). */
export const isLatinLetter = (ch: string | undefined): boolean =>
  ch !== undefined &&
  ((ch >= 'A' && ch <= 'Z') ||
    (ch >= 'a' && ch <= 'z') ||
    (ch >= 'Ａ' && ch <= 'Ｚ') ||
    (ch >= 'ａ' && ch <= 'ｚ'));

/** Folds full-width digits and the full-width point to ASCII; leaves everything else alone. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The first index at or after `i` that is not whitespace. */
export function skipSpace(text: string, i: number): number {
  let j = i;
  while (isSpace(text[j])) j++;
  return j;
}

/** The index after the last non-whitespace character before `i`. */
export function skipSpaceBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpace(text[j - 1])) j--;
  return j;
}
