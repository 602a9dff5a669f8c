import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { formatExactValue } from '../domain/format-number.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { useLocale, useT } from './locale-context.tsx';

export type FigureValueProps = {
  figure: Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'quote'>;
  /** Names the unit (English words from the dataset's vocabulary). */
  index: DatasetIndex;
  className?: string;
};

/**
 * A figure as the reader should see it (`343.76万人`, `7000余万元`), with the exact base-unit value
 * on hover and in the machine-readable `value` attribute.
 */
export function FigureValue({ figure, index, className }: FigureValueProps) {
  const locale = useLocale();
  const t = useT();
  const exact = `${formatExactValue(figure.value, locale)} ${index.unitName(figure.unit, locale)}`;
  return (
    <data
      className={className}
      value={figure.value}
      title={t('figure.exactValue', { value: exact })}
      data-qualifier={figure.qualifier}
    >
      {figureValueText(figure, locale, index)}
    </data>
  );
}
