import { createHash } from 'node:crypto';
import {
  ARCHIVE_INDEX_FILE,
  ARCHIVE_META,
  ARCHIVE_VERSION,
  planArchive,
  type ArchiveChunkFile,
  type ArchiveIndex,
} from '../../src/domain/archive.ts';
import type { Dataset } from '../../src/domain/dataset-schema.ts';

export { ARCHIVE_INDEX_FILE, ARCHIVE_META };

export type ArchiveFiles = {
  index: ArchiveIndex;
  /** Paths relative to the app's base, and their text. */
  files: Array<{ fileName: string; text: string }>;
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The archive of a checked dataset: one chunk file per report year, named by its content hash
 * (so a cache may keep it for ever), and the index that signs each with its SHA-256.
 */
export function archiveFiles(dataset: Dataset): ArchiveFiles {
  const plan = planArchive(dataset);
  const files: ArchiveFiles['files'] = [];
  const chunks = plan.chunks.map(({ key, records, recordYears, counts }) => {
    const content: ArchiveChunkFile = { archiveVersion: ARCHIVE_VERSION, key, ...records };
    const text = JSON.stringify(content);
    const digest = sha256(text);
    const file = `${key}-${digest.slice(0, 10)}.json`;
    files.push({ fileName: `data/archive/${file}`, text });
    return { key, file, sha256: digest, bytes: Buffer.byteLength(text), recordYears, counts };
  });
  const index: ArchiveIndex = {
    archiveVersion: ARCHIVE_VERSION,
    header: plan.header,
    chunks,
    editions: plan.editions,
    headlines: plan.headlines,
  };
  files.push({ fileName: ARCHIVE_INDEX_FILE, text: JSON.stringify(index) });
  return { index, files };
}

/**
 * An archive is worth its extra request only with more than one chunk: a one-year dataset (the
 * seed page) is its own only chunk, and the page reads it as one file as before.
 */
export function publishesArchive(index: ArchiveIndex): boolean {
  return index.chunks.length > 1;
}

/** The tag the build puts into the page's head to tell the app to read the archive. */
export function archiveMetaTag(): string {
  return `<meta name="${ARCHIVE_META}" content="${ARCHIVE_INDEX_FILE}">`;
}
