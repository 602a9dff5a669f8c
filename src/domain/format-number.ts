import type { Qualifier } from './dataset-schema.ts';
import { unitLabel } from './labels.ts';
import { localeTag, type Locale } from './locale.ts';

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
            ...(locale === 'en' ? { maximumFractionDigits: 2 } : ALL_DIGITS),
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

/**
 * The value with Chinese magnitudes (zh: 3437600 → 343.76万) or English ones (en: 3,437,600;
 * 70000000 → 70 million), never rounded.
 */
export function formatMagnitude(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (locale === 'zh') return formatter('zh', abs >= 1e5 ? 'compact' : 'plain').format(value);
  return formatter('en', exactInEnglishCompact(abs) ? 'compact' : 'grouped').format(value);
}

/** The full number with thousands grouping, for a hover or a table: 3437600 → 3,437,600. */
export function formatExactValue(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(locale, 'grouped').format(value);
}

/**
 * A figure's value with its qualifier and unit: zh `343.76万人`, `7000余万元`, `12900余人`,
 * `11.2万余人次`, `约3500场次`; en `3,437,600 people`, `70 million+ yuan`, `about 3,500 sessions`.
 * In Chinese 余 goes before 万/亿 after a whole number (7000余万) and after it otherwise (11.2万余).
 */
export function formatFigureValue(
  figure: { value: number; unit: string; qualifier: Qualifier },
  locale: Locale,
): string {
  const magnitude = formatMagnitude(figure.value, locale);
  if (locale === 'zh') {
    const unit = unitLabel(figure.unit, 'zh');
    if (figure.qualifier === 'approx') return `约${magnitude}${unit}`;
    if (figure.qualifier === 'exact') return `${magnitude}${unit}`;
    const scale = /(?:万亿|万|亿)$/.exec(magnitude)?.[0];
    if (!scale) return `${magnitude}余${unit}`;
    const mantissa = magnitude.slice(0, -scale.length);
    return mantissa.includes('.') ? `${mantissa}${scale}余${unit}` : `${mantissa}余${scale}${unit}`;
  }
  const unit = unitLabel(figure.unit, 'en', figure.value);
  const amount =
    figure.qualifier === 'atLeast'
      ? `${magnitude}+`
      : figure.qualifier === 'approx'
        ? `about ${magnitude}`
        : magnitude;
  return unit ? `${amount} ${unit}` : amount;
}
