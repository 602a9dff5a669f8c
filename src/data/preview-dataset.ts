import {
  useMutation,
  useMutationState,
  useQueryClient,
  type Mutation,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { DatasetError } from './dataset-error.ts';
import { readDataset, type LoadedDataset } from './read-dataset.ts';

/**
 * A bound on what the tab holds in memory for a preview (the bytes, the text and the records,
 * for a moment all at once); the real dataset is a few hundred KB.
 */
export const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/**
 * A local file an editor previews in place of the published data. Its bytes are read in the
 * browser (`File.arrayBuffer()`), checked in the dataset worker, and never sent anywhere. Each
 * read is a TanStack mutation under one key, so every component sees the same state through the
 * mutation cache; a file that fails leaves on screen whatever was there.
 */
export type PreviewState = {
  /** The file shown instead of the published data, if any. */
  shown: { name: string; loaded: LoadedDataset } | null;
  /** The file being read now, if any. */
  reading: string | null;
  /** The last file that could not be previewed, and why. */
  failed: { name: string; error: DatasetError } | null;
};

const PREVIEW_KEY = ['preview-file'] as const;

async function readPreviewFile(file: File): Promise<LoadedDataset> {
  if (file.size > MAX_PREVIEW_BYTES) {
    throw new DatasetError('too-large', `${file.size} bytes`, { file: file.name });
  }
  try {
    return await readDataset(await file.arrayBuffer(), file.name);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError('malformed', (error as Error).message, { file: file.name });
  }
}

type PreviewMutation = Mutation<LoadedDataset, DatasetError, File>;

function previewMutations(client: QueryClient): PreviewMutation[] {
  return client
    .getMutationCache()
    .findAll({ mutationKey: PREVIEW_KEY }) as unknown as PreviewMutation[];
}

/** Forgets the reads that `keep` rejects; a read forgotten while pending can no longer win. */
function forget(client: QueryClient, keep: (mutation: PreviewMutation) => boolean) {
  const cache = client.getMutationCache();
  for (const mutation of previewMutations(client)) if (!keep(mutation)) cache.remove(mutation);
}

/** Reads and validates a local JSON file and shows it instead of the published data. */
export function usePreviewFile(): (file: File) => void {
  const client = useQueryClient();
  const { mutate } = useMutation<LoadedDataset, DatasetError, File>({
    mutationKey: PREVIEW_KEY,
    mutationFn: readPreviewFile,
    // Kept while the page lives: the presentation shows a preview with no picker mounted.
    gcTime: Infinity,
  });
  return useCallback(
    (file: File) => {
      // Each pick supersedes the one before: a slow read must not win over a later one.
      forget(client, (mutation) => mutation.state.status === 'success');
      mutate(file);
    },
    [client, mutate],
  );
}

/** The preview state, re-rendering on every change. */
export function usePreview(): PreviewState {
  const states = useMutationState<PreviewMutation['state']>({
    filters: { mutationKey: PREVIEW_KEY },
  });
  return useMemo(() => {
    const latest = states.at(-1);
    const shown = states.findLast((state) => state.status === 'success');
    const nameOf = (state: PreviewMutation['state'] | undefined) => state?.variables?.name ?? '';
    return {
      shown: shown?.data ? { name: nameOf(shown), loaded: shown.data } : null,
      reading: latest?.status === 'pending' ? nameOf(latest) : null,
      failed:
        latest?.status === 'error' && latest.error
          ? { name: nameOf(latest), error: latest.error }
          : null,
    };
  }, [states]);
}

/** Back to the published data (or the `?data=` dataset). */
export function useClearPreview(): () => void {
  const client = useQueryClient();
  return useCallback(() => forget(client, () => false), [client]);
}

/** Dismisses the message about a file that could not be previewed. */
export function useDismissPreviewFailure(): () => void {
  const client = useQueryClient();
  return useCallback(
    () => forget(client, (mutation) => mutation.state.status !== 'error'),
    [client],
  );
}
