import { useCallback, useMemo } from 'react';
import { FigureBarPanel } from '../../../charts/figure-bar-panel.tsx';
import { checkComparability, groupComparable } from '../../../domain/comparability.ts';
import type { Figure } from '../../../domain/dataset-schema.ts';
import { figureValueText } from '../../../domain/figure-text.ts';
import { filterDataset } from '../../../domain/filter-dataset.ts';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import { designPx, type SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

/** Design pixels of chart drawing in each column. */
const CHART_PX = 400;

/**
 * Figures of one unit and category from different departments, one column each: the bars, and
 * under them the words each figure was printed in. Never a bar of 人 next to one of 人次.
 */
export function CompareSlide({ slide, dataset, index, fontSize }: SlideProps<'compare'>) {
  const t = useT();
  const locale = useLocale();
  const figures = useMemo(
    () => filterDataset(dataset, slide.filters).figures,
    [dataset, slide.filters],
  );
  const groups = useMemo(() => {
    const all = groupComparable(figures);
    return slide.groups.flatMap(({ unit, category }) => {
      const group = all.find((g) => g.unit === unit && g.category === category);
      return group
        ? [{ ...group, figures: [...group.figures].sort((a, b) => b.value - a.value) }]
        : [];
    });
  }, [figures, slide.groups]);
  const departmentLabel = useCallback(
    (figure: Figure) => index.departmentName(figure.department, locale),
    [index, locale],
  );

  return (
    <div
      className={styles.compare}
      style={{ gridTemplateColumns: `repeat(${Math.max(1, groups.length)}, minmax(0, 1fr))` }}
    >
      {groups.map((group) => {
        const check = checkComparability(group.figures);
        const logScale = check.comparable && check.logScaleAdvised;
        return (
          <div
            key={`${group.unit}-${group.category}`}
            className={`${styles.frame} ${styles.compareRow}`}
          >
            <FigureBarPanel
              index={index}
              variant="slide"
              title={t('format.groupTitle', {
                category: index.categoryName(group.category, locale),
                unit: index.unitName(group.unit, locale),
              })}
              figures={group.figures}
              labelOf={departmentLabel}
              fileName={`compare-${group.category}`}
              logScale={logScale}
              fontSize={fontSize}
              height={designPx(CHART_PX)}
            />
            <div className={styles.compareQuotes}>
              <p className={styles.frameHint}>{t('present.quotes')}</p>
              <ul>
                {group.figures.map((figure) => (
                  <li key={figure.id}>
                    <strong>
                      {departmentLabel(figure)} {figureValueText(figure, locale, index)}
                    </strong>
                    <q lang="zh-CN">{figure.quote}</q>
                  </li>
                ))}
              </ul>
              {logScale && <p className={styles.frameHint}>{t('present.logScaleNote')}</p>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
