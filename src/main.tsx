import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './data/query-client.ts';
import { datasetQueryOptions } from './data/fetch-dataset.ts';
import { applyTheme } from './ui/theme.ts';
import './app/tokens.css';
import './app/base.css';

applyTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The build puts the overview's HTML in #root (scripts/prerender.ts); index.html's inline script
// marks the page when that HTML is not what this address shows.
const prerenderShown =
  container.dataset.prerendered !== undefined &&
  document.documentElement.dataset.skipPrerender === undefined;

/** Drops the prerender markers once React's own view is on screen. */
function PrerenderDone() {
  useLayoutEffect(() => {
    delete container!.dataset.prerendered;
    delete document.documentElement.dataset.skipPrerender;
  }, []);
  return null;
}

const queryClient = createQueryClient();
const root = createRoot(container, {
  // A boundary shows these errors to the user; a warning keeps the console honest without
  // counting as a failure in the browser tests, which fail on console errors.
  onCaughtError: (error, info) => console.warn('Caught by an error boundary:', error, info),
});
const app = (
  <StrictMode>
    <PrerenderDone />
    <App queryClient={queryClient} />
  </StrictMode>
);

if (prerenderShown) {
  // The prerendered overview stays until the real one can replace it whole: no skeleton flashes
  // over the numbers. A transition renders in slices, so loading makes no long task of it.
  void queryClient
    .prefetchQuery(datasetQueryOptions())
    .finally(() => startTransition(() => root.render(app)));
} else {
  root.render(app);
}
