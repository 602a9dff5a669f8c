import type { ArchiveChunkEntry, ArchiveIndex } from '../domain/archive.ts';
import { archiveIndexSchema, readChunk } from '../domain/archive-schema.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import { parseJsonText } from '../domain/json-text.ts';
import { parseWholeDataset } from '../domain/parse-dataset.ts';
import type { DataIssue } from '../domain/result.ts';
import { schemaIssues } from '../domain/schema-issues.ts';
import type { DatasetBody, Reading } from './reading.ts';

/** What reading the archive's index found: the index, or why it is not one. */
export type IndexReading =
  | { ok: true; index: ArchiveIndex }
  | { ok: false; reading: Extract<Reading, { json: 'malformed' }> }
  | { ok: false; issues: DataIssue[] };

const decode = (body: DatasetBody) =>
  typeof body === 'string' ? body : new TextDecoder().decode(body);

/** Checks the index in full: it is small, and it is what vouches for every chunk. */
export function readIndexBody(body: DatasetBody, file: string): IndexReading {
  const json = parseJsonText(decode(body));
  if (!json.ok) {
    return {
      ok: false,
      reading: { json: 'malformed', failure: json.failure, detail: json.detail },
    };
  }
  const parsed = archiveIndexSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: schemaIssues(file, json.value, parsed.error) };
  const header = parseWholeDataset(parsed.data.header, file);
  if (!header.ok) return { ok: false, issues: header.issues };
  return { ok: true, index: { ...parsed.data, header: header.data } };
}

/** The SHA-256 of the bytes as hex, or null where the platform has no digest (not a secure context). */
export async function sha256Hex(body: DatasetBody): Promise<string | null> {
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return null;
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type ChunkRequest = { entry: ArchiveChunkEntry; header: Dataset };

/**
 * Reads a chunk: signed (its digest is the index's) it is checked for shape only, otherwise in
 * full against the header (ADR 015). `signed` is reported so the benchmark and the tests see it.
 */
export async function readChunkBody(
  body: DatasetBody,
  file: string,
  { entry, header }: ChunkRequest,
): Promise<{ reading: Reading; signed: boolean }> {
  const digest = await sha256Hex(body);
  const signed = digest === entry.sha256;
  const json = parseJsonText(decode(body));
  if (!json.ok) {
    return { reading: { json: 'malformed', failure: json.failure, detail: json.detail }, signed };
  }
  return {
    reading: { json: 'ok', parse: readChunk(json.value, header, entry, file, signed) },
    signed,
  };
}
