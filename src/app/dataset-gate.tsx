import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { DatasetError } from '../data/dataset-error.ts';
import { datasetQueryOptions } from '../data/fetch-dataset.ts';
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
  children: (dataset: Dataset, notices: ReactNode) => ReactNode;
  /** `present`: the meeting-room screen, which refetches on `refetchInterval` ms. */
  variant?: 'desk' | 'present';
  refetchInterval?: number | false;
};

function LoadingPanel({ failure, attempts }: { failure: Error | null; attempts: number }) {
  const t = useT();
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loading')}</span>
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
}: DatasetGateProps) {
  const [source] = useState(pageDatasetSource);
  useEffect(keepPageParams, []);
  const query = useQuery({ ...datasetQueryOptions(source), refetchInterval });
  const preview = usePreview();
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
  const loaded = preview.shown?.loaded ?? query.data;
  if (loaded) {
    const refreshFailure = query.data && !preview.shown ? query.failureReason : null;
    const notices: DataNotices = {
      loaded,
      preview: preview.shown?.name ?? null,
      published: source.published,
      stale: refreshFailure ? { since: query.dataUpdatedAt, error: refreshFailure } : null,
    };
    if (variant === 'present')
      return <>{children(loaded.dataset, <PresentNotices {...notices} />)}</>;
    return (
      <>
        {failure}
        <DeskNotices {...notices} />
        {children(loaded.dataset, null)}
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
      <LoadingPanel failure={query.failureReason} attempts={query.failureCount} />
    </>
  );
}
