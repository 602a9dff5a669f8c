// The dataset worker: decodes and validates a dataset file off the main thread, so a large file
// does not freeze the page (docs/PERFORMANCE.md, ADR 009). The dataset goes back in parts, each
// a message the page receives in a task of its own (read-in-worker.ts).
import { RECORD_ARRAYS } from '../domain/parse-dataset.ts';
import type { ReadReply, ReadRequest } from './read-in-worker.ts';
import { readBody } from './reading.ts';

/** Records per message: a part takes the page a few milliseconds to receive at most. */
const PART_SIZE = 500;

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(reply: ReadReply): void;
};

scope.addEventListener('message', ({ data: { id, body, file } }) => {
  let reading;
  try {
    reading = readBody(body, file);
  } catch (error) {
    // A bug, not bad data (bad data is a reading): say so rather than leave the page waiting.
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (reading.json !== 'ok' || !reading.parse.ok) {
    scope.postMessage({ id, whole: reading });
    return;
  }
  const { data, quarantined } = reading.parse;
  scope.postMessage({
    id,
    head: { schemaVersion: data.schemaVersion, title: data.title, quarantined },
  });
  for (const part of RECORD_ARRAYS) {
    const records = data[part];
    for (let start = 0; start < records.length; start += PART_SIZE) {
      scope.postMessage({ id, part, records: records.slice(start, start + PART_SIZE) });
    }
  }
  scope.postMessage({ id, end: true });
});
