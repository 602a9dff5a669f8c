import type { DatasetIndex } from '../domain/dataset-index';
import type { Dataset } from '../domain/dataset-schema';
import type { FilteredDataset } from '../domain/filter-dataset';
import type { AppLocation } from '../domain/url-state';

/** What the app hands every desk view: the data, the filtered records and the URL state. */
export type ViewProps = {
  dataset: Dataset;
  index: DatasetIndex;
  filtered: FilteredDataset;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
};
