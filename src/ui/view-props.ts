import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import type { FilteredDataset } from '../domain/filter-dataset.ts';
import type { AppLocation } from '../domain/url-state.ts';

/** What the app hands every desk view: the data, the filtered records and the URL state. */
export type ViewProps = {
  dataset: Dataset;
  index: DatasetIndex;
  filtered: FilteredDataset;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
  /** An archive's years whose records are not loaded, so a search has not looked at them. */
  unsearchedYears?: readonly string[];
};
