import { encodeHTML, type ChartOption } from '../echarts';

export type TimelinePoint = {
  id: string;
  /** ISO date with month or day precision (`2020-07`, `2023-10-16`). */
  date: string;
  /** Row on the vertical axis: the department. */
  row: string;
  /** Short text next to the point. */
  label: string;
  tooltipLines: readonly string[];
};

export type TimelineContext = {
  rows: readonly string[];
  formatDate: (isoDate: string) => string;
  fontSize?: number;
};

/** Milliseconds since the epoch, in UTC, of the first day an ISO date can mean. */
export function isoDateToUtc(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Dated events on a time axis, one row per department. */
export function buildTimelineOption(
  points: readonly TimelinePoint[],
  context: TimelineContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  return {
    animationDuration: 400,
    useUTC: true,
    grid: { left: 8, right: 40, top: 16, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const point = points[(params as { dataIndex: number }).dataIndex];
        return point ? point.tooltipLines.map(encodeHTML).join('<br/>') : '';
      },
    },
    xAxis: {
      type: 'time',
      axisLabel: { fontSize, hideOverlap: true },
      splitLine: { show: true },
    },
    yAxis: {
      type: 'category',
      data: [...context.rows],
      axisLabel: { fontSize },
      splitLine: { show: true },
    },
    series: [
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 20,
        data: points.map((point) => ({
          id: point.id,
          value: [isoDateToUtc(point.date), point.row],
        })),
        label: {
          show: true,
          position: 'top',
          fontSize,
          formatter: (params: unknown) => {
            const point = points[(params as { dataIndex: number }).dataIndex];
            return point ? `${context.formatDate(point.date)} ${point.label}` : '';
          },
        },
      },
    ],
  };
}
