import { z } from 'zod';
import { ARCHIVE_VERSION, type ArchiveChunkEntry, type ChunkRecords } from './archive.ts';
import type { Dataset } from './dataset-schema.ts';
import { parseDataset, type DatasetParse } from './parse-dataset.ts';
import type { DataIssue } from './result.ts';
import { schemaIssues } from './schema-issues.ts';

/** The archive's index and chunk files as served (ADR 015); the types live in archive.ts. */

const yearSchema = z.string().regex(/^\d{4}$/, 'a year is four digits');
const countSchema = z.number().int().nonnegative();

export const archiveChunkEntrySchema = z.strictObject({
  key: z.union([yearSchema, z.literal('undated')]),
  file: z
    .string()
    .regex(/^[a-z0-9-]+\.json$/, 'a chunk file is <key>-<hash>.json, beside the index'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 hex digits'),
  bytes: countSchema,
  recordYears: z.array(yearSchema),
  counts: z.strictObject({
    articles: countSchema,
    figures: countSchema,
    events: countSchema,
    lists: countSchema,
  }),
});

export const archiveIndexSchema = z.strictObject({
  archiveVersion: z.literal(ARCHIVE_VERSION),
  /** Checked as a dataset by `parseDataset` (its record arrays are empty). */
  header: z.unknown(),
  chunks: z.array(archiveChunkEntrySchema).min(1, 'an archive has at least one chunk'),
  editions: z.array(
    z.strictObject({
      newspaper: z.string().nullable(),
      date: z.string().nullable(),
      page: z.string().nullable(),
      year: yearSchema.nullable(),
      articles: countSchema,
      figures: countSchema,
    }),
  ),
  headlines: z.array(
    z.strictObject({ department: z.string(), figure: z.string(), year: yearSchema }),
  ),
});

const chunkFileSchema = z.strictObject({
  archiveVersion: z.literal(ARCHIVE_VERSION),
  key: z.string(),
  articles: z.array(z.unknown()),
  figures: z.array(z.unknown()),
  events: z.array(z.unknown()),
  lists: z.array(z.unknown()),
});

/**
 * A chunk file's records, checked against the index's header as one dataset: in full
 * (`parseDataset`: every record, its references, quarantine) unless `signed`, when its bytes'
 * SHA-256 matched the index and so it is the file the build checked in full: then its shape only
 * (the four arrays, the counts the index gives, each record an object with an id of its chunk's
 * articles). Either way the answer is a dataset of the header and the chunk's records.
 */
export function readChunk(
  input: unknown,
  header: Dataset,
  entry: ArchiveChunkEntry,
  file: string,
  signed: boolean,
): DatasetParse {
  const top = chunkFileSchema.safeParse(input);
  if (!top.success) return { ok: false, issues: schemaIssues(file, input, top.error) };
  const chunk = top.data;
  const issue = (path: string, message: string): DatasetParse => ({
    ok: false,
    issues: [{ file, path, message } satisfies DataIssue],
  });
  if (chunk.key !== entry.key) {
    return issue('$.key', `this is the chunk of ${chunk.key}, the index expected ${entry.key}`);
  }
  if (!signed) {
    return parseDataset({ ...header, ...recordsOf(chunk) }, file);
  }
  for (const key of ['articles', 'figures', 'events', 'lists'] as const) {
    if (chunk[key].length !== entry.counts[key]) {
      return issue(`$.${key}`, `${chunk[key].length} ${key}, the index says ${entry.counts[key]}`);
    }
  }
  const articles = new Set<string>();
  for (const [at, article] of chunk.articles.entries()) {
    const id = (article as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return issue(`$.articles[${at}].id`, 'an article needs an id');
    articles.add(id);
  }
  for (const key of ['figures', 'events', 'lists'] as const) {
    for (const [at, record] of chunk[key].entries()) {
      const { id, article } = (record ?? {}) as { id?: unknown; article?: unknown };
      if (typeof id !== 'string' || typeof article !== 'string' || !articles.has(article)) {
        return issue(`$.${key}[${at}]`, 'a record needs an id and an article of this chunk');
      }
    }
  }
  return {
    ok: true,
    data: { ...header, ...(recordsOf(chunk) as ChunkRecords) },
    quarantined: [],
  };
}

function recordsOf(chunk: z.infer<typeof chunkFileSchema>) {
  const { articles, figures, events, lists } = chunk;
  return { articles, figures, events, lists };
}
