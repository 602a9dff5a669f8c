import { DEPARTMENT_COLOUR_SLOTS } from '../domain/department-colours.ts';

/** Colours and type the charts take from the page's design tokens. */
export type ThemeTokens = {
  text: string;
  textMuted: string;
  border: string;
  surface: string;
  /** The department colours, slot by slot (src/domain/department-colours.ts). */
  palette: readonly string[];
  /** A department without a colour of its own, and "others". */
  neutral: string;
  /** Marks that stand for no department: the exact / lower-bound legend swatches. */
  mark: string;
  /** The lines that hatch a lower bound, contrasting with the department colours. */
  hatch: string;
  fontFamily: string;
};

export type ChartThemeMode = 'light' | 'dark';

/**
 * Builds an ECharts theme object from the design tokens. Pure, so that it can be tested and
 * memoised: echarts-for-react re-creates a chart whenever its theme reference changes.
 */
export function buildChartTheme(tokens: ThemeTokens, mode: ChartThemeMode) {
  const axis = {
    axisLine: { lineStyle: { color: tokens.border } },
    axisTick: { lineStyle: { color: tokens.border } },
    axisLabel: { color: tokens.textMuted },
    splitLine: { lineStyle: { color: tokens.border, opacity: mode === 'dark' ? 0.5 : 1 } },
    nameTextStyle: { color: tokens.textMuted },
  };
  return {
    color: [...tokens.palette],
    backgroundColor: 'transparent',
    textStyle: { color: tokens.text, fontFamily: tokens.fontFamily },
    legend: { textStyle: { color: tokens.text } },
    tooltip: {
      backgroundColor: tokens.surface,
      borderColor: tokens.border,
      textStyle: { color: tokens.text, fontFamily: tokens.fontFamily },
    },
    // Labels sit outside the bars on the page background: plain text, no halo.
    bar: { label: { color: tokens.text, textBorderWidth: 0 } },
    line: { label: { color: tokens.text, textBorderWidth: 0 } },
    scatter: { label: { color: tokens.text, textBorderWidth: 0 } },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
  };
}

/** Reads the tokens from the CSS custom properties, the single place where colours are defined. */
export function readThemeTokens(element: Element = document.documentElement): ThemeTokens {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--color-text'),
    textMuted: read('--color-text-muted'),
    border: read('--color-border'),
    surface: read('--color-surface'),
    palette: Array.from({ length: DEPARTMENT_COLOUR_SLOTS }, (_, slot) => read(`--dept-${slot}`)),
    neutral: read('--dept-none'),
    mark: read('--chart-mark'),
    hatch: read('--chart-hatch'),
    fontFamily: read('--font-sans'),
  };
}
