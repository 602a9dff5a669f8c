import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { useTheme } from '../ui/theme';
import { buildChartTheme, readThemeTokens } from './chart-theme';
import { echarts, type ChartOption } from './echarts';

export type ChartEventHandler = (params: unknown) => void;

export type ChartProps = {
  /** The accessible name of the figure, e.g. "各单位报道的数字个数". */
  label: string;
  /** A text description of what the chart shows, read by screen readers. */
  description?: string;
  option: ChartOption;
  /** CSS height; fixed so the page does not shift when the chart draws. */
  height: string;
  /** ECharts events, e.g. `{ click }`. Keep the object stable between renders. */
  onEvents?: Record<string, ChartEventHandler>;
  /** Lets a panel export the picture without holding on to the ECharts instance. */
  ref?: Ref<ChartHandle>;
};

export type ChartHandle = {
  /** The chart as a PNG data URL at `pixelRatio` × its on-screen size, or null before it exists. */
  toPngDataUrl: (backgroundColor: string, pixelRatio: number) => string | null;
};

// Stable references: echarts-for-react disposes and re-creates the chart when `opts` or `theme`
// change identity (see docs/decisions/001-echarts-wrapper.md).
const OPTS = { renderer: 'canvas' } as const;
const NO_EVENTS: Record<string, ChartEventHandler> = {};

/**
 * The one component that renders ECharts. It names the figure for assistive technology, turns on
 * ECharts' aria description, and sets `data-ready="true"` once ECharts reports `finished` for the
 * current option, which the browser tests wait for.
 */
export function Chart({
  label,
  description,
  option,
  height,
  onEvents = NO_EVENTS,
  ref,
}: ChartProps) {
  const { theme: mode } = useTheme();
  const theme = useMemo(() => buildChartTheme(readThemeTokens(), mode), [mode]);
  const figureRef = useRef<HTMLElement>(null);
  const chartRef = useRef<ReactEChartsCore>(null);

  const fullOption = useMemo<ChartOption>(
    () => ({
      ...option,
      aria: { enabled: true, label: { enabled: true, description: description ?? label } },
    }),
    [option, description, label],
  );

  // A new option is not drawn yet: clear the marker until ECharts says it has finished.
  useEffect(() => {
    if (figureRef.current) figureRef.current.dataset.ready = 'false';
  }, [fullOption, theme]);

  // Ask for the instance only when needed: echarts-for-react re-creates it on theme changes.
  useImperativeHandle(
    ref,
    () => ({
      toPngDataUrl: (backgroundColor, pixelRatio) => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return null;
        return instance.getDataURL({ type: 'png', pixelRatio, backgroundColor });
      },
    }),
    [],
  );

  const events = useMemo(
    () => ({
      ...onEvents,
      finished: () => {
        if (figureRef.current) figureRef.current.dataset.ready = 'true';
      },
    }),
    [onEvents],
  );

  return (
    <figure ref={figureRef} className="chart" aria-label={label} data-ready="false">
      <ReactEChartsCore
        ref={chartRef}
        echarts={echarts}
        option={fullOption}
        theme={theme}
        opts={OPTS}
        notMerge
        onEvents={events}
        style={{ height, width: '100%' }}
      />
    </figure>
  );
}
