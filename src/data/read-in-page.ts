import { DatasetError } from './dataset-error.ts';
import type * as WorkerClient from './read-in-worker.ts';
import type * as ArchiveReading from './archive-reading.ts';
import type { ChunkRequest, IndexReading } from './archive-reading.ts';
import type { DatasetBody, Reading, readBody } from './reading.ts';
import type { CheckRequest, CheckResult } from './workbench-check.ts';

// Stands in for read-in-worker.ts where no worker can start: the single-file build (file://)
// and the unit tests (jsdom). The schema and zod still load as a chunk of their own.

type Reader = { readBody: typeof readBody; archive: typeof ArchiveReading };

let reader: Promise<Reader> | null = null;

function load() {
  reader ??= Promise.all([import('./reading.ts'), import('./archive-reading.ts')]).then(
    ([reading, archive]) => ({ readBody: reading.readBody, archive }),
  );
  return reader;
}

/** Starts loading the validator now, so it arrives while the dataset is still on its way. */
export function prepareValidator(): void {
  // Awaited later; until then a failed load must not count as an unhandled rejection.
  load().catch(() => undefined);
}

/** Decodes and validates a dataset file in the page. */
async function loaded(file: string): Promise<Reader> {
  try {
    return await load();
  } catch (error) {
    reader = null; // try the chunk again next time
    throw new DatasetError('network', (error as Error).message, { file });
  }
}

export async function decodeAndValidate(
  body: DatasetBody,
  file: string,
  signal?: AbortSignal,
  chunk?: ChunkRequest,
): Promise<Reading> {
  const read = await loaded(file);
  signal?.throwIfAborted();
  if (chunk) return (await read.archive.readChunkBody(body, file, chunk)).reading;
  return read.readBody(body, file);
}

/** Reads and checks the archive's index in the page. */
export async function readIndex(body: DatasetBody, file: string): Promise<IndexReading> {
  return (await loaded(file)).archive.readIndexBody(body, file);
}

/** Reads a workbench draft and runs data:check's checks on it, in the page. */
export async function checkDraft(request: CheckRequest): Promise<CheckResult> {
  try {
    const { runCheck } = await import('./workbench-check.ts');
    return runCheck(request);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// The alias swaps one module for the other, so they must offer the same functions.
const sameFunctions: Pick<
  typeof WorkerClient,
  'decodeAndValidate' | 'prepareValidator' | 'checkDraft' | 'readIndex'
> = {
  decodeAndValidate,
  readIndex,
  prepareValidator,
  checkDraft,
};
void sameFunctions;
