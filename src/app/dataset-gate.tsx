import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import { archiveIndexUrl } from '../data/fetch-archive.ts';
import { DatasetError } from '../data/dataset-error.ts';
import { datasetQueryOptions } from '../data/fetch-dataset.ts';
import { useArchiveChunks, useArchiveIndex, type ArchiveState } from '../data/use-archive.ts';
import { latestYear } from '../domain/archive.ts';
import { keepPageParams, pageDatasetSource } from '../data/page-source.ts';
import { useDismissPreviewFailure, usePreview } from '../data/preview-dataset.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import { useT } from '../ui/locale-context.tsx';
import { describeDatasetError, ErrorPanel, PreviewFailure } from './dataset-gate-error.tsx';
import { DeskNotices, PresentNotices, type DataNotices } from './dataset-gate-notices.tsx';
import styles from './dataset-gate.module.css';

export type DatasetGateProps = {
  /**
   * Renders the views. `notices` is the presentation's compact line of data notices (stale data,
   * preview, quarantined records), for it to place on its stage; the desk gets them above the views.
   */
  children: (dataset: Dataset, notices: ReactNode, archive: ArchiveState | null) => ReactNode;
  /** `present`: the meeting-room screen, which refetches on `refetchInterval` ms. */
  variant?: 'desk' | 'present';
  refetchInterval?: number | false;
  /**
   * The years the screen shows (none: all). From an archive of years (ADR 015) only their chunks
   * are fetched; `archive` tells the screen what is loaded, on its way, or failed.
   */
  years?: readonly string[];
  /**
   * Asked once per page load, when an archive of several years opens with no year chosen: the
   * screen opens on the most recent year (the desk puts it into its address) instead of fetching
   * every year at once.
   */
  onOpenYear?: (year: string) => void;
};

/** Whether this page has already opened an archive on its latest year (once per page load). */
const opened = { onLatest: false };

const NO_YEARS: readonly string[] = [];

type LoadingPanelProps = {
  failure: Error | null;
  attempts: number;
  progress?: ArchiveState['progress'];
};

export function LoadingPanel({ failure, attempts, progress = null }: LoadingPanelProps) {
  const t = useT();
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <span className={progress ? undefined : 'visually-hidden'}>
        {progress
          ? t('archive.loading', {
              years: progress.years.join(t('format.listSeparator')),
              done: progress.done,
              total: progress.total,
            })
          : t('status.loading')}
      </span>
      {progress && (
        <progress
          className={styles.progress}
          max={progress.total}
          value={progress.done}
          aria-hidden="true"
        />
      )}
      {failure && (
        <p className={styles.retrying}>
          {describeDatasetError(failure, t).message} {t('status.retrying', { count: attempts })}
        </p>
      )}
      <div className={styles.skeletonTitle} aria-hidden="true" />
      <div className={styles.skeletonRow} aria-hidden="true">
        <div className={styles.skeletonCard} />
        <div className={styles.skeletonCard} />
        <div className={styles.skeletonCard} />
      </div>
      <div className={styles.skeletonChart} aria-hidden="true" />
    </div>
  );
}

/**
 * Shows the dataset (a previewed local file first, else the published or `?data=` one) with its
 * notices; keeps the last good data when a refresh fails; otherwise a skeleton while loading, or
 * a precise error with a retry. Never a blank page.
 */
export function DatasetGate({
  children,
  variant = 'desk',
  refetchInterval = false,
  years = NO_YEARS,
  onOpenYear,
}: DatasetGateProps) {
  const [source] = useState(pageDatasetSource);
  const [archiveUrl] = useState(() => (source.published ? archiveIndexUrl() : null));
  useEffect(keepPageParams, []);
  const single = useQuery({
    ...datasetQueryOptions(source),
    refetchInterval,
    enabled: archiveUrl === null,
  });
  const indexQuery = useArchiveIndex(archiveUrl, refetchInterval);
  const index = indexQuery.data;
  const preview = usePreview();
  const openYear =
    index &&
    onOpenYear &&
    !preview.shown &&
    years.length === 0 &&
    !opened.onLatest &&
    index.chunks.length > 1
      ? latestYear(index)
      : null;
  useEffect(() => {
    // Decided once, when the index first arrives: a later "all years" means all of them.
    if (!index || !onOpenYear || opened.onLatest) return;
    opened.onLatest = true;
    if (openYear !== null) onOpenYear(openYear);
  }, [index, openYear, onOpenYear]);
  const archive = useArchiveChunks(archiveUrl, index, openYear ? [openYear] : years);
  // A new dataset of chunks renders at transition priority, so React yields between the views'
  // components instead of one long task over 100,000 records (docs/PERFORMANCE.md).
  const archiveLoaded = useDeferredValue(archive.loaded);
  // The archive's index stands where the one file would: its errors, retries and refreshes.
  const query = archiveUrl === null ? single : indexQuery;
  const dismissPreviewFailure = useDismissPreviewFailure();
  const offline = query.error instanceof DatasetError && query.error.kind === 'offline';
  const { refetch } = query;
  useEffect(() => {
    // TanStack refetches on reconnect only if it saw the page go offline; a page opened offline
    // never did, so it listens itself.
    if (!offline) return;
    const reconnect = () => void refetch();
    window.addEventListener('online', reconnect);
    return () => window.removeEventListener('online', reconnect);
  }, [offline, refetch]);

  const failure = preview.failed && (
    <PreviewFailure
      name={preview.failed.name}
      error={preview.failed.error}
      onDismiss={dismissPreviewFailure}
    />
  );
  const archiveState =
    archiveUrl !== null && !preview.shown
      ? // Until the deferred render of new chunks lands, the data on screen is of other years.
        {
          ...archive.state,
          settling: archiveLoaded !== archive.loaded,
          // After a new build a chunk's old name is gone: a retry reads the index again too.
          retry: () => {
            void indexQuery.refetch();
            archive.state.retry();
          },
        }
      : null;
  const loaded = preview.shown?.loaded ?? (archiveUrl === null ? single.data : archiveLoaded);
  // Only the desk lays out a partly loaded archive (with its progress); the presentation and the
  // workbench wait for every chunk they asked for.
  const waitingForChunks =
    archiveState?.progress && (variant === 'present' || !onOpenYear || !loaded);
  if (loaded && !waitingForChunks) {
    const refreshFailure = query.data && !preview.shown ? query.failureReason : null;
    const notices: DataNotices = {
      loaded,
      preview: preview.shown?.name ?? null,
      published: source.published,
      stale: refreshFailure ? { since: query.dataUpdatedAt, error: refreshFailure } : null,
    };
    if (variant === 'present')
      return <>{children(loaded.dataset, <PresentNotices {...notices} />, archiveState)}</>;
    return (
      <>
        {failure}
        <DeskNotices {...notices} />
        {children(loaded.dataset, null, archiveState)}
      </>
    );
  }
  const chunkFailure = archiveState?.progress ? undefined : archiveState?.failed[0];
  if (chunkFailure) {
    // Not one chunk the screen needs could be read: the first failure, and a retry of them all.
    return (
      <>
        {failure}
        <ErrorPanel
          error={chunkFailure.error}
          published={source.published}
          onRetry={archiveState!.retry}
        />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {failure}
        <ErrorPanel
          error={query.error}
          published={source.published}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }
  return (
    <>
      {failure}
      <LoadingPanel
        failure={query.failureReason}
        attempts={query.failureCount}
        progress={archiveState?.progress ?? null}
      />
    </>
  );
}
