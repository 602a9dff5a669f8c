import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  archiveYears,
  chunksFor,
  latestYear,
  mergeChunks,
  type ArchiveIndex,
  type ChunkRecords,
} from '../domain/archive.ts';
import type { QuarantinedRecord } from '../domain/quarantine.ts';
import { archiveChunkQueryOptions, archiveIndexQueryOptions } from './fetch-archive.ts';
import type { LoadedChunk } from './fetch-archive.ts';
import type { LoadedDataset } from './read-dataset.ts';

/** What the screens know about the archive behind the dataset on screen (ADR 015). */
export type ArchiveState = {
  /** Every year the archive holds records of, oldest first: the year filter offers them all. */
  years: string[];
  latest: string | null;
  /** Years whose every chunk is loaded, and the rest (search says which it has not searched). */
  loadedYears: string[];
  unloadedYears: string[];
  /** Of the chunks the filter needs: how many have arrived; null once none is on its way. */
  progress: { done: number; total: number; years: string[] } | null;
  /** Chunks that failed, with the years they hold and why; `retry` fetches them again. */
  failed: Array<{ key: string; years: string[]; error: Error }>;
  retry: () => void;
  /** Every chunk asked for has arrived, but the screen's dataset is not yet made of them. */
  settling?: boolean;
};

export function useArchiveIndex(url: string | null, refetchInterval: number | false = false) {
  return useQuery({
    ...archiveIndexQueryOptions(url ?? ''),
    enabled: url !== null,
    refetchInterval,
  });
}

/** Stands for "no archive" so the hooks run the same either way; it holds no chunk. */
const NO_ARCHIVE = { chunks: [] } as unknown as ArchiveIndex;

/**
 * The chunks `years` needs (none: all), fetched in parallel, and the dataset of every chunk
 * loaded so far. The dataset is rebuilt once nothing the filter needs is on its way, not at every
 * chunk, so ten arriving chunks make one new dataset rather than ten.
 */
export function useArchiveChunks(
  url: string | null,
  shownIndex: ArchiveIndex | undefined,
  years: readonly string[],
): { loaded: LoadedDataset | null; state: ArchiveState } {
  const index = url !== null && shownIndex ? shownIndex : NO_ARCHIVE;
  const wanted = useMemo(
    () => new Set(chunksFor(index, years).map((chunk) => chunk.key)),
    [index, years],
  );
  const results = useQueries({
    queries: index.chunks.map((entry) => ({
      ...archiveChunkQueryOptions(url ?? '', index, entry),
      enabled: wanted.has(entry.key),
    })),
  });

  const mask = results.map((result) => (result.data ? '1' : '0')).join('');
  const pending = index.chunks.filter(
    (entry, at) => wanted.has(entry.key) && !results[at]!.data && !results[at]!.isError,
  );
  const datas = results.map((result) => result.data);
  // The chunks as they were when nothing needed was on its way: the dataset is made of these.
  const [settled, setSettled] = useState({ mask: '', index, datas: [] as typeof datas });
  if (pending.length === 0 && (settled.mask !== mask || settled.index !== index)) {
    setSettled({ mask, index, datas });
  }
  const loaded = useMemo(() => mergeSettled(settled.index, settled.datas), [settled]);

  const all = archiveYears(index);
  const loadedKeys = new Set(index.chunks.filter((_, at) => datas[at]).map((c) => c.key));
  const yearLoaded = (year: string) =>
    chunksFor(index, [year])
      .filter((chunk) => chunk.recordYears.includes(year))
      .every((chunk) => loadedKeys.has(chunk.key));
  const wantedTotal = index.chunks.filter((entry) => wanted.has(entry.key)).length;
  const state: ArchiveState = {
    years: all,
    latest: latestYear(index),
    loadedYears: all.filter(yearLoaded),
    unloadedYears: all.filter((year) => !yearLoaded(year)),
    progress:
      pending.length === 0
        ? null
        : {
            done: wantedTotal - pending.length,
            total: wantedTotal,
            years: [...new Set(pending.flatMap((chunk) => chunk.recordYears))].sort(),
          },
    failed: index.chunks.flatMap((entry, at) => {
      const result = results[at]!;
      return wanted.has(entry.key) && result.isError && !result.data
        ? [{ key: entry.key, years: entry.recordYears, error: result.error }]
        : [];
    }),
    retry: () => {
      results.forEach((result, at) => {
        if (wanted.has(index.chunks[at]!.key) && result.isError) void result.refetch();
      });
    },
  };
  return { loaded, state };
}

function mergeSettled(
  index: ArchiveIndex,
  datas: ReadonlyArray<LoadedChunk | undefined>,
): LoadedDataset | null {
  const chunks = new Map<string, ChunkRecords>();
  const quarantined: QuarantinedRecord[] = [];
  index.chunks.forEach((entry, at) => {
    const data = datas[at];
    if (!data) return;
    chunks.set(entry.key, data.records);
    quarantined.push(...data.quarantined);
  });
  // No archive, or nothing settled yet. An archive whose chosen years hold no chunk (a link to a
  // year it does not have) is an empty dataset: the screen says so and its filter bar stays.
  if (index.chunks.length === 0) return null;
  return { dataset: mergeChunks(index, chunks), quarantined, file: 'data/archive/index.json' };
}
