import { textWidthEm } from '../../domain/text-width.ts';

/** The label size the builders' pixel measures (paddings, label widths, bar widths) are drawn for. */
export const DESK_FONT_SIZE = 14;

/**
 * Scales a builder's pixel measures with its labels: at 14 px (the desk) they stay as written; at
 * the presentation's 24 px or 4K's 48 px they grow in step, so a label keeps its room and a bar
 * its weight instead of shrinking beside large text.
 */
export function pixelScale(fontSize: number): (px: number) => number {
  const factor = Math.max(1, fontSize / DESK_FONT_SIZE);
  return (px) => Math.round(px * factor);
}

/** ECharts' legend marker and gap (25 × 14, 10 apart), scaled like the rest. */
export function legendItemSize(px: (size: number) => number) {
  return { itemWidth: px(25), itemHeight: px(14), itemGap: px(10) };
}

/**
 * Axis labels cut short with an ellipsis show their whole text on hover, through ECharts' own
 * axis-label tooltip (the panel's table lists it too).
 */
export function axisLabelTooltip() {
  return { tooltip: { show: true } } as const;
}

/**
 * Room right of the bars for their value labels: the longest label's estimated width
 * (src/domain/text-width.ts), 10% over since fonts differ and a cut label is worse than a gap.
 */
export function valueLabelRoom(texts: readonly string[], fontSize: number): number {
  const px = pixelScale(fontSize);
  return px(12) + Math.ceil(fontSize * Math.max(3, ...texts.map(textWidthEm)) * 1.1);
}

/** A category axis's label width: what the longest name needs, up to `limit` where it wraps. */
export function categoryLabelWidth(labels: readonly string[], fontSize: number, limit: number) {
  return Math.min(limit, Math.ceil(fontSize * Math.max(2, ...labels.map(textWidthEm))) + 4);
}
