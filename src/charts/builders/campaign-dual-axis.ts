import type { Qualifier } from '../../domain/dataset-schema.ts';
import type { ChartOption } from '../echarts.ts';
import type { RenderTooltip } from '../text-tooltip.ts';
import { lowerBoundItemStyle } from './figure-bar.ts';
import { legendItemSize, pixelScale } from './pixel-scale.ts';

export type CampaignValue = { value: number; qualifier: Qualifier; text: string };

export type CampaignRow = {
  id: string;
  label: string;
  /** How many sessions or activities were held (bar, left axis). */
  sessions: CampaignValue | null;
  /** How many person-times were reached (points, right axis). */
  reach: CampaignValue | null;
  tooltipLines: readonly string[];
};

export type CampaignContext = {
  sessionsName: string;
  reachName: string;
  sessionsAxisName: string;
  reachAxisName: string;
  formatAxisValue: (value: number) => string;
  renderTooltip: RenderTooltip;
  fontSize?: number;
};

/**
 * Sessions as bars on the left axis and person-times as points on the right axis, for activities
 * that report both (e.g. the health commission's four outreach campaigns). The two axes never share
 * a scale, because their units differ. Points, not a line: the campaigns are separate activities,
 * not a series in time, so nothing should suggest a trend between them (and ECharts' line chart
 * would cost 5 kB gzip for this one chart). Lower bounds are hatched bars and hollow points.
 */
export function buildCampaignOption(
  rows: readonly CampaignRow[],
  context: CampaignContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  const label = (value: CampaignValue | null) => value?.text ?? '';
  return {
    animationDuration: 400,
    grid: { left: px(8), right: px(8), top: px(64), bottom: px(8) },
    legend: { top: 0, ...legendItemSize(px), textStyle: { fontSize } },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (params as Array<{ dataIndex: number }>)[0];
        const row = first ? rows[first.dataIndex] : undefined;
        return row ? context.renderTooltip(row.tooltipLines) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      axisLabel: { fontSize, interval: 0, width: px(120), overflow: 'break' },
    },
    yAxis: [
      {
        type: 'value',
        name: context.sessionsAxisName,
        nameTextStyle: { fontSize, align: 'left' },
        axisLabel: { formatter: context.formatAxisValue, fontSize },
      },
      {
        type: 'value',
        name: context.reachAxisName,
        nameTextStyle: { fontSize, align: 'right' },
        axisLabel: { formatter: context.formatAxisValue, fontSize },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: context.sessionsName,
        yAxisIndex: 0,
        barMaxWidth: px(48),
        data: rows.map((row) =>
          row.sessions
            ? {
                value: row.sessions.value,
                itemStyle: row.sessions.qualifier === 'exact' ? {} : lowerBoundItemStyle(),
              }
            : { value: '-' as const },
        ),
        label: {
          show: true,
          position: 'top',
          fontSize,
          formatter: (params: unknown) =>
            label(rows[(params as { dataIndex: number }).dataIndex]?.sessions ?? null),
        },
      },
      {
        type: 'scatter',
        name: context.reachName,
        yAxisIndex: 1,
        symbolSize: px(16),
        data: rows.map((row) =>
          row.reach
            ? {
                value: row.reach.value,
                symbol: row.reach.qualifier === 'exact' ? 'circle' : 'emptyCircle',
              }
            : { value: '-' as const },
        ),
        label: {
          show: true,
          position: 'right',
          fontSize,
          formatter: (params: unknown) =>
            label(rows[(params as { dataIndex: number }).dataIndex]?.reach ?? null),
        },
      },
    ],
  };
}
