import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  ARCHIVE_INDEX_FILE,
  ARCHIVE_META,
  type ArchiveChunkEntry,
  type ArchiveIndex,
  type ChunkRecords,
  chunksFor,
  latestYear,
} from '../domain/archive.ts';
import { parseLocation } from '../domain/url-state.ts';
import type { QuarantinedRecord } from '../domain/quarantine.ts';
import { DatasetError } from './dataset-error.ts';
import { datasetQueryOptions, fetchBytes, INLINE_DATASET_ID } from './fetch-dataset.ts';
import { pageDatasetSource } from './page-source.ts';
import { readDataset } from './read-dataset.ts';
import { prepareValidator, readIndex } from './read-in-worker.ts';

/** The mark in the page's performance timeline of reading one chunk (the benchmark reads it). */
export const CHUNK_MEASURE = 'archive: chunk';

/**
 * The archive's index the page should read, or null: the build names it in the page's head when it
 * publishes an archive of several years (ADR 015). A page that carries its dataset inline (the
 * single-file build) reads that instead.
 */
export function archiveIndexUrl(): string | null {
  const meta = document.querySelector(`meta[name="${ARCHIVE_META}"]`);
  const path = meta?.getAttribute('content');
  if (!path || document.getElementById(INLINE_DATASET_ID)) return null;
  return new URL(path, document.baseURI).href;
}

/** The index: fetched, and checked whole in the dataset worker. */
export function archiveIndexQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['archive-index', url],
    queryFn: async ({ signal }): Promise<ArchiveIndex> => {
      prepareValidator();
      const file = ARCHIVE_INDEX_FILE;
      const reading = await readIndex(await fetchBytes(url, file, signal), file);
      if (reading.ok) return reading.index;
      if ('reading' in reading) {
        const { failure, detail } = reading.reading;
        throw new DatasetError('malformed', detail, { file, jsonFailure: failure });
      }
      throw new DatasetError('invalid', `${reading.issues.length} issues`, {
        file,
        issues: reading.issues,
      });
    },
    staleTime: 5 * 60 * 1000,
    networkMode: 'always',
    refetchOnReconnect: 'always',
  });
}

export type LoadedChunk = { records: ChunkRecords; quarantined: QuarantinedRecord[] };

/**
 * One chunk: its file is named by its content hash, so once read it never changes; it is read in
 * the worker against the index's header, by shape when its digest matches the index's.
 */
export function archiveChunkQueryOptions(
  indexUrl: string,
  index: ArchiveIndex,
  entry: ArchiveChunkEntry,
) {
  // The file's digest names its content; the header only vouches for its references, and a
  // chunk read once stays valid for a refreshed index that lists it with the same digest.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['archive-chunk', indexUrl, entry.file, entry.sha256],
    queryFn: async ({ signal }): Promise<LoadedChunk> => {
      const file = `data/archive/${entry.file}`;
      const start = performance.now();
      const body = await fetchBytes(new URL(entry.file, indexUrl).href, file, signal);
      const { dataset, quarantined } = await readDataset(body, file, signal, {
        entry,
        header: index.header,
      });
      performance.measure(CHUNK_MEASURE, { start, detail: entry.key });
      const { articles, figures, events, lists } = dataset;
      return { records: { articles, figures, events, lists }, quarantined };
    },
    // A refreshed index with another digest leaves the old query unobserved, to be collected.
    staleTime: Infinity,
    networkMode: 'always',
  });
}

/**
 * Fetches what the first screen shows before the app renders over the prerendered overview: the
 * one dataset file, or the archive's index and the chunks of the address's years (none: the
 * latest, which the desk opens on).
 */
export async function prefetchPageData(client: QueryClient): Promise<void> {
  const url = pageDatasetSource().published ? archiveIndexUrl() : null;
  if (url === null) return client.prefetchQuery(datasetQueryOptions());
  const index = await client.fetchQuery(archiveIndexQueryOptions(url));
  const { years } = parseLocation(window.location.hash).filters;
  const latest = latestYear(index);
  const wanted = years.length > 0 ? years : latest ? [latest] : [];
  await Promise.allSettled(
    chunksFor(index, wanted).map((entry) =>
      client.prefetchQuery(archiveChunkQueryOptions(url, index, entry)),
    ),
  );
}
