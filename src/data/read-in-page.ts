import type { DatasetBody, Reading, readBody } from './reading.ts';

// Stands in for read-in-worker.ts where no worker can start: the single-file build (file://)
// and the unit tests (jsdom). The schema and zod still load as a chunk of their own.

type Reader = { readBody: typeof readBody };

let reader: Promise<Reader> | null = null;

function load() {
  reader ??= import('./reading.ts');
  return reader;
}

/** Starts loading the validator now, so it arrives while the dataset is still on its way. */
export function prepareValidator(): void {
  // Awaited later; until then a failed load must not count as an unhandled rejection.
  load().catch(() => undefined);
}

/** Decodes and validates a dataset file in the page. */
export async function decodeAndValidate(body: DatasetBody, file: string): Promise<Reading> {
  let loaded: Reader;
  try {
    loaded = await load();
  } catch (error) {
    reader = null; // try the chunk again next time
    throw error;
  }
  return loaded.readBody(body, file);
}
