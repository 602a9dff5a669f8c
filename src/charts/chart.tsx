import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTheme } from '../ui/theme';
import { buildChartTheme, readThemeTokens } from './chart-theme';
import { echarts, type ChartOption, type EChartsType } from './echarts';

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
  /** Receives the ECharts instance once it exists (for image export), and null when it goes. */
  onInstance?: (instance: EChartsType | null) => void;
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
  onInstance,
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

  // The theme re-creates the instance, so hand out the current one after each change.
  useEffect(() => {
    if (!onInstance) return undefined;
    onInstance(chartRef.current?.getEchartsInstance() ?? null);
    return () => onInstance(null);
  }, [onInstance, theme]);

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
