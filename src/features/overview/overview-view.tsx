import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { FigureBarPanel } from '../../charts/figure-bar-panel.tsx';
import { crossDepartmentGroups, logScaleAdvised } from '../../domain/comparability.ts';
import type { Figure } from '../../domain/dataset-schema.ts';
import { categoriesIn } from '../../domain/filter-dataset.ts';
import { departmentColourVar } from '../../ui/department-swatch.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import {
  countByDepartmentAndCategory,
  departmentsWithFigures,
  departmentsWithRecords,
  presentCategories,
  headlineFigures,
} from '../../domain/overview-model.ts';
import { CountPanel } from '../../charts/count-panel.tsx';
import { OverviewRecords } from './overview-records.tsx';
import styles from './overview-view.module.css';

const MAX_HEADLINES = 8;
const MAX_COMPARISONS = 2;

export function OverviewView({ dataset, index, filtered, location, navigate }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const { figures, events, lists } = filtered;

  const [allHeadlines, setAllHeadlines] = useState(false);

  const order = useMemo(() => dataset.departments.map((d) => d.id), [dataset.departments]);
  const departmentIds = useMemo(() => departmentsWithFigures(order, figures), [order, figures]);
  // Cross-filtering: a click on a department's bar narrows every view to that department.
  const selectDepartment = useCallback(
    (id: string) => navigate({ ...location, filters: { ...location.filters, departments: [id] } }),
    [location, navigate],
  );
  const departmentLabel = useCallback(
    (figure: Figure) => index.departmentName(figure.department, locale),
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
  const everyHeadline = useMemo(() => headlineFigures(figures), [figures]);
  const headlines = allHeadlines ? everyHeadline : everyHeadline.slice(0, MAX_HEADLINES);
  const articleIds = useMemo(() => [...new Set(figures.map((f) => f.article))], [figures]);
  const comparisons = useMemo(() => crossDepartmentGroups(figures, MAX_COMPARISONS), [figures]);

  return (
    <section aria-labelledby="overview-title" className={styles.view}>
      <header className={styles.header}>
        <h1 id="overview-title">{t('overview.title')}</h1>
        <p className={styles.summary}>
          {t('overview.countsSummary', {
            departments: departmentsWithRecords(order, filtered).length,
            figures: figures.length,
            events: events.length,
            lists: lists.length,
          })}
        </p>
      </header>

      {figures.length === 0 ? (
        events.length + lists.length > 0 ? (
          <OverviewRecords records={filtered} index={index} />
        ) : (
          <EmptyState />
        )
      ) : (
        <>
          <section aria-labelledby="headlines-title">
            <h2 id="headlines-title" className={styles.sectionTitle}>
              {t('overview.headlines')}
              <span className={styles.hint}>{t('overview.headlinesHint')}</span>
            </h2>
            <ul className={styles.cards} id="overview-headline-cards">
              {headlines.map((figure) => (
                <li
                  key={figure.id}
                  className={styles.card}
                  style={
                    {
                      '--card-accent': departmentColourVar(index.departmentSlot(figure.department)),
                    } as CSSProperties
                  }
                >
                  <p
                    className={styles.cardDepartment}
                    title={index.departmentName(figure.department, locale, 'full')}
                  >
                    {departmentLabel(figure)}
                  </p>
                  <p className={styles.cardValue}>
                    <FigureValue figure={figure} index={index} />
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
            <CountPanel
              counts={counts}
              categories={categories}
              index={index}
              onSelect={selectDepartment}
              articles={articleIds}
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
