import { textWidthEm } from '../../domain/text-width.ts';
import type { ChartOption } from '../echarts.ts';
import { categoryLabelWidth, legendItemSize, pixelScale } from './pixel-scale.ts';

/** One stacked series: a department (or "others") in its colour. */
export type CountSeries = { id: string; name: string; counts: readonly number[]; colour: string };

export type CountBarContext = {
  axisName: string;
  fontSize?: number;
  /**
   * A slide has no hover: two or more departments stand in a column on the right, as a row of
   * names could wrap onto the bars, and names in the column wrap instead of being cut.
   */
  variant?: 'desk' | 'slide';
};

/** Up to this many series the legend sits in one row above the bars; beyond it, in a column. */
export const LEGEND_ROW_MAX = 5;

/**
 * How many figures of each category (rows) each department (stacked series) reported. Stacking is
 * right here because every segment counts the same thing, figures, unlike the figures' own values.
 * One series per department keeps the colours few and lets a click name the department.
 */
export function buildCountBarOption(
  rows: ReadonlyArray<{ id: string; label: string }>,
  series: readonly CountSeries[],
  context: CountBarContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  // Long or many department names: each is cut to one line (full name on hover) and, past a
  // row's worth, the legend stands in a column on the right so it never covers the bars.
  const slide = context.variant === 'slide';
  const column = (slide && series.length > 1) || series.length > LEGEND_ROW_MAX;
  // As wide as the longest name needs, up to a limit past which names are cut (whole on hover).
  const longest = Math.max(0, ...series.map((s) => textWidthEm(s.name)));
  const legendWidth = Math.min(px(150), Math.ceil(fontSize * longest) + 2);
  const narrowLegendWidth = Math.min(px(64), legendWidth);
  const labelWidth = categoryLabelWidth(
    rows.map((row) => row.label),
    fontSize,
    px(slide ? 120 : 160),
  );
  return {
    // On a phone-wide desk chart the column of names would take half the width: cut them
    // shorter. A slide is laid out at its design size and scaled, so it never takes this.
    ...(column && !slide
      ? {
          media: [
            {
              query: { maxWidth: 560 },
              option: {
                grid: { right: narrowLegendWidth + px(48) },
                legend: { textStyle: { width: narrowLegendWidth } },
              },
            },
          ],
        }
      : {}),
    animationDuration: 400,
    grid: {
      outerBoundsMode: 'same' as const,
      left: px(8),
      right: column ? legendWidth + px(48) : px(24),
      top: column ? px(12) : px(40),
      bottom: px(32),
    },
    legend: {
      ...(column ? { orient: 'vertical' as const, right: 0, top: 0 } : { top: 0, left: 0 }),
      ...legendItemSize(px),
      tooltip: { show: true },
      // A name is cut to one line (whole on hover); a slide has no hover: its one name in a
      // row takes what it needs, and names in a column wrap.
      textStyle:
        slide && !column
          ? { fontSize }
          : {
              fontSize,
              width: legendWidth,
              overflow: slide ? ('break' as const) : ('truncate' as const),
            },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      name: context.axisName,
      nameLocation: 'middle',
      nameGap: px(28),
      minInterval: 1,
      nameTextStyle: { fontSize },
      axisLabel: { fontSize },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      // A long category name wraps to a second line (rows have room for two) rather than being
      // cut: the labels stay plain text, so the only pointer over the chart is on the bars.
      axisLabel: {
        fontSize,
        width: labelWidth,
        overflow: 'break',
        lineHeight: Math.round(fontSize * 1.2),
      },
    },
    series: series.map((s) => ({
      type: 'bar' as const,
      id: s.id,
      name: s.name,
      stack: 'count',
      barMaxWidth: px(28),
      itemStyle: { color: s.colour },
      data: s.counts.map((count) => (count === 0 ? '-' : count)),
    })),
  };
}
