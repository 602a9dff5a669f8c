import type { Qualifier } from './dataset-schema.ts';
import { localeTag, type Locale } from './locale.ts';
import { PERCENT_UNIT, POINTS_UNIT, type VocabularyNames } from './vocabulary.ts';

/**
 * Number formatting for the interface, on `Intl.NumberFormat`, with our own thresholds on top.
 * Nothing is ever rounded: a shorter form is used only where it is exact, and a lower bound
 * always shows its 余 / "+".
 *
 * Chinese (`zh`), as the newspaper prints numbers: plain digits below 10万 (12900, 9773), 万 from
 * 10万 up (49万, 343.76万, 7000万), 亿 from 1亿 up (1.5亿), 万亿 from there; the decimals are
 * whatever the value has. No grouping commas, as the page prints none.
 *
 * English (`en`): grouped digits (3,437,600; 12,900), or `N million` / `N billion` /
 * `N trillion` when N needs at most two decimals (70 million, 3.5 million): exact and readable.
 */

/** Every digit a double holds, never an exponent: 1e21 → 1000000000000000000000. */
const ALL_DIGITS = { maximumFractionDigits: 20 } as const;

const formatters = new Map<string, Intl.NumberFormat>();
/** Formatters are costly to create and are asked for on every label: keep one per style. */
function formatter(locale: Locale, style: 'plain' | 'grouped' | 'compact'): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    const tag = localeTag(locale);
    format =
      style === 'compact'
        ? new Intl.NumberFormat(tag, {
            notation: 'compact',
            compactDisplay: 'long',
            maximumFractionDigits: 2,
          })
        : new Intl.NumberFormat(tag, { ...ALL_DIGITS, useGrouping: style === 'grouped' });
    formatters.set(key, format);
  }
  return format;
}

/** The English compact words start at a million; each is used only where it loses no digit. */
const ENGLISH_COMPACT_FROM = [1e12, 1e9, 1e6] as const;

function exactInEnglishCompact(abs: number): boolean {
  const size = ENGLISH_COMPACT_FROM.find((threshold) => abs >= threshold);
  // At most two decimals of the compact number: a whole multiple of size / 100.
  return size !== undefined && abs % (size / 100) === 0;
}

/** 万亿 from 10^12, 亿 from 10^8, 万 from 10万 (below it the page prints plain digits). */
const CHINESE_SCALES = [
  [1e12, 12, '万亿'],
  [1e8, 8, '亿'],
  [1e5, 4, '万'],
] as const;

/**
 * 3437600 → 343.76万: the decimal point moved in the digits themselves, because dividing the
 * double (as Intl's compact notation does) can turn 99999999.9999 into 0.9999999999999998亿.
 */
function chineseMagnitude(value: number): string {
  const plain = formatter('zh', 'plain').format(value);
  const scale = CHINESE_SCALES.find(([from]) => Math.abs(value) >= from);
  if (!scale) return plain;
  const [, places, word] = scale;
  const sign = plain.startsWith('-') ? '-' : '';
  const [int = '', fraction = ''] = plain.replace('-', '').split('.');
  const head = int.slice(0, int.length - places);
  const tail = `${int.slice(int.length - places)}${fraction}`.replace(/0+$/, '');
  return `${sign}${head}${tail ? `.${tail}` : ''}${word}`;
}

/**
 * The value with Chinese magnitudes (zh: 3437600 → 343.76万) or English ones (en: 3,437,600;
 * 70000000 → 70 million), never rounded.
 */
export function formatMagnitude(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (locale === 'zh') return chineseMagnitude(value);
  return formatter('en', exactInEnglishCompact(abs) ? 'compact' : 'grouped').format(value);
}

/** The full number with thousands grouping, for a hover or a table: 3437600 → 3,437,600. */
export function formatExactValue(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(locale, 'grouped').format(value);
}

/** What a figure's value needs to be written: its bounds, unit and qualifier. */
export type ValueParts = {
  value: number;
  valueMax?: number | undefined;
  unit: string;
  qualifier: Qualifier;
};

