import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useImperativeHandle, useRef, type CSSProperties, type Ref } from 'react';
import { paintedMarks, visibleTexts, type ChartLabel, type ChartMark } from './chart-probe.ts';
import { echarts, type ChartOption, type EChartsType } from './echarts.ts';

export type { ChartLabel, ChartMark } from './chart-probe.ts';

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
        return visibleTexts(instance);
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
