import { useCallback, useMemo } from 'react';
import { FigureBarPanel } from '../../charts/figure-bar-panel.tsx';
import type { Department, Figure } from '../../domain/dataset-schema.ts';
import { derivePerSession } from '../../domain/derived.ts';
import { listKindLabels } from '../../domain/labels.ts';
import { DerivedTable } from '../../ui/derived-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureTable } from '../../ui/figure-table.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import { CampaignPanel } from '../../charts/campaign-panel.tsx';
import { campaignsOf, chartableGroups, outsideCampaigns } from '../../domain/department-model.ts';
import styles from './department-view.module.css';
import { articleTitle } from '../../ui/article-title.ts';
import { QuoteWithSource } from '../../ui/quote-with-source.tsx';
import { useHref } from '../../ui/use-href.ts';
import { YearSeriesPanel } from '../../charts/year-series-panel.tsx';
import { yearSeriesOf, yearsShown } from '../../domain/year-series-model.ts';
import { yearOf } from '../../domain/filter-dataset.ts';
import { formatNameList } from '../../domain/name-list.ts';

function DepartmentList({ dataset, index }: Pick<ViewProps, 'dataset' | 'index'>) {
  const t = useT();
  const href = useHref();
  const locale = useLocale();
  return (
    <section aria-labelledby="departments-title" className={styles.view}>
      <h1 id="departments-title">{t('department.title')}</h1>
      <p className={styles.muted}>{t('department.pick')}</p>
      <ul className={styles.cards}>
        {dataset.departments.map((department) => (
          <li key={department.id}>
            <a
              className={styles.card}
              href={href({ view: 'departments', departmentId: department.id })}
            >
              <span className={styles.cardName} title={department.name[locale]}>
                {department.name[locale]}
              </span>
              <span className={styles.muted}>
                {department.parent[locale]} · {department.kind[locale]}
              </span>
              <span>
                {t('department.figureCount', {
                  // From the index: one pass over the figures, not one per department.
                  count: index.figuresOf(department.id).length,
                })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

type DepartmentDetailProps = ViewProps & { department: Department };

function DepartmentDetail({ department, dataset, index, filtered }: DepartmentDetailProps) {
  const t = useT();
  const href = useHref();
  const locale = useLocale();
  const figures = useMemo(
    () => filtered.figures.filter((f) => f.department === department.id),
    [filtered.figures, department.id],
  );
  const events = filtered.events.filter((e) => e.department === department.id);
  const lists = filtered.lists.filter((l) => l.department === department.id);
  const articles = dataset.articles.filter((a) => a.departments.includes(department.id));
  const campaigns = campaignsOf(figures);
  const derived = derivePerSession(figures);
  const groups = chartableGroups(outsideCampaigns(figures, campaigns));
  // Figures of several years share the bars: the year comes first, so cut labels still differ.
  const manyYears = useMemo(() => new Set(figures.map((f) => yearOf(f.date))).size > 1, [figures]);
  const metricLabel = useCallback(
    (figure: Figure) =>
      manyYears
        ? `${t('yearSeries.year', { year: yearOf(figure.date) })} ${figure.metric[locale]}`
        : figure.metric[locale],
    [locale, manyYears, t],
  );
  // Within the filters: a year filter of 2023 and 2024 compares those two years.
  const series = useMemo(() => yearSeriesOf(filtered, department.id), [filtered, department.id]);

  return (
    <section aria-labelledby="department-title" className={styles.view}>
      <header className={styles.header}>
        <h1 id="department-title">{department.name[locale]}</h1>
        <p className={styles.muted}>
          {t('department.parent', { parent: department.parent[locale] })} ·{' '}
          {department.kind[locale]}
        </p>
      </header>

      <section aria-labelledby="articles-title">
        <h2 id="articles-title" className={styles.sectionTitle}>
          {t('department.articles')}
        </h2>
        <ul className={styles.articles}>
          {articles.map((article) => (
            <li key={article.id}>
              <a href={href({ view: 'sources', focus: article.id })}>
                {articleTitle(article, locale)}
              </a>
              {article.subheadline && <span> {article.subheadline[locale]}</span>}
              <span className={styles.muted}>
                {' '}
                {article.bylines
                  .map((b) => `${b.role} ${b.names.join(' ')}`)
                  .join(t('format.listSeparator'))}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {figures.length === 0 && events.length === 0 && lists.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          {(groups.length > 0 || campaigns.length > 0) && (
            <div className={styles.charts}>
              {campaigns.length > 0 && <CampaignPanel campaigns={campaigns} index={index} />}
              {groups.map((group) => (
                <FigureBarPanel
                  index={index}
                  key={`${group.unit}-${group.category}`}
                  figures={group.figures}
                  labelOf={metricLabel}
                  fileName={`${department.id}-${group.category}`}
                />
              ))}
            </div>
          )}

          {series.length > 0 && (
            <section aria-labelledby="year-series-title">
              <h2 id="year-series-title" className={styles.sectionTitle}>
                {t('yearSeries.title')}
              </h2>
              <p className={styles.muted}>
                {t('yearSeries.intro', {
                  years: formatNameList(
                    yearsShown(series).map((year) => t('yearSeries.year', { year })),
                    locale,
                  ),
                })}
              </p>
              <div className={styles.charts}>
                {series.map((s) => (
                  <YearSeriesPanel key={s.key} series={s} index={index} />
                ))}
              </div>
            </section>
          )}

          {derived.length > 0 && (
            <DerivedTable derived={derived} index={index} caption={t('department.derived')} />
          )}

          {figures.length > 0 && (
            <FigureTable
              figures={figures}
              index={index}
              caption={t('department.figures')}
              showDepartment={false}
            />
          )}

          {events.length > 0 && (
            <section aria-labelledby="events-title">
              <h2 id="events-title" className={styles.sectionTitle}>
                {t('department.events')}
              </h2>
              <ol className={styles.events}>
                {events.map((event) => (
                  <li key={event.id}>
                    <FigureDate record={event} /> <strong>{event.title[locale]}</strong>{' '}
                    <QuoteWithSource
                      quote={event.quote}
                      recordId={event.id}
                      recordName={event.title[locale]}
                    />
                  </li>
                ))}
              </ol>
            </section>
          )}

          {lists.length > 0 && (
            <section aria-labelledby="lists-title">
              <h2 id="lists-title" className={styles.sectionTitle}>
                {t('department.lists')}
              </h2>
              <div className={styles.lists}>
                {lists.map((list) => (
                  <section key={list.id} className={styles.list} aria-label={list.name[locale]}>
                    <h3>
                      {list.name[locale]}{' '}
                      <span className={styles.muted}>
                        {listKindLabels[list.kind][locale]} · {list.items.length}
                      </span>
                    </h3>
                    <ul>
                      {list.items.map((item) => (
                        <li key={item.name.zh} title={item.quote}>
                          {item.name[locale]}
                        </li>
                      ))}
                    </ul>
                    <SourceLink recordId={list.id} recordName={list.name[locale]} />
                  </section>
                ))}
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}

/** One department's figures, events, lists and articles; without an id, the list to pick from. */
export function DepartmentView(props: ViewProps) {
  const t = useT();
  const { route } = props.location;
  const departmentId = route.view === 'departments' ? route.departmentId : null;
  if (!departmentId) {
    return <DepartmentList dataset={props.dataset} index={props.index} />;
  }
  const department = props.index.department(departmentId);
  if (!department) {
    return (
      <EmptyState title={t('department.notFound', { id: departmentId })}>
        {t('department.pick')}
      </EmptyState>
    );
  }
  return <DepartmentDetail {...props} department={department} />;
}