/** Where the English unit words come from: the dataset's vocabulary (`DatasetIndex`). */
export type UnitNames = Pick<VocabularyNames, 'unitName'>;

const SCALE_AT_END = /(?:万亿|万|亿)$/;

/** 7000余万 after a whole number, 11.2万余 after a decimal, 12900余 without a scale. */
function chineseLowerBound(magnitude: string): string {
  const scale = SCALE_AT_END.exec(magnitude)?.[0];
  if (!scale) return `${magnitude}余`;
  const mantissa = magnitude.slice(0, -scale.length);
  return mantissa.includes('.') ? `${mantissa}${scale}余` : `${mantissa}余${scale}`;
}

/** Both ends of a range in Chinese, never in a form the reader would scale: 5–10万 is 5万–10万. */
function chineseRange(value: number, valueMax: number): [string, string] {
  const low = formatMagnitude(value, 'zh');
  const high = formatMagnitude(valueMax, 'zh');
  return SCALE_AT_END.test(high) && !SCALE_AT_END.test(low)
    ? [low, formatter('zh', 'plain').format(valueMax)]
    : [low, high];
}

function formatChinese(figure: ValueParts): string {
  const { value, valueMax, unit, qualifier } = figure;
  const magnitude = formatMagnitude(value, 'zh');
  // Shares keep their sign next to the number; a point is counted: 1.2个百分点.
  const share = unit === PERCENT_UNIT || unit === POINTS_UNIT;
  const after = unit === POINTS_UNIT ? `个${unit}` : unit;
  switch (qualifier) {
    case 'exact':
      return `${magnitude}${after}`;
    case 'approx':
      return `约${magnitude}${after}`;
    case 'atMost':
      return `不足${magnitude}${after}`;
    case 'atLeast':
      return share ? `${magnitude}${after}以上` : `${chineseLowerBound(magnitude)}${after}`;
    case 'range': {
      const [low, high] = chineseRange(value, valueMax ?? value);
      return unit === PERCENT_UNIT ? `${low}%–${high}%` : `${low}–${high}${after}`;
    }
  }
}

function formatEnglish(figure: ValueParts, names: UnitNames): string {
  const { value, valueMax, unit, qualifier } = figure;
  const share = unit === PERCENT_UNIT || unit === POINTS_UNIT;
  const magnitude =
    qualifier === 'range'
      ? `${formatMagnitude(value, 'en')}–${formatMagnitude(valueMax ?? value, 'en')}`
      : formatMagnitude(value, 'en');
  const count = qualifier === 'range' ? (valueMax ?? value) : value;
  const word = names.unitName(unit, 'en', count);
  const amount =
    unit === PERCENT_UNIT ? `${magnitude}%` : word ? `${magnitude} ${word}` : magnitude;
  switch (qualifier) {
    case 'exact':
    case 'range':
      return amount;
    case 'approx':
      return `about ${amount}`;
    case 'atMost':
      return `under ${amount}`;
    case 'atLeast':
      // 70 million+ yuan; a share reads "at least 98.6%", as a trailing + would not.
      return share ? `at least ${amount}` : word ? `${magnitude}+ ${word}` : `${magnitude}+`;
  }
}

/**
 * A figure's value with its qualifier and unit, never shown as more certain than printed:
 * zh `343.76万人`, `7000余万元`, `11.2万余人次`, `约3500场次`, `不足500件`, `7–8个`, `30万–40万人`,
 * `98.6%`, `1.2个百分点`; en `3,437,600 people`, `70 million+ yuan`, `about 3,500 sessions`,
 * `under 500 items`, `7–8 units`, `98.6%`, `at least 98.6%`, `1.2 percentage points`. The Chinese
 * text reads back to the same value, qualifier and unit. English unit words come from `names`.
 */
export function formatFigureValue(figure: ValueParts, locale: Locale, names: UnitNames): string {
  return locale === 'zh' ? formatChinese(figure) : formatEnglish(figure, names);
}
