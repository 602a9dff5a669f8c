import type { Qualifier } from '../../domain/dataset-schema.ts';
import type { ChartOption } from '../echarts.ts';
import type { RenderTooltip } from '../text-tooltip.ts';
import {
  barLength,
  qualifierItemStyle,
  QUALIFIERS,
  rangeBase,
  RANGE_STACK,
} from './bound-styles.ts';
import { legendItemSize, pixelScale } from './pixel-scale.ts';

export type YearSeriesRow = {
  /** The figure's id, so a click finds it. */
  id: string;
  /** The x axis label: the year, with the point's place when a year prints several figures. */
  label: string;
  value: number;
  /** The upper end of a range; the bar spans value to valueMax. */
  valueMax?: number | undefined;
  qualifier: Qualifier;
  /** The value as the reader should see it, with its qualifier: `不足80处`, `约150公里`. */
  valueText: string;
  /** Tooltip lines (year, value, quote); plain text, escaped by `renderTooltip`. */
  tooltipLines: readonly string[];
  /** The department's colour (src/domain/department-colours.ts). */
  colour: string;
};

export type YearSeriesContext = {
  /** The value axis name: the unit, e.g. `处`. */
  axisName: string;
  /** Legend names of each kind of number: exact, lower and upper bounds, estimates, ranges. */
  seriesNames: Record<Qualifier, string>;
  /** The legend's swatches stand for no department: drawn in this ink. */
  markColour: string;
  hatchColour?: string;
  formatAxisValue: (value: number) => string;
  renderTooltip: RenderTooltip;
  /** Defaults to 14. */
  fontSize?: number;
  variant?: 'desk' | 'slide';
};

/**
 * One metric of one department across the years: a vertical bar per printed figure, the years
 * on the x axis in order. The marks follow the figure bars (bound-styles.ts): a bound is hatched
 * with a dashed outline and carries a hollow triangle at its end pointing the way the true value
 * may lie (▽ for 不足: at most this; △ for 余: at least this); an estimate has a dotted outline; a
 * range is drawn as the span from its lower to its upper end. Each kind is its own series, named
 * in the legend; the label above each bar is the value as printed.
 */
export function buildYearSeriesOption(
  rows: readonly YearSeriesRow[],
  context: YearSeriesContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  const present = QUALIFIERS.filter((q) => rows.some((row) => row.qualifier === q));
  const showLegend = present.length > 1 || present.some((q) => q !== 'exact');
  const label = {
    show: true,
    position: 'top' as const,
    fontSize,
    formatter: (params: unknown) =>
      rows[(params as { dataIndex: number }).dataIndex]?.valueText ?? '',
  };
  const bounds = present.filter((q) => q === 'atMost' || q === 'atLeast');
  return {
    animationDuration: 400,
    grid: {
      outerBoundsMode: 'same' as const,
      left: px(8),
      right: px(16),
      // Room above the highest bar for its label (and the legend when there is one).
      top: showLegend ? px(56) : px(32),
      bottom: px(8),
    },
    legend: showLegend
      ? {
          top: 0,
          left: 0,
          data: present.map((q) => context.seriesNames[q]),
          ...legendItemSize(px),
          textStyle: { fontSize },
        }
      : { show: false },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = rows[(params as { dataIndex: number }).dataIndex];
        return row ? context.renderTooltip(row.tooltipLines) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      axisLabel: { fontSize, interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: context.axisName,
      nameTextStyle: { fontSize },
      axisLabel: { formatter: context.formatAxisValue, fontSize, hideOverlap: true },
    },
    series: [
      ...(present.includes('range') ? [rangeBase(rows, px(48))] : []),
      ...present.map((qualifier) => ({
        type: 'bar' as const,
        name: context.seriesNames[qualifier],
        barGap: '-100%',
        barMaxWidth: px(48),
        ...(qualifier === 'range' ? { stack: RANGE_STACK } : {}),
        data: rows.map((row) =>
          row.qualifier === qualifier
            ? { value: barLength(row), id: row.id, itemStyle: { color: row.colour } }
            : { value: '-' as const },
        ),
        itemStyle: {
          color: context.markColour,
          ...qualifierItemStyle(qualifier, context.hatchColour),
        },
        // Above a bound's triangle, not on it.
        label:
          qualifier === 'atMost' || qualifier === 'atLeast'
            ? { ...label, distance: px(12) }
            : label,
      })),
      // Named as their bars, so the legend shows and hides both together.
      ...bounds.map((qualifier) => ({
        type: 'scatter' as const,
        name: context.seriesNames[qualifier],
        symbol: 'triangle',
        symbolSize: px(14),
        symbolRotate: qualifier === 'atMost' ? 180 : 0,
        silent: true,
        tooltip: { show: false },
        z: 3,
        data: rows.map((row) =>
          row.qualifier === qualifier
            ? {
                value: row.value,
                id: `${row.id}-bound`,
                itemStyle: { color: 'transparent', borderColor: row.colour, borderWidth: px(2) },
              }
            : { value: '-' as const },
        ),
        itemStyle: { color: 'transparent', borderColor: context.markColour, borderWidth: px(2) },
      })),
    ],
  };
}
