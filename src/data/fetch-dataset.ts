import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset-schema.ts';
import { parseDataset } from '../domain/parse-dataset.ts';
import type { DataIssue } from '../domain/result.ts';

/** Where the build and the dev server serve the dataset, relative to the page. */
export const DATASET_PATH = 'data/dataset.json';

export type DatasetErrorKind = 'http' | 'network' | 'malformed' | 'invalid';

/** Why the dataset could not be loaded, with the precise issues where the data itself is wrong. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly status: number | undefined;
  readonly issues: DataIssue[];

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { status?: number; issues?: DataIssue[] } = {},
  ) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.status = options.status;
    this.issues = options.issues ?? [];
  }
}

function datasetUrl(): string {
  // Resolve against the document so the same code works under any sub-path.
  return new URL(DATASET_PATH, document.baseURI).href;
}

/** Fetches and validates the dataset; throws a `DatasetError` that the UI can explain. */
export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(datasetUrl(), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('network', (error as Error).message);
  }
  if (!response.ok) {
    let issues: DataIssue[] = [];
    // The dev server answers invalid data with the data check's issues.
    const body: unknown = await response.json().catch(() => undefined);
    if (body && typeof body === 'object' && Array.isArray((body as { issues?: unknown }).issues)) {
      issues = (body as { issues: DataIssue[] }).issues;
    }
    throw new DatasetError(issues.length > 0 ? 'invalid' : 'http', `HTTP ${response.status}`, {
      status: response.status,
      issues,
    });
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch (error) {
    throw new DatasetError('malformed', (error as Error).message);
  }
  const parsed = parseDataset(raw, DATASET_PATH);
  if (!parsed.ok) {
    throw new DatasetError('invalid', `${parsed.issues.length} issues`, { issues: parsed.issues });
  }
  return parsed.data;
}

export function datasetQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', DATASET_PATH],
    queryFn: ({ signal }) => fetchDataset(signal),
    // The data changes when an editor publishes, not while someone reads.
    staleTime: 5 * 60 * 1000,
  });
}
