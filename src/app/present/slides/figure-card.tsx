import type { CSSProperties } from 'react';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { ColourSlot } from '../../../domain/department-colours.ts';
import type { Figure } from '../../../domain/dataset-schema.ts';
import { figureValueText } from '../../../domain/figure-text.ts';
import { formatExactValue } from '../../../domain/format-number.ts';
import { REST_SCALE, splitNumeral, valueWidthEm } from '../../../domain/present-text.ts';
import { departmentColourVar } from '../../../ui/department-swatch.tsx';
import { FigureDate } from '../../../ui/figure-date.tsx';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import styles from './slides.module.css';

export type FigureCardProps = {
  figure: Figure;
  /** Above the number: the department on the overview, the category on a department slide. */
  label: string;
  /** `hero` for a department's headline figure. */
  size?: 'hero' | 'card';
  /** The department's colour slot: the card's accent is the colour its charts use. */
  accent: ColourSlot;
  /** Names the unit (English words from the dataset's vocabulary). */
  index: DatasetIndex;
};

/**
 * One printed figure as a headline: the digits large, the scale word, 余 and unit beside them
 * (a lower bound never reads as exact), what it counts, its date and the quote it comes from.
 * Label, metric and quote are clamped to their lines; the whole text is the card's tooltip.
 */
export function FigureCard({ figure, label, size = 'card', accent, index }: FigureCardProps) {
  const locale = useLocale();
  const t = useT();
  const text = figureValueText(figure, locale, index);
  const parts = splitNumeral(text);
  const exact = `${formatExactValue(figure.value, locale)} ${index.unitName(figure.unit, locale)}`;
  const metric = figure.metric[locale];
  return (
    <article
      className={styles.card}
      data-size={size}
      aria-label={metric}
      title={`${label}\n${metric}\n${t('format.quote', { quote: figure.quote })}`}
      style={
        {
          '--card-accent': departmentColourVar(accent),
          '--value-em': valueWidthEm(parts ?? { numeral: '', rest: text }).toFixed(2),
          '--rest-scale': REST_SCALE,
        } as CSSProperties
      }
    >
      <p className={styles.cardTop}>
        <span className={styles.cardLabel} data-clamped>
          {label}
        </span>
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
      <p className={styles.cardMetric} data-clamped>
        {metric}
      </p>
      <p className={styles.cardQuote} data-clamped>
        <q lang="zh-CN">{figure.quote}</q>
      </p>
    </article>
  );
}
