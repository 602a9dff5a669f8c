/**
 * The only module that imports ECharts. It registers exactly the parts the app uses, so the
 * bundle carries nothing else (see docs/decisions/001-echarts-wrapper.md).
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
} from 'echarts/components';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { dispose, getInstanceByDom, init, use as register } from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

register([
  BarChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  // The legend names the hatched lower-bound series ("下限（余/以上）") and the campaign axes.
  LegendPlainComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** The option type for every chart in the app: only the registered parts type-check. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export type { EChartsType } from 'echarts/core';
/**
 * What echarts-for-react calls, and nothing more. Handing it the whole `echarts/core` namespace
 * would keep every export of that namespace (graphic, number, format helpers…) in the chunk.
 */
export const echarts = { init, getInstanceByDom, dispose };
