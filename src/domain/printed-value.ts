import { findNumerals, foldDigits } from './chinese-number.ts';
import type { Figure } from './dataset-schema.ts';

type ProvenFigure = Pick<Figure, 'quote' | 'value' | 'valueMax' | 'unit' | 'qualifier'>;

/**
 * The figure's value as the newspaper printed it, e.g. `49万余人次` where a formatter would write
 * `49余万人次`, or `超2万人`, `不足500件`, `10—20人`: spaces and line breaks taken out, full-width
 * digits folded. Null when the quote writes the number in Chinese numerals (七型, 七八个) or its
 * unit or bounds differ, so the page formats instead. Read with the numeral reader, so it runs
 * where the reader is (the build, the workbench), and the page only shows the result
 * (`printed` of a served figure).
 */
export function printedValue(figure: ProvenFigure): string | null {
  const match = findNumerals(figure.quote).find(
    (m) =>
      m.value === figure.value &&
      m.qualifier === figure.qualifier &&
      m.valueMax === figure.valueMax,
  );
  return match && match.script === 'arabic' && match.unit === figure.unit
    ? foldDigits(figure.quote.slice(match.start, match.end)).replace(/\s+/g, '')
    : null;
}
