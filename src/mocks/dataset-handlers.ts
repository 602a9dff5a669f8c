import { delay, http, HttpResponse } from 'msw';
import { sampleDataset } from '../test/sample-dataset.ts';

/** Matches the dataset wherever the page is served from. */
export const DATASET_URL_PATTERN = '*/data/dataset.json';

export const datasetHandlers = [
  http.get(DATASET_URL_PATTERN, () => HttpResponse.json(sampleDataset)),
];

/** The sample with one figure that fails the schema and one that names an unknown department. */
export const partlyInvalidDataset = {
  ...sampleDataset,
  figures: [
    sampleDataset.figures[0],
    { ...sampleDataset.figures[1], id: 'broken-value', value: 'many' },
    { ...sampleDataset.figures[1], id: 'orphan-figure', department: 'no-such-bureau' },
  ],
};

/**
 * Responses for the network fault matrix (docs/RELIABILITY.md): each returns the answer a
 * handler gives, so a test writes `server.use(http.get(DATASET_URL_PATTERN, faults.notFound))`.
 */
export const faults = {
  notFound: () => new HttpResponse('Not Found', { status: 404 }),
  serverError: () => new HttpResponse('Internal Server Error', { status: 500 }),
  /** Headers arrive, then the body never finishes. */
  neverEnds: () =>
    new HttpResponse(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
        },
      }),
      { headers: { 'Content-Type': 'application/json' } },
    ),
  /** No response at all: what a request gives when the network is down. */
  networkError: () => HttpResponse.error(),
  /** The body stops part-way, as when a transfer breaks off. */
  truncated: () =>
    new HttpResponse(JSON.stringify(sampleDataset).slice(0, 300), {
      headers: { 'Content-Type': 'application/json' },
    }),
  /** A static server's fallback page instead of the JSON file. */
  htmlPage: () =>
    new HttpResponse('<!doctype html><title>Dashboard</title>', {
      headers: { 'Content-Type': 'text/html' },
    }),
  partlyInvalid: () => HttpResponse.json(partlyInvalidDataset),
  /** Valid JSON whose top level is not a dataset (a list of figures). */
  wrongShape: () => HttpResponse.json(sampleDataset.figures),
  /** Answers with the sample after `ms`, for tests of what shows while waiting. */
  slow: async (ms: number) => {
    await delay(ms);
    return HttpResponse.json(sampleDataset);
  },
};
