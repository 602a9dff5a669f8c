import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './data/query-client.ts';
import { datasetQueryOptions } from './data/fetch-dataset.ts';
import { DATASET_PATH } from './data/page-source.ts';
import type { Dataset } from './domain/dataset-schema.ts';

/**
 * The overview as HTML, for `scripts/prerender.ts` to put into dist/index.html so the first paint
 * shows the headline numbers before any JavaScript runs (docs/PERFORMANCE.md). It renders the same
 * components the browser does, in a DOM the script provides, with the dataset already in the
 * cache; charts stay placeholders until the browser draws them.
 */
export function renderOverviewHtml(dataset: Dataset): string {
  const client = createQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, {
    dataset,
    quarantined: [],
    file: DATASET_PATH,
  });
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<App queryClient={client} />));
  const html = container.innerHTML;
  root.unmount();
  client.clear();
  return html;
}
