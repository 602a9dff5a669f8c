import { useMemo } from 'react';
import { countSeries, OTHERS_ID, type DepartmentCounts } from '../domain/count-model.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Category } from '../domain/dataset-schema.ts';
import { PanelBoundary } from '../ui/error-boundary.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { DepartmentSwatch } from '../ui/department-swatch.tsx';
import { buildCountBarOption } from './builders/count-bar.ts';
import type { ChartEventHandler } from './chart.tsx';
import { useChartColours } from './chart-colours.ts';
import { ChartPanel, type PanelLayoutProps } from './chart-panel.tsx';

export type CountPanelProps = PanelLayoutProps & {
  /** Per department, how many figures of each category (in the order of `categories`). */
  counts: readonly DepartmentCounts[];
  categories: readonly Category[];
  index: DatasetIndex;
  /** The articles the counted figures come from, for the picture's source line. */
  articles?: readonly string[];
  /** A click on a department's bar; never called for "others". */
  onSelect?: (departmentId: string) => void;
};

/** How many figures of each category each department reported, in each department's colour. */
function CountPanelBody({
  counts,
  categories,
  index,
  onSelect,
  articles,
  variant = 'desk',
  fontSize,
  height,
}: CountPanelProps) {
  const t = useT();
  const locale = useLocale();
  const colours = useChartColours();

  const model = useMemo(
    () => countSeries(counts, categories.length, index.departmentSlot),
    [counts, categories.length, index],
  );
  const option = useMemo(
    () =>
      buildCountBarOption(
        categories.map((category) => ({
          id: category,
          label: index.categoryName(category, locale),
        })),
        model.series.map((series) => ({
          id: series.id,
          // "Others" of one department is that department, in grey, by its name.
          name:
            series.id !== OTHERS_ID
              ? index.departmentName(series.id, locale)
              : series.departments.length === 1
                ? index.departmentName(series.departments[0] ?? '', locale)
                : t('overview.otherDepartments', { count: series.departments.length }),
          counts: series.counts,
          colour: colours.department(series.slot),
        })),
        {
          axisName: t('chart.countAxis'),
          ...(fontSize ? { fontSize } : {}),
          variant,
        },
      ),
    [categories, colours, fontSize, index, locale, model, t, variant],
  );

  const onEvents = useMemo<Record<string, ChartEventHandler> | undefined>(() => {
    if (!onSelect) return undefined;
    return {
      click: (params) => {
        const id = (params as { seriesId?: string }).seriesId;
        if (id && id !== OTHERS_ID) onSelect(id);
      },
    };
  }, [onSelect]);

  const hint = variant === 'desk' && onSelect ? t('overview.figuresByCategoryHint') : null;
  const othersNote =
    model.hidden > 0 ? t('overview.countTopShown', { hidden: model.hidden }) : null;

  return (
    <ChartPanel
      variant={variant}
      title={t('overview.figuresByCategory')}
      description={t('overview.figuresByCategory')}
      option={option}
      height={height ?? `${Math.max(240, categories.length * 34 + 110)}px`}
      fileName="figures-by-category"
      {...(articles ? { articles } : {})}
      {...(onEvents ? { onEvents } : {})}
      notes={
        othersNote || hint ? (
          <>
            {othersNote && <p>{othersNote}</p>}
            {hint && <p data-print="hide">{hint}</p>}
          </>
        ) : undefined
      }
      table={{
        columns: [t('table.department'), t('chart.countAxis')],
        rows: counts.map((row) => ({
          key: row.department,
          cells: [
            <DepartmentSwatch key="d" index={index} departmentId={row.department} form="full" />,
            row.counts.reduce((sum, n) => sum + n, 0),
          ],
        })),
      }}
    />
  );
}

/** The count chart inside its own error boundary: if it cannot be drawn, the view still is. */
export function CountPanel(props: CountPanelProps) {
  return (
    <PanelBoundary>
      <CountPanelBody {...props} />
    </PanelBoundary>
  );
}
