import type { Figure } from '../domain/dataset-schema.ts';
import { formatExactValue } from '../domain/format-number.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { unitLabel } from '../domain/labels.ts';
import { useLocale, useT } from './locale-context.tsx';

export type FigureValueProps = {
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'quote'>;
  className?: string;
};

/**
 * A figure as the reader should see it (`343.76万人`, `7000余万元`), with the exact base-unit value
 * on hover and in the machine-readable `value` attribute.
 */
export function FigureValue({ figure, className }: FigureValueProps) {
  const locale = useLocale();
  const t = useT();
  const exact = `${formatExactValue(figure.value, locale)} ${unitLabel(figure.unit, locale)}`;
  return (
    <data
      className={className}
      value={figure.value}
      title={t('figure.exactValue', { value: exact })}
      data-qualifier={figure.qualifier}
    >
      {figureValueText(figure, locale)}
    </data>
  );
}
