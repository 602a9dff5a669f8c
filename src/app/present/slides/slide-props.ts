import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { Dataset } from '../../../domain/dataset-schema.ts';
import type { Slide } from '../../../domain/present-slides.ts';

/** What every slide gets: its place in the deck, the data, and the chart label size in px. */
export type SlideProps<K extends Slide['kind'] = Slide['kind']> = {
  slide: Extract<Slide, { kind: K }>;
  dataset: Dataset;
  index: DatasetIndex;
  /** ECharts `fontSize`: 24 design pixels at the stage's scale. */
  fontSize: number;
};

/** A chart height in design pixels, as CSS that follows the stage's scale. */
export const designPx = (px: number) => `calc(var(--u) * ${px}px)`;
