import type { Article, Dataset, Figure } from './dataset-schema.ts';
import { reportYears, yearOf } from './filter-dataset.ts';
import { headlineFigures } from './overview-model.ts';

/**
 * An archive of years (issue 15, ADR 015): a dataset split by the build into one chunk per year
 * that articles report as of, and an index that lists the chunks, signs each with its SHA-256,
 * and carries what every screen needs before any chunk arrives (departments, vocabulary, the
 * years, the editions, each department's headline figure).
 */

export const ARCHIVE_VERSION = 1;

/** Where the build writes the index, relative to the app's base. */
export const ARCHIVE_INDEX_FILE = 'data/archive/index.json';
/** The page's `<meta name=…>` naming the index, present when the build publishes an archive. */
export const ARCHIVE_META = 'dataset-archive';

/** The records of one year's articles. */
export type ChunkRecords = Pick<Dataset, 'articles' | 'figures' | 'events' | 'lists'>;

export type ChunkCounts = { articles: number; figures: number; events: number; lists: number };

/** A chunk's file as served: `data/archive/<key>-<hash>.json`. */
export type ArchiveChunkFile = ChunkRecords & {
  archiveVersion: typeof ARCHIVE_VERSION;
  key: string;
};

/** The key of the chunk of articles that report as of no known year. */
export const UNDATED = 'undated';

export type ArchiveChunkEntry = {
  /** The year its articles report as of (their publication date, else their latest record). */
  key: string;
  /** Beside the index: `2023-1a2b3c4d5e.json`. */
  file: string;
  /** Of the file's bytes, hex: a chunk whose digest matches was checked in full by the build. */
  sha256: string;
  bytes: number;
  /**
   * The years of the figures and events it holds: an article of 2024 may print 2023's totals, so
   * the year filter needs every chunk whose records fall in the chosen years, not only its own.
   */
  recordYears: string[];
  counts: ChunkCounts;
};

/** A newspaper edition as the pages print it; what a page does not print stays null. */
export type Edition = {
  newspaper: string | null;
  date: string | null;
  page: string | null;
  year: string | null;
  articles: number;
  figures: number;
};

export type ArchiveIndex = {
  archiveVersion: typeof ARCHIVE_VERSION;
  /** The dataset without records: title, vocabulary, departments. */
  header: Dataset;
  chunks: ArchiveChunkEntry[];
  editions: Edition[];
  /** Each department's headline figure (the one marked, else its largest), across all years. */
  headlines: Array<{ department: string; figure: string; year: string }>;
};

/** Everything but the digests, which the build (Node) and the tests compute. */
export type ArchivePlan = {
  header: Dataset;
  chunks: Array<{ key: string; records: ChunkRecords; recordYears: string[]; counts: ChunkCounts }>;
  editions: Edition[];
  headlines: ArchiveIndex['headlines'];
};

function countsOf(records: ChunkRecords): ChunkCounts {
  return {
    articles: records.articles.length,
    figures: records.figures.length,
    events: records.events.length,
    lists: records.lists.length,
  };
}

function editionsOf(dataset: Dataset, years: Map<string, string | null>): Edition[] {
  const figuresOf = new Map<string, number>();
  for (const figure of dataset.figures) {
    figuresOf.set(figure.article, (figuresOf.get(figure.article) ?? 0) + 1);
  }
  const editions = new Map<string, Edition>();
  for (const article of dataset.articles) {
    const { name, date, page = null } = article.publication;
    const year = years.get(article.id) ?? null;
    const key = JSON.stringify([name, date, page, date === null ? year : null]);
    const edition = editions.get(key) ?? {
      newspaper: name,
      date,
      page,
      year,
      articles: 0,
      figures: 0,
    };
    edition.articles += 1;
    edition.figures += figuresOf.get(article.id) ?? 0;
    editions.set(key, edition);
  }
  return [...editions.values()].sort((a, b) =>
    (a.date ?? a.year ?? '').localeCompare(b.date ?? b.year ?? ''),
  );
}

/**
 * Splits a checked dataset into one chunk per report year, oldest first (undated last). Every
 * record goes with its article, so a chunk is whole: its figures' articles are in it.
 */
export function planArchive(dataset: Dataset): ArchivePlan {
  const years = reportYears(dataset);
  const keyOf = (article: string) => years.get(article) ?? UNDATED;
  const chunks = new Map<string, ChunkRecords>();
  const chunk = (key: string) => {
    let records = chunks.get(key);
    if (!records) {
      records = { articles: [], figures: [], events: [], lists: [] };
      chunks.set(key, records);
    }
    return records;
  };
  for (const article of dataset.articles) chunk(keyOf(article.id)).articles.push(article);
  for (const figure of dataset.figures) chunk(keyOf(figure.article)).figures.push(figure);
  for (const event of dataset.events) chunk(keyOf(event.article)).events.push(event);
  for (const list of dataset.lists) chunk(keyOf(list.article)).lists.push(list);

  const keys = [...chunks.keys()].sort((a, b) =>
    a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b),
  );
  const yearOfFigure = new Map(dataset.figures.map((f) => [f.id, yearOf(f.date)]));
  return {
    header: { ...dataset, articles: [], figures: [], events: [], lists: [] },
    chunks: keys.map((key) => {
      const records = chunks.get(key)!;
      const recordYears = new Set<string>();
      for (const record of [...records.figures, ...records.events]) {
        recordYears.add(yearOf(record.date));
      }
      return { key, records, recordYears: [...recordYears].sort(), counts: countsOf(records) };
    }),
    editions: editionsOf(dataset, years),
    headlines: headlineFigures(dataset.figures).map((figure: Figure) => ({
      department: figure.department,
      figure: figure.id,
      year: yearOfFigure.get(figure.id)!,
    })),
  };
}

/** The years the year filter offers: every year some chunk holds records of, oldest first. */
export function archiveYears(index: Pick<ArchiveIndex, 'chunks'>): string[] {
  return [...new Set(index.chunks.flatMap((chunk) => chunk.recordYears))].sort();
}

/** The most recent year of the archive, which a desk opens on; null when nothing is dated. */
export function latestYear(index: Pick<ArchiveIndex, 'chunks'>): string | null {
  return archiveYears(index).at(-1) ?? null;
}

/**
 * The chunks the screen needs for `years` (none chosen: all). The undated chunk holds records
 * of the years it names too, so it is needed exactly when they are chosen, like any other.
 */
export function chunksFor(
  index: Pick<ArchiveIndex, 'chunks'>,
  years: readonly string[],
): ArchiveChunkEntry[] {
  if (years.length === 0) return index.chunks;
  const wanted = new Set(years);
  return index.chunks.filter(
    (chunk) =>
      chunk.recordYears.some((year) => wanted.has(year)) ||
      // An undated chunk without figures or events (lists, articles only) goes with every year.
      (chunk.key === UNDATED && chunk.recordYears.length === 0),
  );
}

/** The dataset of the loaded chunks: the index's header with their records, in index order. */
export function mergeChunks(index: ArchiveIndex, loaded: ReadonlyMap<string, ChunkRecords>) {
  const records = index.chunks.flatMap((chunk) => {
    const found = loaded.get(chunk.key);
    return found ? [found] : [];
  });
  const flat = <K extends keyof ChunkRecords>(key: K) =>
    records.flatMap((chunk) => chunk[key] as ChunkRecords[K][number][]) as ChunkRecords[K];
  return {
    ...index.header,
    articles: flat('articles') as Article[],
    figures: flat('figures'),
    events: flat('events'),
    lists: flat('lists'),
  } satisfies Dataset;
}
