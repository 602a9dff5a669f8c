import { parseJsonText, type JsonFailure } from '../domain/json-text.ts';
import { judgeDataset, type DatasetVerdict } from '../domain/parse-dataset.ts';

/** What reading a dataset's text found: not JSON (and why), or the schema's verdict. */
export type Judgement =
  | { json: 'malformed'; failure: JsonFailure; detail: string }
  | { json: 'ok'; verdict: DatasetVerdict };

/**
 * Decodes and validates a dataset's text. Runs in the dataset worker (dataset.worker.ts), or in
 * the page where workers cannot start (judge-in-page.ts). Loads zod and the schema.
 */
export function judgeText(text: string, file: string): Judgement {
  const json = parseJsonText(text);
  if (!json.ok) return { json: 'malformed', failure: json.failure, detail: json.detail };
  return { json: 'ok', verdict: judgeDataset(json.value, file) };
}
