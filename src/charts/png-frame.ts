/**
 * A chart picture that keeps its source when pasted into a report: the chart inside a margin,
 * with its title and the filters above it and the source line (newspaper, articles, 数据截至)
 * below. The layout is pure, so its content is tested without a canvas.
 */

export type FrameTexts = {
  title: string;
  /** The filters that made the screen, e.g. 筛选：大王寨镇 · 2023. */
  subtitle: string;
  /** Where the numbers come from; wrapped to the picture's width. */
  footer: string;
};

export type FrameLine = {
  text: string;
  /** Top of the line, in CSS pixels from the picture's top. */
  y: number;
  size: number;
  weight: 'bold' | 'normal';
  tone: 'text' | 'muted';
};

export type FrameLayout = {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: FrameLine[];
};

export const FRAME_MARGIN = 24;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const FOOTER_SIZE = 12;
const LINE_GAP = 1.45;

const CJK = '\\u2E80-\\u9FFF\\uFF00-\\uFFEF\\u3000-\\u303F';
/** Units a line may not split: one CJK character, or a word with the space after it. */
const UNITS = new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'g');

/**
 * Breaks text into lines no wider than `width`: between words where the text has spaces
 * (English), else between characters (Chinese has no spaces); a word wider than the line is
 * broken where it must be.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of text.match(UNITS) ?? []) {
    if (measure(line + unit.trimEnd()) <= width) {
      line += unit;
      continue;
    }
    push();
    if (measure(unit.trimEnd()) <= width) {
      line = unit.trimStart();
      continue;
    }
    for (const ch of unit) {
      if (line !== '' && measure(line + ch) > width) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/** Where everything goes around a chart of `chartWidth` × `chartHeight` CSS pixels. */
export function layoutFrame(
  texts: FrameTexts,
  chartWidth: number,
  chartHeight: number,
  measure: (text: string, size: number, weight: FrameLine['weight']) => number,
): FrameLayout {
  const width = chartWidth + 2 * FRAME_MARGIN;
  const inner = chartWidth;
  const lines: FrameLine[] = [];
  let y = FRAME_MARGIN;
  const add = (
    text: string,
    size: number,
    weight: FrameLine['weight'],
    tone: FrameLine['tone'],
  ) => {
    for (const part of wrapText(text, inner, (t) => measure(t, size, weight))) {
      lines.push({ text: part, y, size, weight, tone });
      y += Math.round(size * LINE_GAP);
    }
  };
  add(texts.title, TITLE_SIZE, 'bold', 'text');
  if (texts.subtitle) add(texts.subtitle, SUBTITLE_SIZE, 'normal', 'muted');
  y += 8;
  const chart = { x: FRAME_MARGIN, y, width: chartWidth, height: chartHeight };
  y += chartHeight + 12;
  add(texts.footer, FOOTER_SIZE, 'normal', 'muted');
  return { width, height: y + FRAME_MARGIN - 4, chart, lines };
}

export type FrameColours = { background: string; text: string; muted: string; font: string };

/** Draws the framed picture at `pixelRatio` and returns it as a PNG data URL. */
export async function framePng(
  chartDataUrl: string,
  chartWidth: number,
  chartHeight: number,
  texts: FrameTexts,
  colours: FrameColours,
  pixelRatio: number,
): Promise<string> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return chartDataUrl;
  const font = (size: number, weight: string) => `${weight} ${size}px ${colours.font}`;
  const layout = layoutFrame(texts, chartWidth, chartHeight, (text, size, weight) => {
    context.font = font(size, weight);
    return context.measureText(text).width;
  });
  canvas.width = Math.round(layout.width * pixelRatio);
  canvas.height = Math.round(layout.height * pixelRatio);
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'top';
  for (const line of layout.lines) {
    context.font = font(line.size, line.weight);
    context.fillStyle = line.tone === 'text' ? colours.text : colours.muted;
    context.fillText(line.text, FRAME_MARGIN, line.y);
  }
  const image = new Image();
  image.src = chartDataUrl;
  await image.decode();
  const { x, y, width, height } = layout.chart;
  context.drawImage(image, x, y, width, height);
  return canvas.toDataURL('image/png');
}
