import type { Dataset } from '../domain/dataset-schema.ts';
import { parseJsonText } from '../domain/json-text.ts';
import type { parseDataset, QuarantinedRecord } from '../domain/parse-dataset.ts';
import { DatasetError } from './dataset-error.ts';

/** A dataset ready to show: the records that passed, and those left out with their reasons. */
export type LoadedDataset = {
  dataset: Dataset;
  quarantined: QuarantinedRecord[];
  /** Where it came from, as the user knows it: `data/dataset.json`, `/data/2024.json`, a file name. */
  file: string;
};

type Validator = { parseDataset: typeof parseDataset };

/**
 * The schema and zod are a chunk of their own, fetched next to the dataset: the entry chunk stays
 * small and the shell paints without them (docs/PERFORMANCE.md).
 */
export function loadValidator(): Promise<Validator> {
  const validator = import('../domain/parse-dataset.ts');
  // Awaited later; until then a failed load must not count as an unhandled rejection.
  validator.catch(() => undefined);
  return validator;
}

/** Validates decoded JSON record by record; throws a `DatasetError` when it is no dataset at all. */
export async function validDataset(
  raw: unknown,
  file: string,
  validator: Promise<Validator> = loadValidator(),
): Promise<LoadedDataset> {
  let parse: Validator['parseDataset'];
  try {
    ({ parseDataset: parse } = await validator);
  } catch (error) {
    throw new DatasetError('network', (error as Error).message, { file });
  }
  const parsed = parse(raw, file);
  if (!parsed.ok) {
    throw new DatasetError('invalid', `${parsed.issues.length} issues`, {
      file,
      issues: parsed.issues,
    });
  }
  return { dataset: parsed.data, quarantined: parsed.quarantined, file };
}

/** Decodes and validates a dataset's text; `file` names it in messages. */
export function readDatasetText(
  text: string,
  file: string,
  validator: Promise<Validator> = loadValidator(),
): Promise<LoadedDataset> {
  const json = parseJsonText(text);
  if (!json.ok) {
    return Promise.reject(
      new DatasetError('malformed', json.detail, { file, jsonFailure: json.failure }),
    );
  }
  return validDataset(json.value, file, validator);
}
