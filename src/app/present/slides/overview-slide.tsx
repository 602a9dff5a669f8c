import { useMemo } from 'react';
import { buildCountBarOption } from '../../../charts/builders/count-bar.ts';
import { ChartPanel } from '../../../charts/chart-panel.tsx';
import { categoriesIn, filterDataset } from '../../../domain/filter-dataset.ts';
import {
  countByDepartmentAndCategory,
  headlineFigures,
  presentCategories,
} from '../../../domain/overview-model.ts';
import { useLocale, useT } from '../../../ui/locale.tsx';
import { FigureCard } from './figure-card.tsx';
import { designPx, type SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

/** Five headline cards fill the left; a sixth cell holds the totals. */
const MAX_HEADLINES = 5;

/** The largest figure of each department as headlines, the totals, and what each reported. */
export function OverviewSlide({ slide, dataset, index, fontSize }: SlideProps<'overview'>) {
  const t = useT();
  const locale = useLocale();
  const filtered = useMemo(() => filterDataset(dataset, slide.filters), [dataset, slide.filters]);
  const { figures } = filtered;
  const departmentIds = useMemo(
    () =>
      dataset.departments.map((d) => d.id).filter((id) => figures.some((f) => f.department === id)),
    [dataset.departments, figures],
  );
  const categories = useMemo(
    () => presentCategories(figures, categoriesIn(dataset)),
    [dataset, figures],
  );

  const option = useMemo(() => {
    const counts = countByDepartmentAndCategory(figures, departmentIds, categories);
    const option = buildCountBarOption(
      categories.map((category) => ({ id: category, label: index.categoryName(category, locale) })),
      counts.map((row) => ({
        id: row.department,
        name: index.departmentName(row.department, locale),
        counts: row.counts,
      })),
      { axisName: t('chart.countAxis'), fontSize },
    );
    // Five department names at 24 px take two legend rows in this column.
    const legendRows = departmentIds.length > 3 ? 2 : 1;
    return {
      ...option,
      grid: { ...option.grid, top: Math.round(fontSize * 1.5 * legendRows + fontSize * 0.6) },
    };
  }, [categories, departmentIds, figures, fontSize, index, locale, t]);

  if (figures.length === 0) {
    // An empty dataset says so; otherwise the filters left nothing.
    const reason = dataset.figures.length === 0 ? 'dataset.empty' : 'present.nothing';
    return <p className={styles.nothing}>{t(reason)}</p>;
  }

  const headlines = headlineFigures(figures, MAX_HEADLINES);
  const totals = [
    [departmentIds.length, t('present.totalDepartments')],
    [figures.length, t('present.totalFigures')],
    [filtered.events.length, t('present.totalEvents')],
    [filtered.lists.length, t('present.totalLists')],
  ] as const;

  return (
    <div className={styles.overview}>
      <section className={styles.frame} aria-labelledby="present-headlines">
        <h2 id="present-headlines" className={styles.frameTitle}>
          {t('present.headlinesTitle')}
          <span className={styles.frameHint}>{t('present.headlinesNote')}</span>
        </h2>
        <div className={styles.headlineGrid}>
          {headlines.map((figure) => (
            <FigureCard
              key={figure.id}
              figure={figure}
              label={index.departmentName(figure.department, locale)}
            />
          ))}
          <section className={styles.totals} aria-label={t('present.totals')}>
            <p className={styles.cardLabel}>{t('present.totals')}</p>
            <dl>
              {totals.map(([count, label]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{count}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </section>
      <div className={styles.frame}>
        <ChartPanel
          variant="slide"
          title={t('overview.figuresByCategory')}
          description={t('overview.figuresByCategory')}
          option={option}
          height={designPx(Math.min(690, Math.max(360, categories.length * 44 + 120)))}
          fileName="figures-by-category"
          table={{ columns: [], rows: [] }}
        />
      </div>
    </div>
  );
}
