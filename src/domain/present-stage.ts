/**
 * How the 1920×1080 presentation design fits a window (docs/decisions/006-presentation-scaling.md).
 * The stage is laid out at its real pixel size and everything inside is sized in multiples of
 * `scale` (the CSS variable `--u`), so text and charts are drawn sharp at any size; nothing is
 * scaled as a bitmap.
 */

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;
/** Chart labels on the 1920×1080 design: readable from the back of a meeting room. */
export const CHART_FONT_DESIGN_PX = 24;

export type StageGeometry = {
  /** Design pixels → CSS pixels. */
  scale: number;
  /** The stage's box in CSS pixels, in whole pixels so canvases sit on the pixel grid. */
  width: number;
  height: number;
  left: number;
  top: number;
};

/**
 * Letterboxed (default): the largest 16:9 box that fits, centred. Stretched: the whole window,
 * the layout widening or growing taller; text keeps the letterboxed scale so it never overflows.
 */
export function stageGeometry(
  viewportWidth: number,
  viewportHeight: number,
  stretch = false,
): StageGeometry {
  const vw = Math.max(1, viewportWidth);
  const vh = Math.max(1, viewportHeight);
  const scale = Math.min(vw / STAGE_WIDTH, vh / STAGE_HEIGHT);
  if (stretch) return { scale, width: Math.floor(vw), height: Math.floor(vh), left: 0, top: 0 };
  const width = Math.min(Math.floor(vw), Math.round(STAGE_WIDTH * scale));
  const height = Math.min(Math.floor(vh), Math.round(STAGE_HEIGHT * scale));
  return {
    scale,
    width,
    height,
    left: Math.floor((vw - width) / 2),
    top: Math.floor((vh - height) / 2),
  };
}

/** The ECharts `fontSize` for a stage scale: 24 design pixels, rounded up, never below 10 px. */
export function chartFontSize(scale: number): number {
  return Math.max(10, Math.ceil(CHART_FONT_DESIGN_PX * scale - 1e-9));
}
