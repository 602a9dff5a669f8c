import type { Dataset } from './dataset-schema.ts';

/** The arrays of records a dataset holds. */
export const RECORD_ARRAYS = ['departments', 'articles', 'figures', 'events', 'lists'] as const;
export type RecordArray = (typeof RECORD_ARRAYS)[number];

/** Which records of each array passed validation, by index, in order. */
export type KeptIndices = Record<RecordArray, number[]>;

/**
 * The dataset made of the kept records of `input`, a decoded file that `judgeDataset` accepted.
 * The records are taken as they are in the file: the served schema is strict and fills in nothing
 * (no defaults, no transforms), so a record that passed is already what the app draws. That is
 * what lets the validation run in a worker and send back indices instead of the whole dataset
 * (src/data/dataset.worker.ts). Free of zod, so the page can call it without loading the schema.
 */
export function keepRecords(input: unknown, kept: KeptIndices): Dataset {
  const file = input as Record<RecordArray, unknown[]> & Pick<Dataset, 'schemaVersion' | 'title'>;
  const pick = <K extends RecordArray>(key: K) =>
    kept[key].map((index) => file[key][index]) as Dataset[K];
  return {
    schemaVersion: file.schemaVersion,
    title: file.title,
    departments: pick('departments'),
    articles: pick('articles'),
    figures: pick('figures'),
    events: pick('events'),
    lists: pick('lists'),
  };
}
