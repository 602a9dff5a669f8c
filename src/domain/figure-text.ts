import type { Figure } from './dataset-schema.ts';
import { formatFigureValue, type UnitNames } from './format-number.ts';
import type { Locale } from './locale.ts';

type PrintedFigure = Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier'> & {
  /** The value as its quote prints it, where the build could read it (src/domain/printed-value.ts). */
  printed?: string | undefined;
};

/**
 * A figure's value for display: in Chinese as printed where possible, otherwise formatted with
 * its qualifier and unit (`7000余万元`, `70 million+ yuan`, `7–8个`); English unit words from
 * `names` (the dataset's vocabulary, through `DatasetIndex`).
 */
export function figureValueText(figure: PrintedFigure, locale: Locale, names: UnitNames): string {
  return (locale === 'zh' ? figure.printed : undefined) ?? formatFigureValue(figure, locale, names);
}
