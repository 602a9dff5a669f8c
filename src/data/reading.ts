import { parseJsonText, type JsonFailure } from '../domain/json-text.ts';
import { parseDataset, type DatasetParse } from '../domain/parse-dataset.ts';

/** What reading a dataset's text found: not JSON (and why), or the schema's result. */
export type Reading =
  { json: 'malformed'; failure: JsonFailure; detail: string } | { json: 'ok'; parse: DatasetParse };

/** A dataset file as it arrived: the bytes of a response or a local file, or text already decoded. */
export type DatasetBody = ArrayBuffer | string;

/**
 * Decodes and validates a dataset file. Runs in the dataset worker (dataset.worker.ts), or in the
 * page where workers cannot start (read-in-page.ts). Loads zod and the schema. Bytes are decoded
 * as UTF-8 like `Response.text()` does (a byte-order mark dropped, broken sequences replaced):
 * decoding 36 MB takes the page's main thread several hundred milliseconds, the worker's does not
 * matter.
 */
export function readBody(body: DatasetBody, file: string): Reading {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const json = parseJsonText(text);
  if (!json.ok) return { json: 'malformed', failure: json.failure, detail: json.detail };
  return { json: 'ok', parse: parseDataset(json.value, file) };
}
