import { useSyncExternalStore } from 'react';
import { DatasetError } from './dataset-error.ts';
import { readDataset, type LoadedDataset } from './read-dataset.ts';

/**
 * A bound on what the tab holds in memory for a preview (the bytes, the text and the records,
 * for a moment all at once); the real dataset is a few hundred KB.
 */
export const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/**
 * A local file an editor previews in place of the published data. Its bytes are read in the
 * browser (`File.arrayBuffer()`), checked in the dataset worker, and never sent anywhere. A file that fails leaves on screen whatever was there.
 */
export type PreviewState = {
  /** The file shown instead of the published data, if any. */
  shown: { name: string; loaded: LoadedDataset } | null;
  /** The file being read now, if any. */
  reading: string | null;
  /** The last file that could not be previewed, and why. */
  failed: { name: string; error: DatasetError } | null;
};

const NONE: PreviewState = { shown: null, reading: null, failed: null };
let state: PreviewState = NONE;
const listeners = new Set<() => void>();
/** Each pick supersedes the one before: a slow read must not win over a later one. */
let generation = 0;

function set(next: PreviewState) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getPreview(): PreviewState {
  return state;
}

/** Reads and validates a local JSON file and shows it instead of the published data. */
export async function previewFile(file: File): Promise<void> {
  generation += 1;
  const mine = generation;
  const name = file.name;
  set({ ...state, reading: name, failed: null });
  let next: PreviewState;
  try {
    if (file.size > MAX_PREVIEW_BYTES) {
      throw new DatasetError('too-large', `${file.size} bytes`, { file: name });
    }
    const loaded = await readDataset(await file.arrayBuffer(), name);
    next = { shown: { name, loaded }, reading: null, failed: null };
  } catch (error) {
    const failure =
      error instanceof DatasetError
        ? error
        : new DatasetError('malformed', (error as Error).message, { file: name });
    next = { ...state, reading: null, failed: { name, error: failure } };
  }
  if (mine === generation) set(next);
}

/** Back to the published data (or the `?data=` dataset). */
export function clearPreview(): void {
  generation += 1;
  set(NONE);
}

/** Dismisses the message about a file that could not be previewed. */
export function dismissPreviewFailure(): void {
  set({ ...state, failed: null });
}

/** The preview state, re-rendering on every change. */
export function usePreview(): PreviewState {
  return useSyncExternalStore(subscribe, getPreview, getPreview);
}
