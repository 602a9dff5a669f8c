import { useCallback, useMemo } from 'react';
import { buildCountBarOption } from '../../charts/builders/count-bar.ts';
import type { ChartEventHandler } from '../../charts/chart.tsx';
import { ChartPanel } from '../../charts/chart-panel.tsx';
import { FigureBarPanel } from '../../charts/figure-bar-panel.tsx';
import { crossDepartmentGroups, logScaleAdvised } from '../../domain/comparability.ts';
import type { Figure } from '../../domain/dataset-schema.ts';
import { categoriesIn } from '../../domain/filter-dataset.ts';
import { categoryLabels } from '../../domain/labels.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import {
  countByDepartmentAndCategory,
  presentCategories,
  headlineFigures,
} from './overview-model.ts';
import styles from './overview-view.module.css';

const MAX_HEADLINES = 8;
const MAX_COMPARISONS = 2;

export function OverviewView({ dataset, index, filtered, location, navigate }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const { figures, events, lists } = filtered;

  const departmentIds = useMemo(
    () =>
      dataset.departments.map((d) => d.id).filter((id) => figures.some((f) => f.department === id)),
    [dataset.departments, figures],
  );
  const departmentLabel = useCallback(
    (figure: Figure) => index.department(figure.department)?.shortName[locale] ?? figure.department,
    [index, locale],
  );

  const categories = useMemo(
    () => presentCategories(figures, categoriesIn(dataset)),
    [dataset, figures],
  );
  const countOption = useMemo(() => {
    const counts = countByDepartmentAndCategory(figures, departmentIds, categories);
    return buildCountBarOption(
      categories.map((category) => ({ id: category, label: categoryLabels[category][locale] })),
      counts.map((row) => ({
        id: row.department,
        name: index.department(row.department)?.shortName[locale] ?? row.department,
        counts: row.counts,
      })),
      { axisName: t('chart.countAxis') },
    );
  }, [categories, departmentIds, figures, index, locale, t]);

  // Cross-filtering: clicking a department's bar narrows every view to that department.
  const onCountClick = useMemo<Record<string, ChartEventHandler>>(
    () => ({
      click: (params) => {
        const id = (params as { seriesId?: string }).seriesId;
        if (id) navigate({ ...location, filters: { ...location.filters, departments: [id] } });
      },
    }),
    [location, navigate],
  );

  const headlines = headlineFigures(figures, MAX_HEADLINES);
  const comparisons = crossDepartmentGroups(figures, MAX_COMPARISONS);

  return (
    <section aria-labelledby="overview-title" className={styles.view}>
      <header className={styles.header}>
        <h1 id="overview-title">{t('overview.title')}</h1>
        <p className={styles.summary}>
          {t('overview.countsSummary', {
            departments: departmentIds.length,
            figures: figures.length,
            events: events.length,
            lists: lists.length,
          })}
        </p>
      </header>

      {figures.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <section aria-labelledby="headlines-title">
            <h2 id="headlines-title" className={styles.sectionTitle}>
              {t('overview.headlines')}
              <span className={styles.hint}>{t('overview.headlinesHint')}</span>
            </h2>
            <ul className={styles.cards}>
              {headlines.map((figure) => (
                <li key={figure.id} className={styles.card}>
                  <p className={styles.cardDepartment}>{departmentLabel(figure)}</p>
                  <p className={styles.cardValue}>
                    <FigureValue figure={figure} />
                  </p>
                  <p className={styles.cardMetric}>{figure.metric[locale]}</p>
                  <p className={styles.cardMeta}>
                    <FigureDate record={figure} />
                    <SourceLink recordId={figure.id} recordName={figure.metric[locale]} />
                  </p>
                </li>
              ))}
            </ul>
          </section>

          <div className={styles.charts}>
            <ChartPanel
              title={t('overview.figuresByCategory')}
              description={t('overview.figuresByCategoryHint')}
              option={countOption}
              height={`${Math.max(240, categories.length * 34 + 110)}px`}
              fileName="figures-by-category"
              onEvents={onCountClick}
              notes={t('overview.figuresByCategoryHint')}
              table={{
                columns: [t('table.department'), t('chart.countAxis')],
                rows: departmentIds.map((id) => ({
                  key: id,
                  cells: [
                    index.department(id)?.name[locale] ?? id,
                    figures.filter((f) => f.department === id).length,
                  ],
                })),
              }}
            />
            {comparisons.map((group) => (
              <FigureBarPanel
                index={index}
                key={`${group.unit}-${group.category}`}
                figures={group.figures}
                labelOf={departmentLabel}
                fileName={`compare-${group.category}`}
                logScale={logScaleAdvised(group.figures)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
