import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../data/query-client';
import { useState } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import type { AppLocation } from '../domain/url-state';
import { OverviewView } from '../features/overview/overview-view';
import { ErrorBoundary } from '../ui/error-boundary';
import { LocaleProvider, useT } from '../ui/locale';
import { useAppLocation } from '../ui/use-app-location';
import { DatasetGate } from './dataset-gate';
import { PlaceholderView } from './placeholder-view';
import { Shell } from './shell';

function renderView(location: AppLocation, dataset: Dataset) {
  switch (location.route.view) {
    case 'overview':
      return <OverviewView dataset={dataset} />;
    case 'departments':
      return <PlaceholderView title="nav.departments" />;
    case 'compare':
      return <PlaceholderView title="nav.compare" />;
    case 'timeline':
      return <PlaceholderView title="nav.timeline" />;
    case 'sources':
      return <PlaceholderView title="nav.sources" />;
    case 'present':
      return <PlaceholderView title="nav.present" />;
  }
}

function CrashPanel({ error, onReset }: { error: Error; onReset: () => void }) {
  const t = useT();
  return (
    <section role="alert" className="crash-panel">
      <h1>{t('error.boundaryTitle')}</h1>
      <p>{t('error.boundaryBody')}</p>
      <pre>{error.message}</pre>
      <button type="button" onClick={onReset}>
        {t('status.retry')}
      </button>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </section>
  );
}

function Routes() {
  const { location } = useAppLocation();
  return (
    <Shell location={location}>
      <ErrorBoundary
        key={location.route.view}
        fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}
      >
        <DatasetGate>{(dataset) => renderView(location, dataset)}</DatasetGate>
      </ErrorBoundary>
    </Shell>
  );
}

export type AppProps = { queryClient?: QueryClient };

/** The whole app: data cache, language, the error boundary and the views. */
export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider locale="zh">
        <ErrorBoundary fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}>
          <Routes />
        </ErrorBoundary>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
