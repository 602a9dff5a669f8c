import type { DataSourceRefusal } from '../domain/data-source.ts';
import type { JsonFailure } from '../domain/json-text.ts';
import type { DataIssue } from '../domain/result.ts';

/**
 * Why a dataset could not be loaded. Each kind has its own message and advice in the UI:
 * `refused` the `?data=` address is not a same-origin path (nothing was fetched); `http` the
 * server answered with an error status; `timeout` the response did not finish in time; `offline`
 * the device has no network; `network` the request failed otherwise; `malformed` the body is not
 * JSON (truncated, empty, a web page); `too-large` a local file past the size limit; `invalid` the
 * JSON is not a dataset at all (records that fail on their own are quarantined instead).
 */
export type DatasetErrorKind =
  'refused' | 'http' | 'timeout' | 'offline' | 'network' | 'malformed' | 'too-large' | 'invalid';

export type DatasetErrorDetails = {
  /** What was being loaded, as the user knows it: `data/dataset.json`, `/data/2024.json`, a file name. */
  file: string;
  status?: number;
  issues?: DataIssue[];
  jsonFailure?: JsonFailure;
  refusal?: DataSourceRefusal;
  timeoutMs?: number;
};

/** A failure the UI can explain; thrown by the loaders, never shown as a bare message. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly file: string;
  readonly status: number | undefined;
  readonly issues: DataIssue[];
  readonly jsonFailure: JsonFailure | undefined;
  readonly refusal: DataSourceRefusal | undefined;
  readonly timeoutMs: number | undefined;

  constructor(kind: DatasetErrorKind, message: string, details: DatasetErrorDetails) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.file = details.file;
    this.status = details.status;
    this.issues = details.issues ?? [];
    this.jsonFailure = details.jsonFailure;
    this.refusal = details.refusal;
    this.timeoutMs = details.timeoutMs;
  }
}
