import type { ChartOption } from '../echarts.ts';
import { legendItemSize, pixelScale } from './pixel-scale.ts';

export type CountSeries = { id: string; name: string; counts: readonly number[] };

export type CountBarContext = { axisName: string; fontSize?: number };

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
  return {
    animationDuration: 400,
    grid: { left: px(8), right: px(24), top: px(40), bottom: px(32) },
    legend: { top: 0, left: 0, ...legendItemSize(px), textStyle: { fontSize } },
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
      axisLabel: { fontSize },
    },
    series: series.map((s) => ({
      type: 'bar' as const,
      id: s.id,
      name: s.name,
      stack: 'count',
      barMaxWidth: px(28),
      data: s.counts.map((count) => (count === 0 ? '-' : count)),
    })),
  };
}
