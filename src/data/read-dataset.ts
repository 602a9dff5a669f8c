import type { Dataset } from '../domain/dataset-schema.ts';
import { keepRecords } from '../domain/keep-records.ts';
import type { QuarantinedRecord } from '../domain/parse-dataset.ts';
import { DatasetError } from './dataset-error.ts';
import { judgeDatasetText, prepareJudge } from './judge-in-worker.ts';
import type { Judgement } from './judgement.ts';

/** A dataset ready to show: the records that passed, and those left out with their reasons. */
export type LoadedDataset = {
  dataset: Dataset;
  quarantined: QuarantinedRecord[];
  /** Where it came from, as the user knows it: `data/dataset.json`, `/data/2024.json`, a file name. */
  file: string;
};

/** Marks in the page's performance timeline, read by `npm run bench:scale`. */
export const READ_MEASURES = {
  judge: 'dataset: decode + validate (worker)',
  keep: 'dataset: decode + keep (page)',
} as const;

export { prepareJudge };

/**
 * Decodes and validates a dataset's text; `file` names it in messages. Throws a `DatasetError`
 * when the text is not JSON or not a dataset at all; records that fail alone are quarantined.
 *
 * The checking runs in a worker (ADR 009), which answers with the indices of the records to keep;
 * the page then decodes its own copy of the text and takes those records. The page's share is one
 * `JSON.parse`: zod and the schema never load on the main thread.
 */
export async function readDatasetText(text: string, file: string): Promise<LoadedDataset> {
  const judging = performance.now();
  let judgement: Judgement;
  try {
    judgement = await judgeDatasetText(text, file);
  } catch (error) {
    throw new DatasetError('network', (error as Error).message, { file });
  }
  performance.measure(READ_MEASURES.judge, { start: judging });
  if (judgement.json === 'malformed') {
    throw new DatasetError('malformed', judgement.detail, {
      file,
      jsonFailure: judgement.failure,
    });
  }
  const { verdict } = judgement;
  if (!verdict.ok) {
    throw new DatasetError('invalid', `${verdict.issues.length} issues`, {
      file,
      issues: verdict.issues,
    });
  }
  const keeping = performance.now();
  const dataset = keepRecords(JSON.parse(text), verdict.kept);
  performance.measure(READ_MEASURES.keep, { start: keeping });
  return { dataset, quarantined: verdict.quarantined, file };
}
