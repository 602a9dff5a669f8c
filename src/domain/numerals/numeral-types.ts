/** The shapes the numeral reader returns (src/domain/numerals/read-numerals.ts). */

/**
 * How a printed number relates to the true value: `exact`; `atLeast` (余/多/以上/超/超过/逾…);
 * `atMost` (不足/不到/低于/少于/不超过/以内/以下…); `approx` (约/约合/大约/近/左右/上下…);
 * `range` (七八个, 10—20人, 5至8万元), with the upper end in `valueMax`.
 */
export type NumeralQualifier = 'exact' | 'atLeast' | 'atMost' | 'approx' | 'range';

/** Percentages (98.6%, 百分之百, 6成) and percentage points (3.5个百分点) never mix with counts. */
export type NumeralKind = 'amount' | 'percent' | 'percentagePoints';

/**
 * `arabic`: one group of Arabic digits, followed at most by the scale words 千/万/亿 (343.76万,
 * 5千万, 1,200); `chinese`: Chinese numerals only; `mixed`: both, or Arabic digits in the Chinese
 * grammar (3万5千, 8千3百, 100万三千).
 */
export type NumeralScript = 'arabic' | 'chinese' | 'mixed';

export type NumeralMatch = {
  /** The whole expression as printed, from a leading qualifier word to a trailing one or the unit. */
  text: string;
  /** `[start, end)` of `text` in the input (UTF-16 indices). */
  start: number;
  end: number;
  /** `[numberStart, numberEnd)`: the number with its scale words and 余/多 (`7000余万`, `七`, `10—20`). */
  numberStart: number;
  numberEnd: number;
  /** `[numberStart, digitsEnd)`: the digits alone (`7000`, `343.76`, `七`). */
  digitsEnd: number;
  /** Where the qualifier words end: `numberEnd`, or after 以上/左右/以内… when the page adds one. */
  qualifierEnd: number;
  /** In base units: 1.2亿元 is 120000000, 98.6% is 98.6, 6成 is 60 (%); a range's lower end. */
  value: number;
  /** The upper end of a range (七八个 → 8); only when `qualifier` is `range`. */
  valueMax?: number;
  qualifier: NumeralQualifier;
  /** The word that sets the qualifier (余, 多, 以上, 超, 不足, 约, 左右, —, 至 …), if any. */
  qualifierWord?: string;
  /** The unit printed after the number (人, 人次, 平方米, %, 百分点 …), if one is known. */
  unit?: string;
  kind: NumeralKind;
  script: NumeralScript;
};

/** Why a numeral is no quantity. Each has an explanation in `EXCLUSION_EXPLANATIONS`. */
export type ExclusionReason =
  | 'year'
  | 'date'
  | 'time'
  | 'timeSpan'
  | 'ordinal'
  | 'name'
  | 'code'
  | 'idiom'
  | 'vague'
  | 'rate'
  | 'fraction';

export type ExcludedNumeral = {
  /** The words that make it no quantity (`2023年`, `第一`, `于一体`, `十几`), as printed. */
  text: string;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  reason: ExclusionReason;
  explanation: string;
  /**
   * How the numeral reads as a quantity, where it reads as one at all (a vague word or a fraction
   * does not): an editor who knows better may still state it as a figure.
   */
  reading?: NumeralMatch;
};

export type NumeralReading = {
  /** The quantities, in text order. */
  quantities: NumeralMatch[];
  /** The numerals that are no quantity, in text order, each with its reason. */
  excluded: ExcludedNumeral[];
};

export type ReadOptions = {
  /**
   * The units recognised after a number, matched longest first. Default: `KNOWN_UNITS`, a broad
   * list of the measure words and units of Chinese news.
   */
  units?: readonly string[];
};
