import type { z } from 'zod';
import { formatJsonPath, type DataIssue } from './result.ts';

function recordIdAt(input: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  // Walk down the path and report the id of the innermost record that has one.
  let node: unknown = input;
  let id: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const candidate = (node as { id?: unknown } | null | undefined)?.id;
    if (typeof candidate === 'string') id = candidate;
  }
  return id;
}

/** Maps zod's issues to ours, naming the file, the JSON path and the record id. */
export function schemaIssues(file: string, input: unknown, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => {
    const recordId = recordIdAt(input, issue.path);
    return {
      file,
      path: formatJsonPath(issue.path),
      ...(recordId ? { recordId } : {}),
      message: issue.message,
    };
  });
}
