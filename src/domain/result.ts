/** A problem found in input data, precise enough for an editor to fix it. */
export type DataIssue = {
  /** The file the problem is in, relative to the project root (e.g. `data/articles/audit.json`). */
  file: string;
  /** JSON path inside the file, e.g. `$.figures[3].value`. */
  path: string;
  /** The id of the record, where the record has one. */
  recordId?: string;
  message: string;
};

/** Fallible functions return errors as values the UI can show. */
export type Result<T> = { ok: true; data: T } | { ok: false; issues: DataIssue[] };

/** Formats a path array from zod or our own checks as `$.figures[3].value`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/** One line an editor can act on: `file $.path (id): message`. */
export function formatDataIssue(issue: DataIssue): string {
  const id = issue.recordId ? ` (${issue.recordId})` : '';
  return `${issue.file} ${issue.path}${id}: ${issue.message}`;
}
