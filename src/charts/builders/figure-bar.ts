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
import {
  axisLabelTooltip,
  categoryLabelWidth,
  legendItemSize,
  pixelScale,
  valueLabelRoom,
} from './pixel-scale.ts';

export type FigureBarRow = {
  id: string;
  /** Category-axis label: the department or metric. */
  label: string;
  value: number;
  /** The upper end of a range (七八个 → 8); the bar spans value to valueMax. */
  valueMax?: number | undefined;
  qualifier: Qualifier;
  /** The value as the reader should see it, with its qualifier: `7000余万元`. */
  valueText: string;
  /** Tooltip lines (metric, exact value, quote); plain text, escaped here. */
  tooltipLines: readonly string[];
  /** The bar's department colour (src/domain/department-colours.ts). */
  colour: string;
};

export type FigureBarContext = {
  /** Axis name: the unit, e.g. `人`. */
  axisName: string;
  logScale: boolean;
  /** Legend names of each kind of number: exact, lower and upper bounds, estimates, ranges. */
  seriesNames: Record<Qualifier, string>;
  /** The legend's swatches stand for no department: drawn in this ink, never a department's. */
  markColour: string;
  /** The hatching of lower bounds, in contrast with the bars' colours. */
  hatchColour?: string;
  formatAxisValue: (value: number) => string;
  renderTooltip: RenderTooltip;
  /** Labels in big-screen mode are larger; defaults to 14. */
  fontSize?: number;
  /** `slide`: nobody hovers, so labels wrap instead of being cut short. */
  variant?: 'desk' | 'slide';
};

/**
 * Horizontal bars of figures that share one unit, each in its department's colour. Each
 * qualifier is its own series so the legend explains the marks (in a neutral ink); the series
 * overlap (`barGap: -100%`), so every row still shows one bar. A range is drawn as the interval
 * it is: an invisible bar to its lower end with the striped span on top of it (on a log axis,
 * where a bar cannot start above zero, as a bar to the upper end, its label giving both ends).
 */
export function buildFigureBarOption(
  rows: readonly FigureBarRow[],
  context: FigureBarContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  const present = QUALIFIERS.filter((q) => rows.some((row) => row.qualifier === q));
  const slide = context.variant === 'slide';
  // The category labels take what the longest needs, up to a limit where they wrap or are cut.
  const labelWidth = categoryLabelWidth(
    rows.map((row) => row.label),
    fontSize,
    px(slide ? 150 : 180),
  );
  return {
    // On a phone-wide desk chart, long labels get less room so the bars keep theirs.
    ...(slide
      ? {}
      : {
          media: [
            {
              query: { maxWidth: 480 },
              option: { yAxis: { axisLabel: { width: Math.min(labelWidth, 96) } } },
            },
          ],
        }),
    animationDuration: 400,
    // Room on the right for the value labels: CJK characters are about one font size wide.
    // The rect holds the axis labels (outerBoundsMode 'same'): the room kept on the right for
    // the value labels stays theirs instead of being taken back by ECharts' own bounds.
    grid: {
      outerBoundsMode: 'same' as const,
      left: px(8),
      right: valueLabelRoom(
        rows.map((row) => row.valueText),
        fontSize,
      ),
      top: present.length > 1 || present.some((q) => q !== 'exact') ? px(36) : px(12),
      bottom: px(32),
    },
    // The legend names the kinds of number shown (never the invisible base of a range).
    legend:
      present.length > 1 || present.some((q) => q !== 'exact')
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
      axisLabel: {
        fontSize,
        width: labelWidth,
        // A cut label shows whole on hover (and in the table); a slide has no hover: wrap.
        overflow: slide ? 'break' : 'truncate',
        lineHeight: Math.round(fontSize * 1.25),
      },
      ...(slide ? {} : axisLabelTooltip()),
    },
    series: [
      ...(present.includes('range') && !context.logScale ? [rangeBase(rows, px(32))] : []),
      ...present.map((qualifier) => ({
        type: 'bar' as const,
        name: context.seriesNames[qualifier],
        barGap: '-100%',
        barMaxWidth: px(32),
        ...(qualifier === 'range' && !context.logScale ? { stack: RANGE_STACK } : {}),
        data: rows.map((row) =>
          row.qualifier === qualifier
            ? {
                value: barLength(row, context.logScale),
                id: row.id,
                itemStyle: { color: row.colour },
              }
            : { value: '-' as const },
        ),
        itemStyle: {
          color: context.markColour,
          ...qualifierItemStyle(qualifier, context.hatchColour),
        },
        label: {
          show: true,
          position: 'right' as const,
          fontSize,
          formatter: (params: unknown) =>
            rows[(params as { dataIndex: number }).dataIndex]?.valueText ?? '',
        },
      })),
    ],
  };
}
