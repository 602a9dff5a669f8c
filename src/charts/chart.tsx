import { lazy, Suspense, useEffect, useMemo, useRef, type Ref } from 'react';
import { useTheme } from '../ui/theme.ts';
import { buildChartTheme, readThemeTokens } from './chart-theme.ts';
import type { ChartOption } from './echarts.ts';
import type { ChartHandle } from './echarts-canvas.tsx';

export type { ChartHandle } from './echarts-canvas.tsx';

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

const EChartsCanvas = lazy(() =>
  import('./echarts-canvas.tsx').then((module) => ({ default: module.EChartsCanvas })),
);

const NO_EVENTS: Record<string, ChartEventHandler> = {};

/**
 * The one component that renders a chart. It names the figure for assistive technology, turns on
 * ECharts' aria description, reserves the chart's height while ECharts loads, and sets
 * `data-ready="true"` once ECharts reports `finished` for the current option (browser tests wait
 * for it).
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
  // Memoised on the mode: a new theme object would make echarts-for-react re-create the chart.
  const theme = useMemo(() => buildChartTheme(readThemeTokens(), mode), [mode]);
  const figureRef = useRef<HTMLElement>(null);

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

  const events = useMemo(
    () => ({
      ...onEvents,
      finished: () => {
        if (figureRef.current) figureRef.current.dataset.ready = 'true';
      },
    }),
    [onEvents],
  );

  const style = useMemo(() => ({ height, width: '100%' }), [height]);

  return (
    <figure ref={figureRef} className="chart" aria-label={label} data-ready="false">
      <Suspense fallback={<div className="chart-placeholder" style={style} />}>
        <EChartsCanvas
          ref={ref}
          option={fullOption}
          theme={theme}
          onEvents={events}
          style={style}
        />
      </Suspense>
    </figure>
  );
}
