import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset-schema.ts';
import type { parseDataset } from '../domain/parse-dataset.ts';
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

/**
 * The id of the `<script type="application/json">` in which the single-file build
 * (`npm run build:single`) carries the dataset: a page opened from file:// cannot fetch.
 */
export const INLINE_DATASET_ID = 'dataset';

function inlineDatasetText(): string | null {
  const element = document.getElementById(INLINE_DATASET_ID);
  return element instanceof HTMLScriptElement && element.type === 'application/json'
    ? element.textContent
    : null;
}

type Validator = { parseDataset: typeof parseDataset };

/**
 * The schema and zod are a chunk of their own, fetched next to the dataset: the entry chunk stays
 * small and the shell paints without them (docs/PERFORMANCE.md).
 */
function loadValidator(): Promise<Validator> {
  const validator = import('../domain/parse-dataset.ts');
  // Awaited later; until then a failed load must not count as an unhandled rejection.
  validator.catch(() => undefined);
  return validator;
}

async function validDataset(raw: unknown, validator: Promise<Validator>): Promise<Dataset> {
  let parse: Validator['parseDataset'];
  try {
    ({ parseDataset: parse } = await validator);
  } catch (error) {
    throw new DatasetError('network', (error as Error).message);
  }
  const parsed = parse(raw, DATASET_PATH);
  if (!parsed.ok) {
    throw new DatasetError('invalid', `${parsed.issues.length} issues`, { issues: parsed.issues });
  }
  return parsed.data;
}

function datasetUrl(): string {
  // Resolve against the document so the same code works under any sub-path.
  return new URL(DATASET_PATH, document.baseURI).href;
}

/** Fetches and validates the dataset; throws a `DatasetError` that the UI can explain. */
export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  const validator = loadValidator();
  const inline = inlineDatasetText();
  if (inline !== null) {
    try {
      return await validDataset(JSON.parse(inline), validator);
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      throw new DatasetError('malformed', (error as Error).message);
    }
  }
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
  return validDataset(raw, validator);
}

export function datasetQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', DATASET_PATH],
    queryFn: ({ signal }) => fetchDataset(signal),
    // The data changes when an editor publishes, not while someone reads.
    staleTime: 5 * 60 * 1000,
  });
}
