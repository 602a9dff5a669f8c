import { findNumerals, foldDigits } from './chinese-number.ts';
import type { Figure } from './dataset-schema.ts';
import { formatFigureValue, type UnitNames } from './format-number.ts';
import type { Locale } from './locale.ts';

type PrintedFigure = Pick<Figure, 'quote' | 'value' | 'valueMax' | 'unit' | 'qualifier'>;

const cache = new WeakMap<object, string | null>();

/**
 * The figure's value as the newspaper printed it, e.g. `49万余人次` where a formatter would write
 * `49余万人次`, or `超2万人`, `不足500件`, `10—20人`: spaces and line breaks taken out, full-width
 * digits folded. Null when the quote writes the number in Chinese numerals (七型, 七八个) or its
 * unit or bounds differ, so callers format instead.
 */
export function printedValueText(figure: PrintedFigure): string | null {
  const cached = cache.get(figure);
  if (cached !== undefined) return cached;
  const match = findNumerals(figure.quote).find(
    (m) =>
      m.value === figure.value &&
      m.qualifier === figure.qualifier &&
      m.valueMax === figure.valueMax,
  );
  const text =
    match && match.script === 'arabic' && match.unit === figure.unit
      ? foldDigits(figure.quote.slice(match.start, match.end)).replace(/\s+/g, '')
      : null;
  cache.set(figure, text);
  return text;
}

/**
 * A figure's value for display: in Chinese as printed where possible, otherwise formatted with
 * its qualifier and unit (`7000余万元`, `70 million+ yuan`, `7–8个`); English unit words from
 * `names` (the dataset's vocabulary, through `DatasetIndex`).
 */
export function figureValueText(figure: PrintedFigure, locale: Locale, names: UnitNames): string {
  return (
    (locale === 'zh' ? printedValueText(figure) : null) ?? formatFigureValue(figure, locale, names)
  );
}
