/**
 * Reads numbers as Chinese newspapers print them: Arabic digits (half- or full-width, with
 * decimals), Chinese numerals (七, 十二, 二十, 一百零五, 两千, 二〇二三), the scale words 万 and 亿
 * (also 千 after Arabic digits: 5千万), and the qualifier words that make a number a bound or an
 * estimate. Whitespace may sit between the parts (`343.76 万`, `12900 余人`), as the page prints it.
 */

export type NumeralQualifier = 'exact' | 'atLeast' | 'approx';

export type NumeralMatch = {
  /** The whole expression as printed, from a leading qualifier word to a trailing one or the unit. */
  text: string;
  /** `[start, end)` of `text` in the input. */
  start: number;
  end: number;
  /** `[numberStart, numberEnd)`: the number with its scale words and 余/多 (`7000余万`, `七`). */
  numberStart: number;
  numberEnd: number;
  /** `[numberStart, digitsEnd)`: the digits alone (`7000`, `343.76`, `七`). */
  digitsEnd: number;
  /** Where the qualifier words end: `numberEnd`, or after 以上/左右 when the page adds one. */
  qualifierEnd: number;
  value: number;
  qualifier: NumeralQualifier;
  /** The word that sets the qualifier (余, 多, 以上, 超过, 逾, 约, 近, 左右 …), if any. */
  qualifierWord?: string;
  /** A unit printed right after the number (人, 人次, 平方米 …), if one from `KNOWN_UNITS` is there. */
  unit?: string;
  script: 'arabic' | 'chinese';
};

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['十', 10],
];
/** Every character that can be part of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/** Scale words after Arabic digits, as powers of ten. */
const ARABIC_SCALES: Readonly<Record<string, number>> = { 千: 3, 万: 4, 亿: 8 };
const AT_LEAST_AFTER = ['余', '多'];
const PREFIX_WORDS: ReadonlyArray<readonly [string, NumeralQualifier]> = [
  ['超过', 'atLeast'],
  ['逾', 'atLeast'],
  ['大约', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['约', 'approx'],
  ['近', 'approx'],
];
/**
 * 约 and 近 end many words that are no qualifier: 签约 343.76 万人 is an exact count of people
 * under contract, 最近 or 附近 say when or where. Those first characters cancel the qualifier.
 */
const NOT_A_QUALIFIER_AFTER: Readonly<Record<string, string>> = {
  约: '签合预条节制履违公特邀相契简隐婚毁爽践解续守誓立',
  近: '最附靠邻就亲贴走临逼拉新远',
};
const SUFFIX_WORDS: ReadonlyArray<readonly [string, NumeralQualifier]> = [
  ['以上', 'atLeast'],
  ['左右', 'approx'],
];
/** Units recognised after a number (longest first when matching), a superset of the data's units. */
export const KNOWN_UNITS =
  '平方公里 平方米 人次 场次 公里 人 次 场 个 项 名 家 户 元 亩 型 所 位 条 种 类 批 件 处 座 米 吨'
    .split(' ')
    .sort((a, b) => b.length - a.length);

/** Folds full-width digits and the full-width point to ASCII; leaves everything else alone. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function parseSmallOrBig(s: string, level: number, leading: boolean): number | null {
  if (s === '') return null;
  const unit = UNITS[level];
  if (!unit) {
    // Only a single digit is left: 零 stands alone only as the whole numeral.
    if (s.length !== 1) return null;
    const digit = DIGITS[s];
    if (digit === undefined || (digit === 0 && !leading)) return null;
    return digit;
  }
  const [word, size] = unit;
  const at = s.indexOf(word);
  if (at < 0) return parseSmallOrBig(s, level + 1, leading);
  const headText = s.slice(0, at);
  let head: number | null;
  if (headText === '') head = leading ? 1 : null;
  else if (size >= 1e4) head = parseSmallOrBig(headText, size === 1e8 ? 1 : 2, leading);
  else head = headText.length === 1 && DIGITS[headText] ? (DIGITS[headText] ?? null) : null;
  if (head === null || head === 0) return null;
  const tail = s.slice(at + 1);
  if (tail === '') return head * size;
  const zero = tail[0] === '零' || tail[0] === '〇';
  const rest = parseSmallOrBig(zero ? tail.slice(1) : tail, level + 1, false);
  if (rest === null || rest >= size) return null;
  // Without 零 the next place must follow directly (一千五百); with 零 a place is skipped (一千零五).
  // Colloquial shortenings (一百五 for 150) are refused rather than misread as 105.
  if (zero ? rest >= size / 10 : rest < size / 10) return null;
  return head * size + rest;
}

/**
 * Reads a whole string of Chinese numeral characters (七, 十二, 二十, 一百零五, 三万五千, 两亿,
 * 二〇二三). Returns null when the string is not one well-formed numeral.
 */
export function parseChineseInteger(text: string): number | null {
  if (text === '' || [...text].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return null;
  if (!/[十百千万亿]/.test(text)) {
    if (text.length === 1) return DIGITS[text] ?? null;
    // A string of digits without places is read digit by digit, as years are printed (二〇二三).
    if (text.includes('两')) return null;
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  return parseSmallOrBig(text, 0, true);
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

/** Multiplies a decimal string by 10^exponent exactly, then converts it once. */
function scaleDecimal(digits: string, exponent: number): number {
  const [int = '0', frac = ''] = digits.split('.');
  const shifted = frac.length <= exponent;
  const all = int + frac.padEnd(exponent, '0');
  const pointAt = int.length + exponent;
  return Number(shifted ? all : `${all.slice(0, pointAt)}.${all.slice(pointAt)}`);
}

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

function skipSpace(text: string, i: number): number {
  let j = i;
  while (isSpace(text[j])) j++;
  return j;
}

function startsWithAt(text: string, i: number, words: ReadonlyArray<string>): string | undefined {
  return words.find((w) => text.startsWith(w, i));
}

/** Reads the number that starts at `i` (digits or Chinese numeral characters). */
function readNumber(text: string, i: number) {
  if (isDigit(text[i])) {
    let j = i;
    while (isDigit(text[j])) j++;
    if ((text[j] === '.' || text[j] === '．') && isDigit(text[j + 1])) {
      j++;
      while (isDigit(text[j])) j++;
    }
    return { end: j, digits: foldDigits(text.slice(i, j)), script: 'arabic' as const };
  }
  let runEnd = i;
  while (runEnd < text.length && CHINESE_NUMERAL_CHARS.includes(text[runEnd] ?? '')) runEnd++;
  // The longest well-formed numeral wins; every single character is one, so this always advances.
  for (let j = runEnd; j > i; j--) {
    const value = parseChineseInteger(text.slice(i, j));
    if (value !== null) return { end: j, value, script: 'chinese' as const };
  }
  return null;
}

/** Finds every numeral in `text`, left to right, with its value, qualifier and unit. */
export function findNumerals(text: string): NumeralMatch[] {
  const matches: NumeralMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!isDigit(ch) && !CHINESE_NUMERAL_CHARS.includes(ch)) {
      i++;
      continue;
    }
    const number = readNumber(text, i);
    if (!number) {
      i++;
      continue;
    }
    const match = completeMatch(text, i, number);
    matches.push(match);
    i = match.numberEnd;
  }
  return matches;
}

function completeMatch(
  text: string,
  numberStart: number,
  number: NonNullable<ReturnType<typeof readNumber>>,
): NumeralMatch {
  let qualifier: NumeralQualifier = 'exact';
  let qualifierWord: string | undefined;
  let exponent = 0;
  let numberEnd = number.end;
  // After the digits: 余/多 and (after Arabic digits) scale words, in either order (7000余万, 49万余).
  for (;;) {
    const j = skipSpace(text, numberEnd);
    const ch = text[j] ?? '';
    if (number.script === 'arabic' && ARABIC_SCALES[ch] !== undefined) {
      exponent += ARABIC_SCALES[ch] ?? 0;
      numberEnd = j + 1;
    } else if (!qualifierWord && AT_LEAST_AFTER.includes(ch)) {
      qualifier = 'atLeast';
      qualifierWord = ch;
      numberEnd = j + 1;
    } else break;
  }
  let start = numberStart;
  let before = numberStart;
  while (isSpace(text[before - 1])) before--;
  for (const [word, q] of PREFIX_WORDS) {
    const head = text.slice(0, before);
    // 不超过 is an upper bound, which the data contract has no qualifier for: leave it exact.
    const wordBefore = head.slice(-word.length - 1, -word.length);
    const partOfWord = wordBefore !== '' && NOT_A_QUALIFIER_AFTER[word]?.includes(wordBefore);
    if (!qualifierWord && head.endsWith(word) && !partOfWord && !head.endsWith(`不${word}`)) {
      qualifier = q;
      qualifierWord = word;
      start = before - word.length;
      break;
    }
  }
  let end = numberEnd;
  let qualifierEnd = numberEnd;
  const unitAt = skipSpace(text, numberEnd);
  const unit = startsWithAt(text, unitAt, KNOWN_UNITS);
  if (unit) end = unitAt + unit.length;
  const suffixAt = skipSpace(text, end);
  const suffix = startsWithAt(
    text,
    suffixAt,
    SUFFIX_WORDS.map(([w]) => w),
  );
  if (suffix && !qualifierWord) {
    qualifier = SUFFIX_WORDS.find(([w]) => w === suffix)?.[1] ?? 'exact';
    qualifierWord = suffix;
    end = suffixAt + suffix.length;
    qualifierEnd = end;
  }
  const value = number.script === 'arabic' ? scaleDecimal(number.digits, exponent) : number.value;
  return {
    text: text.slice(start, end),
    start,
    end,
    numberStart,
    numberEnd,
    digitsEnd: number.end,
    qualifierEnd,
    value,
    qualifier,
    ...(qualifierWord ? { qualifierWord } : {}),
    ...(unit ? { unit } : {}),
    script: number.script,
  };
}

export type ParsedNumeral = {
  value: number;
  qualifier: NumeralQualifier;
  unit?: string;
};

/**
 * Reads a string that is exactly one printed quantity, such as `343.76 万`, `12900 余人`,
 * `7000余万元`, `约3500`, `50人以上`, `七`. Returns null for anything else, including text
 * around the numeral or two numerals.
 */
export function parseNumeral(input: string): ParsedNumeral | null {
  const text = input.trim();
  const matches = findNumerals(text);
  const [only] = matches;
  if (matches.length !== 1 || !only || only.start !== 0 || only.end !== text.length) return null;
  return {
    value: only.value,
    qualifier: only.qualifier,
    ...(only.unit ? { unit: only.unit } : {}),
  };
}
