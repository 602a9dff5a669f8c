import { http, HttpResponse } from 'msw';
import { sampleDataset } from '../test/sample-dataset.ts';

/** Matches the dataset wherever the page is served from. */
export const DATASET_URL_PATTERN = '*/data/dataset.json';

export const datasetHandlers = [
  http.get(DATASET_URL_PATTERN, () => HttpResponse.json(sampleDataset)),
];
