import type { ChartOption } from '../echarts.ts';
import type { RenderTooltip } from '../text-tooltip.ts';
import { DESK_FONT_SIZE, pixelScale } from './pixel-scale.ts';

export type TimelinePoint = {
  /** The record the point stands for (the first one where several share a date); click target. */
  id: string;
  /** ISO date with month or day precision (`2020-07`, `2023-10-16`). */
  date: string;
  /** The date as the label writes it, with 推断 where it is inferred; defaults to formatDate. */
  dateText?: string;
  /** Row on the vertical axis: the department. */
  row: string;
  /** Short text next to the point; the tooltip carries the rest. */
  label: string;
  /** Said after the date, where the title may be cut short: e.g. that the point stands for 2 records. */
  note?: string;
  /** Tooltip lines (date, record, quote); plain text, escaped here. */
  tooltipLines: readonly string[];
  /** Diamonds for events, circles for figures. */
  symbol: 'diamond' | 'circle';
};

export type TimelineContext = {
  /** The rows top to bottom: each department's name and colour. */
  rows: ReadonlyArray<{ name: string; colour: string }>;
  formatDate: (isoDate: string) => string;
  renderTooltip: RenderTooltip;
  fontSize?: number;
  /** Labels longer than this many pixels are cut with an ellipsis; defaults to 16 characters. */
  labelWidth?: number;
};

const DAY = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch, in UTC, of the first day an ISO date can mean. */
export function isoDateToUtc(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** ECharts rich text has no escape for its `{style|text}` braces, so data text drops them. */
const richSafe = (text: string) => text.replace(/[{}]/g, '');

/**
 * An axis tick as an ISO date at the precision it marks: the first of January is a year
 * (`2021`), the first of a month a month (`2021-07`), any other day a day. Axis labels then read
 * in the interface language through the same date formatter as the points.
 */
export function tickIsoDate(time: number): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear());
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  if (month === '01' && day === '01') return year;
  return day === '01' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

type Placement = { position: 'top' | 'bottom'; align: 'left' | 'center' | 'right' };

/**
 * Where each point's label goes. Near the left or right end of the axis the label grows inwards
 * so it is not cut off; on one row, a point close to the previous one puts its label on the other
 * side so the two do not overlap.
 */
export function placeLabels(
  points: readonly Pick<TimelinePoint, 'date' | 'row'>[],
  min: number,
  max: number,
): Placement[] {
  const span = Math.max(max - min, 1);
  const placements: Placement[] = points.map((point) => {
    const at = (isoDateToUtc(point.date) - min) / span;
    return { position: 'top', align: at > 0.6 ? 'right' : at < 0.4 ? 'left' : 'center' };
  });
  const order = points
    .map((point, index) => ({ index, time: isoDateToUtc(point.date), row: point.row }))
    .sort((a, b) => a.time - b.time);
  const previousOnRow = new Map<string, { index: number; time: number }>();
  for (const { index, time, row } of order) {
    const previous = previousOnRow.get(row);
    const placement = placements[index];
    const previousPlacement = previous && placements[previous.index];
    if (placement && previousPlacement && time - previous.time < span * 0.2) {
      placement.position = previousPlacement.position === 'top' ? 'bottom' : 'top';
    }
    previousOnRow.set(row, { index, time });
  }
  return placements;
}

/** Dated events and figures on a time axis, one row per department, in the department's colour. */
export function buildTimelineOption(
  points: readonly TimelinePoint[],
  context: TimelineContext,
): ChartOption {
  const fontSize = context.fontSize ?? DESK_FONT_SIZE;
  // Marks, gaps and margins grow with the labels, so on a big screen they are not specks.
  const px = pixelScale(fontSize);
  const times = points.map((point) => isoDateToUtc(point.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  // Room at both ends so the first and last points are not drawn on the frame.
  const pad = Math.max((last - first) * 0.04, 45 * DAY);
  const min = points.length > 0 ? first - pad : undefined;
  const max = points.length > 0 ? last + pad : undefined;
  const placements = placeLabels(points, min ?? 0, max ?? 1);
  // A label above a point of the first row, or below one of the last, reaches past its row:
  // give it room (two lines of label and its distance) instead of letting the frame cut it or
  // the axis labels run into it.
  const labelRoom = 2 * fontSize + 10 + px(6);
  const labelledOn = (row: string | undefined, position: Placement['position']) =>
    points.some((point, index) => point.row === row && placements[index]?.position === position);
  const roomAbove = labelledOn(context.rows[0]?.name, 'top');
  const roomBelow = labelledOn(context.rows.at(-1)?.name, 'bottom');
  const byId = new Map(points.map((point) => [point.id, point]));
  const pointOf = (params: unknown) =>
    byId.get((params as { data?: { id?: string } }).data?.id ?? '');

  return {
    animationDuration: 400,
    useUTC: true,
    grid: { left: px(8), right: px(24), top: roomAbove ? labelRoom : px(8), bottom: px(16) },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: min(380px, 80vw); white-space: normal;',
      formatter: (params: unknown) => {
        const point = pointOf(params);
        return point ? context.renderTooltip(point.tooltipLines) : '';
      },
    },
    xAxis: {
      type: 'time',
      ...(min !== undefined && max !== undefined ? { min, max } : {}),
      axisLabel: {
        fontSize,
        margin: roomBelow ? labelRoom : px(8),
        hideOverlap: true,
        formatter: (value: number) => context.formatDate(tickIsoDate(value)),
      },
      splitLine: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: context.rows.map((row) => row.name),
      axisLabel: { fontSize, width: fontSize * 7, overflow: 'break' },
      splitLine: { show: true },
    },
    series: context.rows.map(({ name, colour }) => ({
      type: 'scatter' as const,
      name,
      symbolSize: px(16),
      itemStyle: { color: colour },
      data: points.flatMap((point, index) =>
        point.row === name
          ? [
              {
                id: point.id,
                value: [isoDateToUtc(point.date), point.row],
                symbol: point.symbol,
                symbolSize: px(point.symbol === 'diamond' ? 20 : 16),
                label: placements[index] ?? {},
              },
            ]
          : [],
      ),
      label: {
        show: true,
        distance: px(6),
        width: context.labelWidth ?? fontSize * 16,
        overflow: 'truncate' as const,
        formatter: (params: unknown) => {
          const point = pointOf(params);
          if (!point) return '';
          const date =
            (point.dateText ?? context.formatDate(point.date)) +
            (point.note ? ` · ${point.note}` : '');
          // A slide keys its points (①, ②…) to the list under the chart: the date alone.
          if (point.label === '') return `{date|${richSafe(date)}}`;
          return `{date|${richSafe(date)}}\n{title|${richSafe(point.label)}}`;
        },
        rich: {
          date: { fontSize: fontSize - 1, lineHeight: fontSize + 4, opacity: 0.8 },
          title: { fontSize, lineHeight: fontSize + 6, fontWeight: 'bold' as const },
        },
      },
      emphasis: { scale: 1.3 },
    })),
  };
}
