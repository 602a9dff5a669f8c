import type { ChartOption } from '../echarts';

export type CountRow = { id: string; label: string; count: number };

/** Horizontal bars of plain counts (how many figures each department reported). */
export function buildCountBarOption(rows: readonly CountRow[], axisName: string): ChartOption {
  return {
    grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: axisName, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
    },
    series: [
      {
        type: 'bar',
        name: axisName,
        data: rows.map((row) => ({ value: row.count, id: row.id })),
        label: { show: true, position: 'right' },
        barMaxWidth: 28,
      },
    ],
  };
}
