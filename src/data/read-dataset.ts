import type { Dataset } from '../domain/dataset-schema.ts';
import type { QuarantinedRecord } from '../domain/quarantine.ts';
import type { ChunkRequest } from './archive-reading.ts';
import { DatasetError } from './dataset-error.ts';
import { decodeAndValidate, prepareValidator } from './read-in-worker.ts';
import type { DatasetBody, Reading } from './reading.ts';

/** A dataset ready to show: the records that passed, and those left out with their reasons. */
export type LoadedDataset = {
  dataset: Dataset;
  quarantined: QuarantinedRecord[];
  /** Where it came from, as the user knows it: `data/dataset.json`, `/data/2024.json`, a file name. */
  file: string;
};

/** The mark in the page's performance timeline that `npm run bench:scale` reads. */
export const READ_MEASURE = 'dataset: decode + validate';

export { prepareValidator };

/**
 * Decodes and validates a dataset file (its bytes, or its text); `file` names it in messages.
 * Throws a `DatasetError` when the text is not JSON or not a dataset at all, or when the validator
 * could not be loaded (`network`); records that fail alone are quarantined. With `chunk`, the
 * body is that chunk of the archive, read against the index's header (ADR 015). The work runs in a
 * worker (ADR 009): zod and the schema never load on the main thread. `signal` abandons the read.
 */
export async function readDataset(
  body: DatasetBody,
  file: string,
  signal?: AbortSignal,
  chunk?: ChunkRequest,
): Promise<LoadedDataset> {
  const start = performance.now();
  const reading: Reading = await decodeAndValidate(body, file, signal, chunk);
  performance.measure(READ_MEASURE, { start });
  if (reading.json === 'malformed') {
    throw new DatasetError('malformed', reading.detail, { file, jsonFailure: reading.failure });
  }
  const { parse } = reading;
  if (!parse.ok) {
    throw new DatasetError('invalid', `${parse.issues.length} issues`, {
      file,
      issues: parse.issues,
    });
  }
  return { dataset: parse.data, quarantined: parse.quarantined, file };
}
