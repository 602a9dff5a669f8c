import { useEffect, useMemo } from 'react';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import { exportFileName, filterParts } from '../domain/export-names.ts';
import { categoriesIn, filterDataset, yearsIn } from '../domain/filter-dataset.ts';
import { formatIsoDate } from '../domain/format-date.ts';
import { dataAsOf } from '../domain/present-text.ts';
import { formatLocation, type AppLocation, type Filters } from '../domain/url-state.ts';
import { CompareView } from '../features/compare/compare-view.tsx';
import { DepartmentView } from '../features/department/department-view.tsx';
import { OverviewView } from '../features/overview/overview-view.tsx';
import { SourcesView } from '../features/sources/sources-view.tsx';
import { SearchView } from '../features/search/search-view.tsx';
import { TimelineView } from '../features/timeline/timeline-view.tsx';
import { articleTitle } from '../ui/article-title.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { ExportInfoProvider, type ExportInfo } from '../ui/export-context.tsx';
import { FilterBar } from '../ui/filter-bar.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import type { ViewProps } from '../ui/view-props.ts';
import { downloadText } from '../ui/download-text.ts';
import type { ArchiveState } from '../data/use-archive.ts';
import { ArchiveFailures } from './archive-notices.tsx';
import { LoadingPanel } from './dataset-gate.tsx';
import { figuresCsv } from './figures-csv.ts';
import { PrintFootnotes } from './print-footnotes.tsx';
import { printWhenChartsReady, revealChartsBeforePrint } from './print-when-ready.ts';
import styles from './dashboard.module.css';

function renderView(props: ViewProps) {
  switch (props.location.route.view) {
    case 'overview':
      return <OverviewView {...props} />;
    case 'departments':
      return <DepartmentView {...props} />;
    case 'compare':
      return <CompareView {...props} />;
    case 'timeline':
      return <TimelineView {...props} />;
    case 'sources':
      return <SourcesView {...props} />;
    case 'search':
      return <SearchView {...props} />;
    case 'present':
    case 'editor':
      // Rendered by the presentation screen and the workbench instead (app.tsx).
      return null;
  }
}

export type DashboardProps = {
  dataset: Dataset;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
  /** The archive of years behind `dataset`, when the build publishes one (ADR 015). */
  archive?: ArchiveState | null;
};

/** The department a department page shows: its filter is the page itself. */
function pageDepartment(location: AppLocation): string | null {
  return location.route.view === 'departments' ? location.route.departmentId : null;
}

/** The desk dashboard: filters, exports, and the view the URL names. */
export function Dashboard(props: DashboardProps) {
  const { dataset } = props;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  useEffect(revealChartsBeforePrint, []);
  // Indexing and filtering a large archive are each tens of milliseconds: in two components, a
  // transition render (ADR 015) can yield between them instead of running both in one task.
  return <IndexedDashboard {...props} index={index} />;
}

function IndexedDashboard({
  dataset,
  location,
  navigate,
  archive = null,
  index,
}: DashboardProps & { index: DatasetIndex }) {
  const t = useT();
  const locale = useLocale();
  const department = pageDepartment(location);
  // On a department page the department filter means the page: it shows that department.
  const filters = useMemo<Filters>(
    () => (department ? { ...location.filters, departments: [department] } : location.filters),
    [department, location.filters],
  );
  const filtered = useMemo(() => filterDataset(dataset, filters), [dataset, filters]);

  const exportInfo = useMemo<ExportInfo>(() => {
    const parts = filterParts(filters, {
      department: (id) => index.departmentName(id, locale),
      category: (id) => index.categoryName(id, locale),
    });
    const asOf = dataAsOf(dataset);
    return {
      appName: t('app.title'),
      filterParts: parts,
      filterText:
        parts.length > 0
          ? t('export.filters', { filters: parts.join(t('format.listSeparator')) })
          : t('export.noFilter'),
      asOf: asOf
        ? t(asOf.basis === 'publication' ? 'present.asOfPublication' : 'present.asOfRecords', {
            date: formatIsoDate(asOf.date, locale),
          })
        : null,
      articleTitle: (id) => {
        const article = index.article(id);
        return article ? articleTitle(article, locale) : id;
      },
    };
  }, [dataset, filters, index, locale, t]);

  const departmentOptions = dataset.departments.map((d) => ({
    id: d.id,
    label: d.shortName[locale],
    title: d.name[locale],
  }));
  // An archive offers every year it holds, loaded or not: choosing one loads it.
  const yearOptions = archive
    ? archive.years.map((year) => {
        const unloaded = !archive.loadedYears.includes(year);
        return {
          id: year,
          label: year,
          ...(unloaded ? { unloaded, title: t('archive.notLoaded', { year }) } : {}),
        };
      })
    : yearsIn(dataset).map((year) => ({ id: year, label: year }));
  const categoryOptions = categoriesIn(dataset).map((category) => ({
    id: category,
    label: index.categoryName(category, locale),
  }));

  // An archive's years that are not loaded are not an empty dataset: the filter chose none.
  const isEmptyDataset =
    (archive === null || archive.years.length === 0) &&
    dataset.figures.length === 0 &&
    dataset.events.length === 0 &&
    dataset.lists.length === 0;

  const exportCsv = () =>
    downloadText(
      figuresCsv(filtered.figures, index, locale),
      exportFileName([t('export.filePrefix'), ...exportInfo.filterParts], 'csv'),
      'text/csv;charset=utf-8',
    );

  return (
    <ExportInfoProvider value={exportInfo}>
      <FilterBar
        departments={departmentOptions}
        years={yearOptions}
        categories={categoryOptions}
        filters={filters}
        {...(archive && archive.years.length > 1 ? { allYearsLabel: t('archive.allYears') } : {})}
        onChange={(next) =>
          navigate({ ...location, filters: department ? { ...next, departments: [] } : next })
        }
        {...(department
          ? {
              departmentHref: (id: string) =>
                formatLocation({
                  ...location,
                  route: { view: 'departments', departmentId: id },
                  filters: { ...location.filters, departments: [] },
                }),
            }
          : {})}
      />
      <div className={styles.toolbar} data-print="hide">
        <button type="button" className={styles.button} onClick={exportCsv}>
          {t('export.csvCount', { count: filtered.figures.length })}
        </button>
        <button type="button" className={styles.button} onClick={printWhenChartsReady}>
          {t('export.print')}
        </button>
      </div>
      <p className="print-only print-context">
        {[exportInfo.filterText, exportInfo.asOf].filter(Boolean).join(' · ')}
      </p>
      {archive && <ArchiveFailures archive={archive} />}
      {archive?.latest &&
        archive.unloadedYears.length > 0 &&
        filters.years.length === 1 &&
        filters.years[0] === archive.latest && (
          <p className={styles.hint} data-print="hide">
            {t('archive.openedOnLatest', { count: archive.years.length })}
          </p>
        )}
      {archive?.progress || archive?.settling ? (
        // The chunks the filter asks for are on their way: the bar stays usable meanwhile.
        <LoadingPanel failure={null} attempts={0} progress={archive.progress} />
      ) : isEmptyDataset ? (
        // Nothing to filter, chart or compare: one plain message instead of empty views.
        <EmptyState title={t('dataset.empty')}>{t('dataset.emptyHint')}</EmptyState>
      ) : (
        renderView({
          dataset,
          index,
          filtered,
          location,
          navigate,
          unsearchedYears: archive?.unloadedYears ?? [],
        })
      )}
      <PrintFootnotes figures={filtered.figures} index={index} />
    </ExportInfoProvider>
  );
}
