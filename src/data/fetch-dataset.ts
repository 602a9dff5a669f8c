import { queryOptions } from '@tanstack/react-query';
import type { DataIssue } from '../domain/result.ts';
import { DatasetError } from './dataset-error.ts';
import { pageDatasetSource, publishedSource, type DatasetSource } from './page-source.ts';
import { prepareValidator, readDataset, type LoadedDataset } from './read-dataset.ts';

/** A response that has not finished after this long is abandoned with its own message. */
export const DATASET_TIMEOUT_MS = 15_000;

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

/** Rejects when `signal` aborts, even if `promise` never settles (a body that never ends). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

async function httpError(response: Response, file: string): Promise<DatasetError> {
  let issues: DataIssue[] = [];
  // The dev server answers invalid data with the data check's issues.
  const body: unknown = await response.json().catch(() => undefined);
  if (body && typeof body === 'object' && Array.isArray((body as { issues?: unknown }).issues)) {
    issues = (body as { issues: DataIssue[] }).issues;
  }
  return new DatasetError(issues.length > 0 ? 'invalid' : 'http', `HTTP ${response.status}`, {
    file,
    status: response.status,
    issues,
  });
}

/**
 * Fetches a file's bytes: the request and the body together get `timeoutMs`; an abort by
 * `signal` is passed on unchanged; every other failure is a `DatasetError` naming `file`.
 */
export async function fetchBytes(
  url: string,
  file: string,
  signal: AbortSignal | undefined,
  timeoutMs: number = DATASET_TIMEOUT_MS,
): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failure = (error: unknown, whileReading: boolean): unknown => {
    if (signal?.aborted) return error;
    if (timeout.aborted) {
      return new DatasetError('timeout', `no complete response in ${timeoutMs} ms`, {
        file,
        timeoutMs,
      });
    }
    if (whileReading) {
      return new DatasetError('malformed', (error as Error).message, {
        file,
        jsonFailure: 'truncated',
      });
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return new DatasetError(offline ? 'offline' : 'network', (error as Error).message, { file });
  };

  let response: Response;
  try {
    response = await untilAborted(
      fetch(url, { signal: combined, headers: { Accept: 'application/json' } }),
      combined,
    );
  } catch (error) {
    throw failure(error, false);
  }
  if (!response.ok) throw await httpError(response, file);
  // Bytes, not text: decoding 36 MB of UTF-8 blocks the main thread for hundreds of
  // milliseconds; the worker decodes them instead (docs/PERFORMANCE.md).
  let body: ArrayBuffer;
  try {
    body = await untilAborted(response.arrayBuffer(), combined);
  } catch (error) {
    throw failure(error, true);
  }
  return body;
}

export type FetchDatasetOptions = {
  source?: DatasetSource;
  /** TanStack Query's signal: aborts when nobody needs the result any more. */
  signal?: AbortSignal;
  timeoutMs?: number;
};

/**
 * Fetches and validates a dataset; throws a `DatasetError` that the UI can explain. The request
 * and the body together get `timeoutMs`; an abort by `signal` is passed on unchanged.
 */
export async function fetchDataset(options: FetchDatasetOptions = {}): Promise<LoadedDataset> {
  const { source = publishedSource(), signal, timeoutMs = DATASET_TIMEOUT_MS } = options;
  const { file } = source;
  if (source.url === null) {
    throw new DatasetError('refused', `refused ${file}`, { file, refusal: source.refusal });
  }
  prepareValidator();
  const inline = source.published ? inlineDatasetText() : null;
  if (inline !== null) return readDataset(inline, file, signal);

  const body = await fetchBytes(source.url, file, signal, timeoutMs);
  // Only the caller's signal: the time-out covers the transfer, not the checking.
  return readDataset(body, file, signal);
}

/** Query options the tests can set with `queryClient.setQueryDefaults(['dataset'], …)`. */
export type DatasetQueryMeta = { timeoutMs?: number };

/** The dataset query of `source`; by default the one the page's address names (`?data=`). */
export function datasetQueryOptions(source: DatasetSource = pageDatasetSource()) {
  return queryOptions({
    queryKey: ['dataset', source],
    queryFn: ({ signal, meta }) =>
      fetchDataset({
        source,
        signal,
        timeoutMs: (meta as DatasetQueryMeta | undefined)?.timeoutMs,
      }),
    // The data changes when an editor publishes, not while someone reads.
    staleTime: 5 * 60 * 1000,
    // Try the request even when the browser reports no network: a service worker may answer it,
    // and otherwise the user sees "offline" at once instead of a skeleton that waits forever.
    networkMode: 'always',
    // Back online: fetch again whatever the age of the data on screen.
    refetchOnReconnect: 'always',
  });
}
