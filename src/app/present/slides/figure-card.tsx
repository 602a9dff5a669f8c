import type { Figure } from '../../../domain/dataset-schema.ts';
import { figureValueText } from '../../../domain/figure-text.ts';
import { formatExactValue } from '../../../domain/format-number.ts';
import { unitLabel } from '../../../domain/labels.ts';
import { splitNumeral } from '../../../domain/present-text.ts';
import { FigureDate } from '../../../ui/figure-date.tsx';
import { useLocale, useT } from '../../../ui/locale.tsx';
import styles from './slides.module.css';

export type FigureCardProps = {
  figure: Figure;
  /** Above the number: the department on the overview, the category on a department slide. */
  label: string;
  /** `hero` for a department that printed a single figure. */
  size?: 'hero' | 'large' | 'medium';
  /** Lines of the quote to show before an ellipsis. */
  quoteLines?: 1 | 2 | 3;
};

/**
 * One printed figure as a headline: the digits large, the scale word, 余 and unit beside them
 * (a lower bound never reads as exact), what it counts, its date and the quote it comes from.
 */
export function FigureCard({ figure, label, size = 'large', quoteLines = 1 }: FigureCardProps) {
  const locale = useLocale();
  const t = useT();
  const text = figureValueText(figure, locale);
  const parts = splitNumeral(text);
  const exact = `${formatExactValue(figure.value, locale)} ${unitLabel(figure.unit, locale)}`;
  return (
    <article className={styles.card} data-size={size} aria-label={figure.metric[locale]}>
      <p className={styles.cardTop}>
        <span className={styles.cardLabel}>{label}</span>
        <FigureDate record={figure} />
      </p>
      <p className={styles.cardValue}>
        <data
          value={figure.value}
          data-qualifier={figure.qualifier}
          title={t('figure.exactValue', { value: exact })}
        >
          {parts ? (
            <>
              <span className={styles.numeral}>{parts.numeral}</span>
              <span className={styles.numeralRest}>{parts.rest}</span>
            </>
          ) : (
            <span className={styles.numeralRest}>{text}</span>
          )}
        </data>
      </p>
      <p className={styles.cardMetric}>{figure.metric[locale]}</p>
      <p className={styles.cardQuote} style={{ WebkitLineClamp: quoteLines }}>
        <q>{figure.quote}</q>
      </p>
    </article>
  );
}
