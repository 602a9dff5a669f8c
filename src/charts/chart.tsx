import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
  type RefObject,
} from 'react';
import { useMediaQuery } from '../ui/media-query.ts';
import { useNearViewport, useTurn } from '../ui/near-viewport.ts';
import { usePatterns } from '../ui/patterns.ts';
import { useTheme } from '../ui/theme.ts';
import { buildChartTheme, readThemeTokens } from './chart-theme.ts';
import type { ChartOption } from './echarts.ts';
import type { ChartHandle, ChartLabel, ChartMark } from './echarts-canvas.tsx';

export type { ChartHandle, ChartLabel, ChartMark } from './echarts-canvas.tsx';

/**
 * A chart's figure element can list the texts ECharts drew and where (`chartLabels()`) and the
 * colour of each mark (`chartMarks()`), so browser tests can check that no two labels collide
 * and that a department keeps its colour (e2e/layout-check.ts, e2e/colours.spec.ts).
 */
export type LabelledFigure = HTMLElement & {
  chartLabels?: () => ChartLabel[];
  chartMarks?: () => ChartMark[];
};

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
  /** Enter on the focused chart: the panel shows the same numbers as a table. */
  onActivate?: () => void;
};

const EChartsCanvas = lazy(() =>
  import('./echarts-canvas.tsx').then((module) => ({ default: module.EChartsCanvas })),
);

type ReadyResetProps = {
  figureRef: RefObject<HTMLElement | null>;
  option: ChartOption;
  theme: object;
};

/**
 * Clears the ready marker when a new option or theme arrives, until ECharts reports `finished`.
 * A layout effect in a sibling placed before the canvas: it runs before ECharts' `setOption`, which
 * without animation (reduced motion) fires `finished` synchronously, so a later reset would leave
 * the marker stuck at "false".
 */
function ReadyReset({ figureRef, option, theme }: ReadyResetProps) {
  useLayoutEffect(() => {
    if (figureRef.current) figureRef.current.dataset.ready = 'false';
  }, [figureRef, option, theme]);
  return null;
}

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
  onActivate,
}: ChartProps) {
  const { theme: mode } = useTheme();
  // Memoised on the mode: a new theme object would make echarts-for-react re-create the chart.
  const theme = useMemo(() => buildChartTheme(readThemeTokens(), mode), [mode]);
  const figureRef = useRef<HTMLElement>(null);
  const descriptionId = useId();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const { patterns } = usePatterns();
  // ECharts (its chunk and its drawing) waits until the chart is about to scroll into view.
  const near = useNearViewport(figureRef);
  // …and charts arriving together draw one per task, not all in one long task.
  const turn = useTurn(near);
  const endTurn = turn.done;
  const firstDrawn = useRef(false);
  const canvas = useRef<ChartHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      toPngDataUrl: (background, ratio) => canvas.current?.toPngDataUrl(background, ratio) ?? null,
      labels: () => canvas.current?.labels() ?? [],
      marks: () => canvas.current?.marks() ?? [],
      size: () => canvas.current?.size() ?? null,
    }),
    [],
  );
  useEffect(() => {
    const figure = figureRef.current as LabelledFigure | null;
    if (!figure) return;
    figure.chartLabels = () => canvas.current?.labels() ?? [];
    figure.chartMarks = () => canvas.current?.marks() ?? [];
  }, []);

  const fullOption = useMemo<ChartOption>(
    () => ({
      ...option,
      ...(reducedMotion ? { animation: false } : {}),
      aria: {
        enabled: true,
        label: { enabled: true, description: description ?? label },
        decal: { show: patterns },
      },
    }),
    [option, description, label, reducedMotion, patterns],
  );

  const events = useMemo(
    () => ({
      ...onEvents,
      finished: () => {
        if (figureRef.current) figureRef.current.dataset.ready = 'true';
        if (!firstDrawn.current) {
          firstDrawn.current = true;
          endTurn();
        }
      },
    }),
    [onEvents, endTurn],
  );

  const style = useMemo(() => ({ height, width: '100%' }), [height]);

  return (
    <figure
      ref={figureRef}
      className="chart"
      aria-label={label}
      aria-describedby={descriptionId}
      data-ready="false"
      // Focusable, so keyboard users reach the chart and its description.
      tabIndex={0}
      onKeyDown={(event) => {
        if (onActivate && event.key === 'Enter') {
          event.preventDefault();
          onActivate();
        }
      }}
    >
      <p id={descriptionId} className="visually-hidden">
        {description ?? label}
      </p>
      <ReadyReset figureRef={figureRef} option={fullOption} theme={theme} />
      {turn.granted ? (
        <Suspense fallback={<div className="chart-placeholder" style={style} />}>
          <EChartsCanvas
            ref={canvas}
            option={fullOption}
            theme={theme}
            onEvents={events}
            style={style}
          />
        </Suspense>
      ) : (
        <div className="chart-placeholder" style={style} />
      )}
    </figure>
  );
}
