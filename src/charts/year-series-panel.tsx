import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { formatIsoDate } from '../domain/format-date.ts';
import { formatExactValue, formatMagnitude } from '../domain/format-number.ts';
import type { Locale } from '../domain/locale.ts';
import type { YearPoint, YearSeries } from '../domain/year-series-model.ts';
import { FigureValue } from '../ui/figure-value.tsx';
import { PanelBoundary } from '../ui/error-boundary.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { QuoteWithSource } from '../ui/quote-with-source.tsx';
import { buildYearSeriesOption, type YearSeriesRow } from './builders/year-series.ts';
import type { ChartEventHandler } from './chart.tsx';
import { useChartColours } from './chart-colours.ts';
import { ChartPanel, type PanelLayoutProps } from './chart-panel.tsx';
import { describeChart } from './describe-chart.ts';
import { textTooltip } from './text-tooltip.ts';

export type YearSeriesPanelProps = PanelLayoutProps & {
  /** One metric of one department across the years (domain/year-series-model.ts). */
  series: YearSeries;
  index: DatasetIndex;
  /** Defaults to the metric and its unit: 建成社区养老服务站（处）. */
  title?: string;
  /** A click on a bar. */
  onSelect?: (figure: Figure) => void;
};

const LEGEND_KEYS = {
  atLeast: 'legend.lowerBound',
  atMost: 'legend.upperBound',
  approx: 'legend.approx',
  range: 'legend.range',
} as const;

type Translate = ReturnType<typeof useT>;

/** The x axis label: the year, numbered when the year prints several figures of the metric. */
function yearLabel(point: YearPoint, t: Translate) {
  return point.ofYear > 1
    ? t('yearSeries.nthInYear', { year: point.year, nth: point.nthInYear })
    : t('yearSeries.year', { year: point.year });
}

/** The full number for the tooltip; an upper bound is not a value, nor a range one number. */
function exactLine(point: YearPoint, t: Translate, locale: Locale, unitName: string) {
  const value = `${formatExactValue(point.value, locale)} ${unitName}`;
  switch (point.qualifier) {
    case 'exact':
      return value;
    case 'range':
      return t('yearSeries.range', {
        value: formatExactValue(point.value, locale),
        valueMax: `${formatExactValue(point.valueMax ?? point.value, locale)} ${unitName}`,
      });
    default:
      return t(`yearSeries.${point.qualifier}`, { value });
  }
}

/** One metric of one department, a bar per printed figure, the years in order. */
function YearSeriesPanelBody({
  series,
  index,
  title: titleProp,
  onSelect,
  variant,
  fontSize,
  height,
}: YearSeriesPanelProps) {
  const locale = useLocale();
  const t = useT();
  const colours = useChartColours();
  const unitName = index.unitName(series.unit, locale);
  const title =
    titleProp ?? t('yearSeries.panelTitle', { metric: series.metric[locale], unit: unitName });

  const option = useMemo(() => {
    const colour = colours.department(index.departmentSlot(series.department));
    const rows: YearSeriesRow[] = series.points.map((point) => ({
      id: point.figureId,
      label: yearLabel(point, t),
      value: point.value,
      valueMax: point.valueMax,
      qualifier: point.qualifier,
      valueText: figureValueText(point.figure, locale, index),
      colour,
      tooltipLines: [
        `${yearLabel(point, t)} · ${series.metric[locale]}`,
        `${figureValueText(point.figure, locale, index)} · ${exactLine(point, t, locale, unitName)}`,
        `${formatIsoDate(point.date, locale)} · ${t('format.quote', { quote: point.figure.quote })}`,
      ],
    }));
    return buildYearSeriesOption(rows, {
      axisName: unitName,
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
  }, [colours, fontSize, index, locale, series, t, unitName, variant]);

  const onEvents = useMemo<Record<string, ChartEventHandler> | undefined>(() => {
    if (!onSelect) return undefined;
    return {
      click: (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        const point = series.points.find((p) => p.figureId === id);
        if (point) onSelect(point.figure);
      },
    };
  }, [series, onSelect]);

  const marks = (['atLeast', 'atMost', 'approx', 'range'] as const).filter((q) =>
    series.points.some((point) => point.qualifier === q),
  );
  const hasBound = marks.includes('atMost') || marks.includes('atLeast');
  const description = describeChart(
    series.points.map((point) => ({
      label: `${yearLabel(point, t)} ${series.metric[locale]}`,
      figures: [point.figure],
    })),
    index,
    locale,
  );

  return (
    <ChartPanel
      title={title}
      description={description}
      option={option}
      height={height ?? '280px'}
      fileName={`${series.department}-years-${series.points[0]?.figureId ?? 'series'}`}
      articles={[...new Set(series.points.map((point) => point.figure.article))]}
      {...(onEvents ? { onEvents } : {})}
      variant={variant}
      notes={
        marks.length > 0 ? (
          <>
            {marks.map((q) => (
              <p key={q}>{t(LEGEND_KEYS[q])}</p>
            ))}
            {hasBound && <p>{t('yearSeries.boundMarker')}</p>}
          </>
        ) : undefined
      }
      table={{
        columns: [t('yearSeries.tableYear'), t('table.value'), t('table.date'), t('table.quote')],
        rows: series.points.map((point) => ({
          key: point.figureId,
          cells: [
            yearLabel(point, t),
            <FigureValue key="v" figure={point.figure} index={index} />,
            formatIsoDate(point.date, locale),
            <QuoteWithSource
              key="q"
              quote={point.figure.quote}
              recordId={point.figureId}
              recordName={series.metric[locale]}
            />,
          ],
        })),
      }}
    />
  );
}

/** The panel inside its own error boundary: if it cannot be drawn, the rest of the page still is. */
export function YearSeriesPanel(props: YearSeriesPanelProps) {
  return (
    <PanelBoundary>
      <YearSeriesPanelBody {...props} />
    </PanelBoundary>
  );
}
