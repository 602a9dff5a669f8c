import { RECORD_ARRAYS } from '../domain/quarantine.ts';
import type { ReadReply, ReadRequest } from './read-in-worker.ts';
import { readBody, type Reading } from './reading.ts';

/** Records per message: a part takes the page a few milliseconds to receive at most. */
export const PART_SIZE = 500;

/**
 * The dataset worker's replies to one request, in order (the protocol is described at
 * `ReadReply`). Kept apart from the worker's wiring so the unit tests can play the worker.
 */
export function* readReplies({ id, body, file }: ReadRequest): Generator<ReadReply> {
  let reading;
  try {
    reading = readBody(body, file);
  } catch (error) {
    // A bug, not bad data (bad data is a reading): say so rather than leave the page waiting.
    yield { id, error: error instanceof Error ? error.message : String(error) };
    return;
  }
  yield* readingReplies(id, reading);
}

/** The replies that carry one reading: whole when it failed, else head, parts and end. */
export function* readingReplies(id: number, reading: Reading): Generator<ReadReply> {
  if (reading.json !== 'ok' || !reading.parse.ok) {
    yield { id, whole: reading };
    return;
  }
  const { data, quarantined } = reading.parse;
  const { schemaVersion, title, vocabulary } = data;
  yield { id, head: { schemaVersion, title, vocabulary, quarantined } };
  for (const part of RECORD_ARRAYS) {
    const records = data[part];
    for (let start = 0; start < records.length; start += PART_SIZE) {
      yield { id, part, records: records.slice(start, start + PART_SIZE) };
    }
  }
  yield { id, end: true };
}
