import type { Qualifier } from './dataset-schema.ts';
import { unitLabel } from './labels.ts';

/**
 * Number formatting for the interface. Nothing is ever rounded: a shorter form is used only where
 * it is exact, and a lower bound always shows its 余 / "+".
 *
 * Chinese (`zh`), as the newspaper prints numbers: plain digits below 10万 (12900, 9773), 万 from
 * 10万 up (49万, 343.76万, 7000万), 亿 from 1亿 up (1.5亿); the decimals are whatever the value
 * has. No grouping commas, as the page prints none.
 *
 * English (`en`): grouped digits (3,437,600; 12,900), or `N million` / `N billion` when N needs
 * at most two decimals (70 million, 3.5 million, 1.25 billion): exact and readable.
 */
export type Locale = 'zh' | 'en';

/** The exact decimal digits of a finite number (no exponent): 1e21 → "1000000000000000000000". */
function plainDigits(value: number): string {
  const text = String(Math.abs(value));
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, int = '', frac = '', exp = '0'] = match;
  return shiftPoint(`${int}.${frac}`, Number(exp));
}

/** Moves the decimal point of a plain decimal string by `places` (negative: to the left). */
function shiftPoint(digits: string, places: number): string {
  const [int = '0', frac = ''] = digits.split('.');
  const all = int + frac;
  const point = int.length + places;
  const padded = point <= 0 ? '0'.repeat(1 - point) + all : all.padEnd(point, '0');
  const at = Math.max(point, 1);
  const head = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const tail = padded.slice(at).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

function groupThousands(digits: string): string {
  const [int = '0', frac] = digits.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const decimalsOf = (digits: string) => digits.split('.')[1]?.length ?? 0;

/**
 * The value with Chinese magnitudes (zh: 3437600 → 343.76万) or English ones (en: 3,437,600;
 * 70000000 → 70 million), never rounded.
 */
export function formatMagnitude(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const digits = plainDigits(value);
  const abs = Math.abs(value);
  if (locale === 'zh') {
    if (abs >= 1e8) return `${sign}${shiftPoint(digits, -8)}亿`;
    if (abs >= 1e5) return `${sign}${shiftPoint(digits, -4)}万`;
    return `${sign}${digits}`;
  }
  for (const [size, word] of [
    [9, 'billion'],
    [6, 'million'],
  ] as const) {
    const scaled = shiftPoint(digits, -size);
    if (abs >= 10 ** size && decimalsOf(scaled) <= 2) return `${sign}${scaled} ${word}`;
  }
  return `${sign}${groupThousands(digits)}`;
}

/** The full number with thousands grouping, for a hover or a table: 3437600 → 3,437,600. */
export function formatExactValue(value: number, _locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return `${value < 0 ? '-' : ''}${groupThousands(plainDigits(value))}`;
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
    const scale = /[万亿]$/.exec(magnitude)?.[0];
    if (!scale) return `${magnitude}余${unit}`;
    const mantissa = magnitude.slice(0, -1);
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
