import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useImperativeHandle, useRef, type CSSProperties, type Ref } from 'react';
import { echarts, type ChartOption, type EChartsType } from './echarts.ts';

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

export type ChartHandle = {
  /** The chart as a PNG data URL at `pixelRatio` × its on-screen size, or null before it exists. */
  toPngDataUrl: (backgroundColor: string, pixelRatio: number) => string | null;
  /** Every text the chart shows now, with its box: the layout check reads collisions from it. */
  labels: () => ChartLabel[];
  /**
   * Every mark's colour as ECharts painted it, with its series name and, on a category axis, the
   * category: a browser test reads that a department has one colour on every chart.
   */
  marks: () => ChartMark[];
  /** The chart's size in CSS pixels, or null before it exists. */
  size: () => { width: number; height: number } | null;
};

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

type AxisOption = { type?: string; data?: unknown[] };
type SeriesOption = {
  type?: string;
  name?: string;
  data?: unknown[];
  xAxisIndex?: number;
  yAxisIndex?: number;
};

/** The colour of every mark that has a value, read back from ECharts' own visuals. */
function paintedMarks(instance: EChartsType): ChartMark[] {
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

/** Walks the drawn elements (what is shown, not what is ignored) and collects the texts. */
function visibleTexts(roots: readonly TextLike[]): ChartLabel[] {
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

export type EChartsCanvasProps = {
  option: ChartOption;
  theme: object;
  onEvents: Record<string, (params: unknown) => void>;
  style: CSSProperties;
  ref?: Ref<ChartHandle>;
};

// Stable: echarts-for-react disposes and re-creates the chart when `opts` changes identity.
const OPTS = { renderer: 'canvas' } as const;

/**
 * The ECharts side of `Chart`, loaded in its own chunk so the page paints before ECharts arrives
 * (docs/decisions/001-echarts-wrapper.md). Only `Chart` renders it.
 */
export function EChartsCanvas({ option, theme, onEvents, style, ref }: EChartsCanvasProps) {
  const chartRef = useRef<ReactEChartsCore>(null);

  // Ask for the instance only when needed: echarts-for-react re-creates it on theme changes.
  useImperativeHandle(
    ref,
    () => ({
      toPngDataUrl: (backgroundColor, pixelRatio) => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return null;
        return instance.getDataURL({ type: 'png', pixelRatio, backgroundColor });
      },
      marks: () => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return [];
        return paintedMarks(instance);
      },
      size: () => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return null;
        return { width: instance.getWidth(), height: instance.getHeight() };
      },
      labels: () => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return [];
        const storage = instance.getZr().storage as unknown as { getRoots: () => TextLike[] };
        return visibleTexts(storage.getRoots());
      },
    }),
    [],
  );

  return (
    <ReactEChartsCore
      ref={chartRef}
      echarts={echarts}
      option={option}
      theme={theme}
      opts={OPTS}
      notMerge
      onEvents={onEvents}
      onChartReady={(instance: EChartsType) => {
        // echarts-for-react binds events after the first setOption. Without animation (reduced
        // motion) that draw already fired `finished` unheard, so report it here.
        if (instance.getZr().animation.isFinished()) onEvents.finished?.(undefined);
      }}
      style={style}
    />
  );
}
