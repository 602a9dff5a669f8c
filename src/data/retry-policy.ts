import { DatasetError } from './dataset-error.ts';

/** Automatic attempts after the first failure, before the error is shown with a retry button. */
export const MAX_RETRIES = 3;

/**
 * Retry what a moment may fix (a server error, a timeout, a broken transfer), not what it cannot:
 * invalid data stays invalid, a refused address stays refused, a missing file stays missing, and
 * while offline the query waits for the browser's `online` event instead of spinning.
 */
export function shouldRetryDataset(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof DatasetError)) return true;
  switch (error.kind) {
    case 'invalid':
    case 'refused':
    case 'too-large':
    case 'offline':
      return false;
    case 'http':
      // 408 Request Timeout and 429 Too Many Requests pass; other 4xx are final.
      return (error.status ?? 500) >= 500 || error.status === 408 || error.status === 429;
    case 'malformed':
      // A cut-off body may come whole next time; a web page or bad syntax will not.
      return error.jsonFailure === 'truncated' || error.jsonFailure === 'empty';
    default:
      return true;
  }
}

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s (`failureCount` starts at 1). */
export function datasetRetryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** Math.max(0, failureCount - 1), 30_000);
}
