import { useEffect, useMemo } from 'react';
import { indexDataset } from '../domain/dataset-index.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import { categoriesIn, filterDataset, yearsIn } from '../domain/filter-dataset.ts';
import type { AppLocation } from '../domain/url-state.ts';
import { CompareView } from '../features/compare/compare-view.tsx';
import { DepartmentView } from '../features/department/department-view.tsx';
import { OverviewView } from '../features/overview/overview-view.tsx';
import { SourcesView } from '../features/sources/sources-view.tsx';
import { TimelineView } from '../features/timeline/timeline-view.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { FilterBar } from '../ui/filter-bar.tsx';
import { useLocale, useT } from '../ui/locale.tsx';
import type { ViewProps } from '../ui/view-props.ts';
import { downloadText, figuresCsv } from './figures-csv.ts';
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
    case 'present':
      // Rendered by the presentation screen instead (app.tsx).
      return null;
  }
}

export type DashboardProps = {
  dataset: Dataset;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
};

/** The desk dashboard: filters, exports, and the view the URL names. */
export function Dashboard({ dataset, location, navigate }: DashboardProps) {
  const t = useT();
  const locale = useLocale();
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  useEffect(revealChartsBeforePrint, []);
  const filtered = useMemo(
    () => filterDataset(dataset, location.filters),
    [dataset, location.filters],
  );

  const departmentOptions = dataset.departments.map((d) => ({
    id: d.id,
    label: d.shortName[locale],
    title: d.name[locale],
  }));
  const yearOptions = yearsIn(dataset).map((year) => ({ id: year, label: year }));
  const categoryOptions = categoriesIn(dataset).map((category) => ({
    id: category,
    label: index.categoryName(category, locale),
  }));

  const isEmptyDataset =
    dataset.figures.length === 0 && dataset.events.length === 0 && dataset.lists.length === 0;

  const exportCsv = () =>
    downloadText(
      figuresCsv(filtered.figures, index, locale),
      'figures.csv',
      'text/csv;charset=utf-8',
    );

  return (
    <>
      <FilterBar
        departments={departmentOptions}
        years={yearOptions}
        categories={categoryOptions}
        filters={location.filters}
        onChange={(filters) => navigate({ ...location, filters })}
      />
      <div className={styles.toolbar} data-print="hide">
        <button type="button" className={styles.button} onClick={exportCsv}>
          {t('export.csvCount', { count: filtered.figures.length })}
        </button>
        <button type="button" className={styles.button} onClick={printWhenChartsReady}>
          {t('export.print')}
        </button>
      </div>
      {isEmptyDataset ? (
        // Nothing to filter, chart or compare: one plain message instead of empty views.
        <EmptyState title={t('dataset.empty')}>{t('dataset.emptyHint')}</EmptyState>
      ) : (
        renderView({ dataset, index, filtered, location, navigate })
      )}
      <PrintFootnotes figures={filtered.figures} index={index} />
    </>
  );
}
