import type { Qualifier } from '../../domain/dataset-schema.ts';
import type { ChartOption } from '../echarts.ts';
import type { RenderTooltip } from '../text-tooltip.ts';
import { qualifierItemStyle } from './bound-styles.ts';
import { categoryLabelWidth, pixelScale, valueLabelRoom } from './pixel-scale.ts';

export type CampaignValue = { value: number; qualifier: Qualifier; text: string };

export type CampaignRow = {
  id: string;
  label: string;
  /** How many sessions or activities were held (upper bars). */
  sessions: CampaignValue | null;
  /** How many person-times were reached (lower bars). */
  reach: CampaignValue | null;
  /** What to write for a measure the row lacks, when it is not "not reported" (e.g. filtered out). */
  missing?: Partial<Record<'sessions' | 'reach', string>>;
  tooltipLines: readonly string[];
};

export type CampaignContext = {
  /** Titles of the two blocks of bars, with their units: 活动场次（场次/次）, 服务人次（人次）. */
  sessionsTitle: string;
  reachTitle: string;
  /** The department's colour: both measures are the same department's. */
  colour: string;
  /** Written where a campaign printed no value for a measure, so the gap is not a zero. */
  missingText: string;
  /** The hatching of lower bounds, in contrast with the department colour. */
  hatchColour?: string;
  renderTooltip: RenderTooltip;
  fontSize?: number;
  /** `slide`: the chart has a page's width, so names get more of it and wrap less. */
  variant?: 'desk' | 'slide';
};

/**
 * The sessions and the person-times of each outreach campaign as two blocks of horizontal bars,
 * one above the other, the campaigns on the same rows. Two units never share an axis, and no
 * bar's label can fall on the other measure's mark: each block has its own value axis and its
 * own room (the dual-axis overlay this replaces put "11.2万余人次" on top of "1179次"). Values
 * are written on the bars, so the value axes carry no labels. Lower bounds are hatched.
 */
export function buildCampaignOption(
  rows: readonly CampaignRow[],
  context: CampaignContext,
): ChartOption {
  const fontSize = context.fontSize ?? 14;
  const px = pixelScale(fontSize);
  const labelRoom = valueLabelRoom(
    [
      context.missingText,
      ...rows.flatMap((row) => [row.sessions?.text ?? '', row.reach?.text ?? '']),
      ...rows.flatMap((row) => Object.values(row.missing ?? {})),
    ],
    fontSize,
  );
  const nameWidth = categoryLabelWidth(
    rows.map((row) => row.label),
    fontSize,
    px(context.variant === 'slide' ? 300 : 170),
  );
  // Percentages keep the blocks proportional at any height; the band between them (8%) holds
  // the lower block's title, which is drawn above its first row.
  // A measure no campaign has under the filter gets no block; one block takes the whole chart.
  const measures = (['sessions', 'reach'] as const).filter((m) => rows.some((row) => row[m]));
  const top = Math.round(fontSize * 1.6) + px(4);
  const block = (measure: 'sessions' | 'reach', index: number) => ({
    grid: {
      outerBoundsMode: 'same' as const,
      left: px(8),
      right: labelRoom,
      ...(measures.length === 1
        ? { top, bottom: px(4) }
        : index === 0
          ? { top, bottom: '54%' }
          : { top: '54%', bottom: px(4) }),
    },
    series: {
      type: 'bar' as const,
      name: measure === 'sessions' ? context.sessionsTitle : context.reachTitle,
      xAxisIndex: index,
      yAxisIndex: index,
      barMaxWidth: px(24),
      itemStyle: { color: context.colour },
      data: rows.map((row) => {
        const value = row[measure];
        // An empty bar that carries the words: the report printed nothing here.
        if (!value) return { value: 0, itemStyle: { color: 'transparent' }, missing: true };
        return {
          value: value.value,
          itemStyle: qualifierItemStyle(value.qualifier, context.hatchColour),
        };
      }),
      label: {
        show: true,
        position: 'right' as const,
        fontSize,
        formatter: (params: unknown) => {
          const row = rows[(params as { dataIndex: number }).dataIndex];
          return row?.[measure]?.text ?? row?.missing?.[measure] ?? context.missingText;
        },
      },
    },
  });
  const blocks = measures.map((measure, index) => block(measure, index));
  return {
    // On a phone-wide desk chart the names get less room, so the bars and their labels keep some.
    ...(context.variant === 'slide'
      ? {}
      : {
          media: [
            {
              query: { maxWidth: 480 },
              option: {
                yAxis: blocks.map(() => ({ axisLabel: { width: Math.min(nameWidth, 100) } })),
              },
            },
          ],
        }),
    animationDuration: 400,
    grid: blocks.map((b) => b.grid),
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = rows[(params as { dataIndex: number }).dataIndex];
        return row ? context.renderTooltip(row.tooltipLines) : '';
      },
    },
    xAxis: blocks.map((_, index) => ({
      type: 'value' as const,
      gridIndex: index,
      axisLabel: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
    })),
    yAxis: blocks.map((b, index) => ({
      type: 'category' as const,
      gridIndex: index,
      inverse: true,
      data: rows.map((row) => row.label),
      // The block's title, above its first row.
      name: b.series.name,
      nameLocation: 'start' as const,
      nameGap: px(8),
      nameTextStyle: { fontSize, fontWeight: 'bold' as const, align: 'left' as const },
      axisLabel: {
        fontSize,
        // Every campaign is named: never let ECharts skip a crowded label.
        interval: 0,
        width: nameWidth,
        overflow: 'break' as const,
        lineHeight: Math.round(fontSize * 1.2),
      },
    })),
    series: blocks.map((b) => b.series),
  };
}
