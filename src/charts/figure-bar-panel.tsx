import { useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { PanelBoundary } from '../ui/error-boundary.tsx';
import { formatIsoDate } from '../domain/format-date.ts';
import { formatExactValue, formatMagnitude } from '../domain/format-number.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { DepartmentSwatch } from '../ui/department-swatch.tsx';
import { FigureValue } from '../ui/figure-value.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { buildFigureBarOption, type FigureBarRow } from './builders/figure-bar.ts';
import { topItems } from '../domain/top-items.ts';
import type { ChartEventHandler } from './chart.tsx';
import { useChartColours } from './chart-colours.ts';
import { ChartPanel, type PanelLayoutProps } from './chart-panel.tsx';
import { describeChart } from './describe-chart.ts';
import { textTooltip } from './text-tooltip.ts';
import { QuoteWithSource } from '../ui/quote-with-source.tsx';

export type FigureBarPanelProps = PanelLayoutProps & {
  /** Names the figures' articles in the chart's description for screen readers. */
  index: DatasetIndex;
  /** Defaults to the figures' shared category and unit: 覆盖范围（人）. */
  title?: string;
  /** Figures of one unit and one category; the caller checks comparability. */
  figures: readonly Figure[];
  /** The bar's label: the department, or the metric when all share a department. */
  labelOf: (figure: Figure) => string;
  fileName: string;
  logScale?: boolean;
  /** A click on a bar. */
  onSelect?: (figure: Figure) => void;
  actions?: ReactNode;
  /** The chart draws the largest this many; the table lists every figure. */
  maxBars?: number;
};

/** More bars than this would not be readable in one panel (hundreds of departments). */
export const MAX_BARS = 20;

/** Bars of comparable figures with lower bounds marked, their table, and the legend's meaning. */
function FigureBarPanelBody({
  index,
  title: titleProp,
  figures,
  labelOf,
  fileName,
  logScale = false,
  onSelect,
  actions,
  height,
  fontSize,
  variant,
  maxBars = MAX_BARS,
}: FigureBarPanelProps) {
  const locale = useLocale();
  const t = useT();
  const colours = useChartColours();
  const unit = figures[0]?.unit;
  const category = figures[0]?.category;
  const title =
    titleProp ??
    (unit && category
      ? t('format.groupTitle', {
          category: index.categoryName(category, locale),
          unit: index.unitName(unit, locale),
        })
      : '');

  const { shown, hidden } = useMemo(
    () => topItems(figures, maxBars, (figure) => figure.value),
    [figures, maxBars],
  );

  const option = useMemo(() => {
    const rows: FigureBarRow[] = shown.map((figure) => ({
      id: figure.id,
      label: labelOf(figure),
      value: figure.value,
      qualifier: figure.qualifier,
      valueMax: figure.valueMax,
      valueText: figureValueText(figure, locale, index),
      colour: colours.department(index.departmentSlot(figure.department)),
      tooltipLines: [
        `${labelOf(figure)} · ${figure.metric[locale]}`,
        `${figureValueText(figure, locale, index)} (${formatExactValue(figure.value, locale)})`,
        `${formatIsoDate(figure.date, locale)} · ${t('format.quote', { quote: figure.quote })}`,
      ],
    }));
    return buildFigureBarOption(rows, {
      axisName: unit ? index.unitName(unit, locale) : '',
      logScale,
      seriesNames: {
        exact: t('qualifier.exact'),
        atLeast: t('qualifier.atLeast'),
        atMost: t('qualifier.atMost'),
        approx: t('qualifier.approx'),
        range: t('qualifier.range'),
      },
      markColour: colours.mark,
      hatchColour: colours.hatch,
      formatAxisValue: (value) => formatMagnitude(value, locale),
      renderTooltip: textTooltip,
      ...(fontSize ? { fontSize } : {}),
      ...(variant ? { variant } : {}),
    });
  }, [colours, shown, fontSize, index, labelOf, locale, logScale, t, unit, variant]);

  const onEvents = useMemo<Record<string, ChartEventHandler> | undefined>(() => {
    if (!onSelect) return undefined;
    return {
      click: (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        const figure = shown.find((f) => f.id === id);
        if (figure) onSelect(figure);
      },
    };
  }, [shown, onSelect]);

  // One sentence for each kind of mark on the chart: a bound is never left to colour or guess.
  const legendKeys = {
    atLeast: 'legend.lowerBound',
    atMost: 'legend.upperBound',
    approx: 'legend.approx',
    range: 'legend.range',
  } as const;
  const marks = (['atLeast', 'atMost', 'approx', 'range'] as const).filter((q) =>
    shown.some((figure) => figure.qualifier === q),
  );
  const hasBounds = marks.length > 0;
  const description = describeChart(
    shown.map((figure) => ({
      label: `${labelOf(figure)} ${figure.metric[locale]}`,
      figures: [figure],
    })),
    index,
    locale,
  );

  return (
    <ChartPanel
      title={title}
      description={description}
      option={option}
      height={height ?? `${Math.max(160, shown.length * 56 + 72)}px`}
      fileName={fileName}
      articles={[...new Set(figures.map((figure) => figure.article))]}
      {...(onEvents ? { onEvents } : {})}
      actions={actions}
      notes={
        hasBounds || hidden.length > 0 ? (
          <>
            {hidden.length > 0 && (
              <p>{t('chart.largestShown', { shown: shown.length, total: figures.length })}</p>
            )}
            {marks.map((q) => (
              <p key={q}>{t(legendKeys[q])}</p>
            ))}
          </>
        ) : undefined
      }
      variant={variant}
      table={{
        columns: [t('table.department'), t('table.metric'), t('table.value'), t('table.quote')],
        rows: figures.map((figure) => ({
          key: figure.id,
          cells: [
            <DepartmentSwatch key="d" index={index} departmentId={figure.department} />,
            figure.metric[locale],
            <FigureValue key="v" figure={figure} index={index} />,
            <QuoteWithSource
              key="q"
              quote={figure.quote}
              recordId={figure.id}
              recordName={figure.metric[locale]}
            />,
          ],
        })),
      }}
    />
  );
}

/** The panel inside its own error boundary: if it cannot be drawn, the rest of the page still is. */
export function FigureBarPanel(props: FigureBarPanelProps) {
  return (
    <PanelBoundary>
      <FigureBarPanelBody {...props} />
    </PanelBoundary>
  );
}
