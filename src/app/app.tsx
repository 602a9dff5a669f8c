import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../data/query-client.ts';
import { pageRefreshInterval } from '../data/page-source.ts';
import { lazy, Suspense, useCallback, useState } from 'react';
import { parseLocation } from '../domain/url-state.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { LocaleProvider, useT } from '../ui/locale-context.tsx';
import { useLocaleSetting } from '../ui/locale-setting.ts';
import { useAppLocation } from '../ui/use-app-location.ts';
import { DatasetGate } from './dataset-gate.tsx';
import { Dashboard } from './dashboard.tsx';
import { Shell } from './shell.tsx';

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

// The meeting-room screen is a chunk of its own: desk visitors do not download it, and the entry
// chunk stays within its byte budget (docs/PERFORMANCE.md).
const Presentation = lazy(() =>
  import('./present/presentation.tsx').then((module) => ({ default: module.Presentation })),
);

// The workbench is for editors: readers of the dashboard never download it (docs/PERFORMANCE.md).
const Workbench = lazy(() =>
  import('../features/editor/workbench.tsx').then((module) => ({ default: module.Workbench })),
);

function Routes() {
  const t = useT();
  const { location, navigate } = useAppLocation();
  // An archive of several years opens on its latest, put into the address (ADR 015).
  const openYear = useCallback(
    (year: string) => {
      const current = parseLocation(window.location.hash);
      navigate({ ...current, filters: { ...current.filters, years: [year] } }, { replace: true });
    },
    [navigate],
  );
  if (location.route.view === 'present') {
    // The meeting-room screen has no desk chrome: no header, no filters.
    return (
      <ErrorBoundary fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}>
        <DatasetGate
          variant="present"
          refetchInterval={pageRefreshInterval()}
          years={location.filters.years}
        >
          {(dataset, notices) => (
            <Suspense fallback={null}>
              <Presentation
                dataset={dataset}
                location={location}
                navigate={navigate}
                notices={notices}
              />
            </Suspense>
          )}
        </DatasetGate>
      </ErrorBoundary>
    );
  }
  if (location.route.view === 'editor') {
    return (
      <Shell location={location}>
        <ErrorBoundary fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}>
          <DatasetGate>
            {(dataset) => (
              <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
                <Workbench dataset={dataset} navigate={navigate} />
              </Suspense>
            )}
          </DatasetGate>
        </ErrorBoundary>
      </Shell>
    );
  }
  return (
    <Shell location={location}>
      <ErrorBoundary
        key={location.route.view}
        fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}
      >
        <DatasetGate years={location.filters.years} onOpenYear={openYear}>
          {(dataset, _notices, archive) => (
            <Dashboard
              dataset={dataset}
              location={location}
              navigate={navigate}
              archive={archive}
            />
          )}
        </DatasetGate>
      </ErrorBoundary>
    </Shell>
  );
}

export type AppProps = { queryClient?: QueryClient };

/** The whole app: data cache, language, the error boundary and the views. */
export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const { locale, setLocale } = useLocaleSetting();
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider locale={locale} setLocale={setLocale}>
        <ErrorBoundary fallback={(error, reset) => <CrashPanel error={error} onReset={reset} />}>
          <Routes />
        </ErrorBoundary>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
