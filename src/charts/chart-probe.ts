import type { EChartsType } from './echarts.ts';

/**
 * What a chart can tell a test about itself after ECharts' layout: the texts it drew with their
 * boxes, and the colour of every mark (read back from ECharts' own visuals). The chart's figure
 * element carries both (`chartLabels()`, `chartMarks()`); e2e/layout-check.ts and
 * e2e/colours.spec.ts read them.
 */

/** A text ECharts drew (a label, an axis label, a legend name), where it landed after layout. */
export type ChartLabel = {
  text: string;
  /** In CSS pixels from the chart's top left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Cut short with an ellipsis (`overflow: 'truncate'`). */
  truncated: boolean;
};

export type ChartMark = { series: string; item: string | null; colour: string };

type AxisOption = { type?: string; data?: unknown[] };
type SeriesOption = {
  type?: string;
  name?: string;
  data?: unknown[];
  xAxisIndex?: number;
  yAxisIndex?: number;
};

/** The colour of every mark that has a value, read back from ECharts' own visuals. */
export function paintedMarks(instance: EChartsType): ChartMark[] {
  const option = instance.getOption() as {
    series?: SeriesOption[];
    xAxis?: AxisOption[];
    yAxis?: AxisOption[];
  };
  const category = (axis: AxisOption | undefined, index: number) =>
    axis?.type === 'category' ? String(axis.data?.[index] ?? '') : null;
  return (option.series ?? []).flatMap((series, seriesIndex) =>
    (series.data ?? []).flatMap((item, dataIndex) => {
      const value = (item as { value?: unknown } | null)?.value ?? item;
      if (value === '-' || value === null || (item as { missing?: boolean })?.missing) return [];
      const colour = instance.getVisual({ seriesIndex, dataIndex }, 'color');
      // The invisible base of a range is no mark.
      if (colour === 'transparent') return [];
      return [
        {
          series: series.name ?? '',
          // A bar's place on a category axis is its index; a point's is in its value.
          item:
            series.type === 'bar'
              ? (category(option.yAxis?.[series.yAxisIndex ?? 0], dataIndex) ??
                category(option.xAxis?.[series.xAxisIndex ?? 0], dataIndex))
              : null,
          colour: typeof colour === 'string' ? colour : JSON.stringify(colour),
        },
      ];
    }),
  );
}

type TextLike = {
  type: string;
  ignore?: boolean;
  invisible?: boolean;
  isGroup?: boolean;
  isTruncated?: boolean;
  style?: { text?: unknown; opacity?: number };
  eachChild?: (visit: (child: TextLike) => void) => void;
  getTextContent?: () => TextLike | undefined;
  getBoundingRect: () => { clone: () => BoxLike };
  getComputedTransform: () => unknown;
};
type BoxLike = {
  applyTransform: (m: unknown) => void;
  x: number;
  y: number;
  width: number;
  height: number;
};

/** Walks the drawn elements (what is shown, not what is ignored) and collects the texts. */
export function visibleTexts(instance: EChartsType): ChartLabel[] {
  const roots = (instance.getZr().storage as unknown as { getRoots: () => TextLike[] }).getRoots();
  const labels: ChartLabel[] = [];
  const visit = (el: TextLike) => {
    if (el.ignore || el.invisible || el.style?.opacity === 0) return;
    const text = el.type === 'text' ? String(el.style?.text ?? '') : '';
    if (text.trim() !== '') {
      const box = el.getBoundingRect().clone();
      box.applyTransform(el.getComputedTransform());
      labels.push({
        text,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        truncated: el.isTruncated === true,
      });
    }
    el.eachChild?.(visit);
    const content = el.getTextContent?.();
    if (content) visit(content);
  };
  roots.forEach(visit);
  return labels;
}
