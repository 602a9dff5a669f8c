import { useMemo } from 'react';
import { buildCountBarOption } from '../../charts/builders/count-bar.ts';
import { sumCounts, topItems } from '../../domain/top-items.ts';
import type { ChartEventHandler } from '../../charts/chart.tsx';
import { ChartPanel } from '../../charts/chart-panel.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Category } from '../../domain/dataset-schema.ts';
import type { AppLocation } from '../../domain/url-state.ts';
import { PanelBoundary } from '../../ui/error-boundary.tsx';
import { useLocale, useT } from '../../ui/locale.tsx';

/** Departments with a series of their own in the count chart; the rest add up to "others". */
const MAX_COUNT_SERIES = 8;
/** Not a department id (ids are kebab-case), so a click on it filters nothing. */
const OTHERS_ID = '_others';

export type CountPanelProps = {
  /** Per department, how many figures of each category (in the order of `categories`). */
  counts: ReadonlyArray<{ department: string; counts: number[] }>;
  categories: readonly Category[];
  index: DatasetIndex;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
};

/** How many figures of each category each department reported; a click filters by department. */
function CountPanelBody({ counts, categories, index, location, navigate }: CountPanelProps) {
  const t = useT();
  const locale = useLocale();

  const countSeries = useMemo(
    () => topItems(counts, MAX_COUNT_SERIES, (row) => row.counts.reduce((sum, n) => sum + n, 0)),
    [counts],
  );
  const countOption = useMemo(() => {
    const { shown, hidden } = countSeries;
    const series = shown.map((row) => ({
      id: row.department,
      name: index.departmentName(row.department, locale),
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
      categories.map((category) => ({ id: category, label: index.categoryName(category, locale) })),
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

  const countHint =
    countSeries.hidden.length > 0
      ? t('overview.countTopShown', { hidden: countSeries.hidden.length })
      : null;

  return (
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
            index.departmentName(row.department, locale, 'full'),
            row.counts.reduce((sum, n) => sum + n, 0),
          ],
        })),
      }}
    />
  );
}

/** The count chart inside its own error boundary: if it cannot be drawn, the overview still is. */
export function CountPanel(props: CountPanelProps) {
  return (
    <PanelBoundary>
      <CountPanelBody {...props} />
    </PanelBoundary>
  );
}
