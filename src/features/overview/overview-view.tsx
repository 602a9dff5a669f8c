import { useCallback, useMemo, useState } from 'react';
import { buildCountBarOption } from '../../charts/builders/count-bar.ts';
import { sumCounts, topItems } from '../../charts/builders/top-items.ts';
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
  departmentsWithFigures,
  presentCategories,
  headlineFigures,
} from './overview-model.ts';
import styles from './overview-view.module.css';

const MAX_HEADLINES = 8;
const MAX_COMPARISONS = 2;
/** Departments with a series of their own in the count chart; the rest add up to "others". */
const MAX_COUNT_SERIES = 8;
/** Not a department id (ids are kebab-case), so a click on it filters nothing. */
const OTHERS_ID = '_others';

export function OverviewView({ dataset, index, filtered, location, navigate }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const { figures, events, lists } = filtered;

  const [allHeadlines, setAllHeadlines] = useState(false);

  const departmentIds = useMemo(
    () =>
      departmentsWithFigures(
        dataset.departments.map((d) => d.id),
        figures,
      ),
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
  const counts = useMemo(
    () => countByDepartmentAndCategory(figures, departmentIds, categories),
    [categories, departmentIds, figures],
  );
  const countSeries = useMemo(
    () => topItems(counts, MAX_COUNT_SERIES, (row) => row.counts.reduce((sum, n) => sum + n, 0)),
    [counts],
  );
  const countOption = useMemo(() => {
    const { shown, hidden } = countSeries;
    const series = shown.map((row) => ({
      id: row.department,
      name: index.department(row.department)?.shortName[locale] ?? row.department,
      counts: row.counts,
    }));
    if (hidden.length > 0) {
      series.push({
        id: OTHERS_ID,
        name: t('overview.otherDepartments', { count: hidden.length }),
        counts: sumCounts(
          hidden.map((row) => row.counts),
          categories.length,
        ),
      });
    }
    return buildCountBarOption(
      categories.map((category) => ({ id: category, label: categoryLabels[category][locale] })),
      series,
      { axisName: t('chart.countAxis') },
    );
  }, [categories, countSeries, index, locale, t]);

  // Cross-filtering: clicking a department's bar narrows every view to that department.
  const onCountClick = useMemo<Record<string, ChartEventHandler>>(
    () => ({
      click: (params) => {
        const id = (params as { seriesId?: string }).seriesId;
        if (id && id !== OTHERS_ID)
          navigate({ ...location, filters: { ...location.filters, departments: [id] } });
      },
    }),
    [location, navigate],
  );

  const everyHeadline = useMemo(() => headlineFigures(figures), [figures]);
  const headlines = allHeadlines ? everyHeadline : everyHeadline.slice(0, MAX_HEADLINES);
  const comparisons = useMemo(() => crossDepartmentGroups(figures, MAX_COMPARISONS), [figures]);
  const countHint =
    countSeries.hidden.length > 0
      ? t('overview.countTopShown', { hidden: countSeries.hidden.length })
      : null;

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
            <ul className={styles.cards} id="overview-headline-cards">
              {headlines.map((figure) => (
                <li key={figure.id} className={styles.card}>
                  <p
                    className={styles.cardDepartment}
                    title={index.department(figure.department)?.name[locale]}
                  >
                    {departmentLabel(figure)}
                  </p>
                  <p className={styles.cardValue}>
                    <FigureValue figure={figure} />
                  </p>
                  <p className={styles.cardMetric} title={figure.metric[locale]}>
                    {figure.metric[locale]}
                  </p>
                  <p className={styles.cardMeta}>
                    <FigureDate record={figure} />
                    <SourceLink recordId={figure.id} recordName={figure.metric[locale]} />
                  </p>
                </li>
              ))}
            </ul>
            {everyHeadline.length > MAX_HEADLINES && (
              <button
                type="button"
                className={styles.more}
                aria-expanded={allHeadlines}
                aria-controls="overview-headline-cards"
                onClick={() => setAllHeadlines((all) => !all)}
              >
                {allHeadlines
                  ? t('overview.showFewerHeadlines', { count: MAX_HEADLINES })
                  : t('overview.showAllHeadlines', { count: everyHeadline.length })}
              </button>
            )}
          </section>

          <div className={styles.charts}>
            <ChartPanel
              title={t('overview.figuresByCategory')}
              description={t('overview.figuresByCategoryHint')}
              option={countOption}
              height={`${Math.max(240, categories.length * 34 + 110)}px`}
              fileName="figures-by-category"
              onEvents={onCountClick}
              notes={
                countHint ? (
                  <>
                    <p>{countHint}</p>
                    {t('overview.figuresByCategoryHint')}
                  </>
                ) : (
                  t('overview.figuresByCategoryHint')
                )
              }
              table={{
                columns: [t('table.department'), t('chart.countAxis')],
                rows: counts.map((row) => ({
                  key: row.department,
                  cells: [
                    index.department(row.department)?.name[locale] ?? row.department,
                    row.counts.reduce((sum, n) => sum + n, 0),
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
