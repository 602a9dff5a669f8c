import type { Qualifier } from '../../domain/dataset-schema.ts';
import type { ChartOption } from '../echarts.ts';
import type { RenderTooltip } from '../text-tooltip.ts';
import { legendItemSize, pixelScale } from './pixel-scale.ts';

export type FigureBarRow = {
  id: string;
  /** Category-axis label: the department or metric. */
  label: string;
  value: number;
  qualifier: Qualifier;
  /** The value as the reader should see it, with its qualifier: `7000余万元`. */
  valueText: string;
  /** Tooltip lines (metric, exact value, quote); plain text, escaped here. */
  tooltipLines: readonly string[];
};

export type FigureBarContext = {
  /** Axis name: the unit, e.g. `人`. */
  axisName: string;
  logScale: boolean;
  /** Legend names of the exact values and of the lower bounds / estimates. */
  seriesNames: { exact: string; atLeast: string; approx: string };
  formatAxisValue: (value: number) => string;
  renderTooltip: RenderTooltip;
  /** Labels in big-screen mode are larger; defaults to 14. */
  fontSize?: number;
};

/** Diagonal hatching plus a dashed outline: a lower bound must not look like an exact bar. */
export function lowerBoundItemStyle() {
  return {
    decal: {
      symbol: 'rect' as const,
      dashArrayX: [1, 0],
      dashArrayY: [3, 5],
      rotation: -Math.PI / 4,
      color: 'rgba(255, 255, 255, 0.55)',
    },
    borderType: 'dashed' as const,
    borderWidth: 2,
  };
}

const QUALIFIERS: readonly Qualifier[] = ['exact', 'atLeast', 'approx'];

/**
 * Horizontal bars of figures that share one unit. Each qualifier is its own series so the legend
 * explains the marks; the series overlap (`barGap: -100%`), so every row still shows one bar.
 */
export function buildFigureBarOption(
  rows: readonly FigureBarRow[],
  context: FigureBarContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  const present = QUALIFIERS.filter((q) => rows.some((row) => row.qualifier === q));
  return {
    animationDuration: 400,
    // Room on the right for the value labels, which are longer than the axis labels.
    grid: {
      left: px(8),
      right: px(8) + fontSize * 7,
      top: present.length > 1 ? px(36) : px(12),
      bottom: px(32),
    },
    legend:
      present.length > 1
        ? { top: 0, left: 0, ...legendItemSize(px), textStyle: { fontSize } }
        : { show: false },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const row = rows[index];
        return row ? context.renderTooltip(row.tooltipLines) : '';
      },
    },
    xAxis: {
      type: context.logScale ? 'log' : 'value',
      name: context.axisName,
      nameLocation: 'middle',
      nameGap: px(28),
      nameTextStyle: { fontSize },
      axisLabel: { formatter: context.formatAxisValue, fontSize, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { fontSize, width: px(180), overflow: 'truncate' },
    },
    series: present.map((qualifier) => ({
      type: 'bar' as const,
      name: context.seriesNames[qualifier],
      barGap: '-100%',
      barMaxWidth: px(32),
      data: rows.map((row) =>
        row.qualifier === qualifier ? { value: row.value, id: row.id } : { value: '-' as const },
      ),
      itemStyle: qualifier === 'exact' ? {} : lowerBoundItemStyle(),
      label: {
        show: true,
        position: 'right' as const,
        fontSize,
        formatter: (params: unknown) =>
          rows[(params as { dataIndex: number }).dataIndex]?.valueText ?? '',
      },
    })),
  };
}
