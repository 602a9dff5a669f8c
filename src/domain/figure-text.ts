import type { Figure } from './dataset-schema.ts';
import { formatFigureValue, type UnitNames } from './format-number.ts';
import type { Locale } from './locale.ts';

type PrintedFigure = Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier'> & {
  /** The value as its quote prints it, where the build could read it (src/domain/printed-value.ts). */
  printed?: string | undefined;
};

const SCALE_EXPONENT: Readonly<Record<string, number>> = { 千: 3, 万: 4, 亿: 8 };

/** `343.76` times 10^4, exactly: the decimal point moved in the digits, not a float product. */
function shifted(digits: string, exponent: number): number {
  const [int = '0', frac = ''] = digits.split('.');
  const all = int + frac.padEnd(exponent, '0');
  const point = int.length + exponent;
  return Number(`${all.slice(0, point)}.${all.slice(point) || '0'}`);
}

/**
 * The numbers a printed form states, its scale words applied: 343.76万人 → [3437600],
 * 7000余万元 → [70000000], 10—20人 → [10, 20]. Only Arabic digits: that is all the build
 * keeps as printed.
 */
export function printedNumbers(printed: string): number[] {
  const numbers: number[] = [];
  for (const match of printed.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*[余多]?\s*([千万亿]*)/g)) {
    const digits = (match[1] ?? '').replaceAll(',', '');
    const exponent = [...(match[2] ?? '')].reduce((sum, ch) => sum + (SCALE_EXPONENT[ch] ?? 0), 0);
    numbers.push(shifted(digits, exponent));
  }
  return numbers;
}

const agreed = new WeakMap<object, boolean>();

/**
 * Whether the printed form states the figure's own value (and upper end): a file edited or made
 * by hand could carry a printed form of another number, and the page then writes the value
 * itself rather than words that say something else.
 */
function printedAgrees(figure: PrintedFigure, printed: string): boolean {
  const known = agreed.get(figure);
  if (known !== undefined) return known;
  const expected = figure.valueMax === undefined ? [figure.value] : [figure.value, figure.valueMax];
  const read = printedNumbers(printed);
  const result = read.length === expected.length && read.every((n, i) => n === expected[i]);
  agreed.set(figure, result);
  return result;
}

/**
 * A figure's value for display: in Chinese as printed where possible, otherwise formatted with
 * its qualifier and unit (`7000余万元`, `70 million+ yuan`, `7–8个`); English unit words from
 * `names` (the dataset's vocabulary, through `DatasetIndex`).
 */
export function figureValueText(figure: PrintedFigure, locale: Locale, names: UnitNames): string {
  const { printed } = figure;
  if (locale === 'zh' && printed !== undefined && printedAgrees(figure, printed)) {
    return printed;
  }
  return formatFigureValue(figure, locale, names);
}
