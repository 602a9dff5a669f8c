import {
  dataParam,
  type DataSourceRefusal,
  DATA_PARAM,
  decideDataSource,
  hoistHashParams,
  REFRESH_PARAM,
  refreshInterval,
} from '../domain/data-source.ts';

/** Where the build and the dev server serve the dataset, relative to the page. */
export const DATASET_PATH = 'data/dataset.json';

/**
 * Which dataset to load: its absolute URL and the name the user knows it by. A `?data=` address
 * that was refused has no URL and its reason: loading it fails without a request.
 */
export type DatasetSource = {
  url: string | null;
  file: string;
  published: boolean;
  refusal?: DataSourceRefusal;
};

/** The dataset the build publishes, relative to the page so any sub-path works. */
export function publishedSource(): DatasetSource {
  return {
    url: new URL(DATASET_PATH, document.baseURI).href,
    file: DATASET_PATH,
    published: true,
  };
}

/**
 * The dataset this page shows: the published one, or the one `?data=` names (before the hash or
 * inside it). A refused address gives a source with no URL, which fails without a request.
 */
export function pageDatasetSource(): DatasetSource {
  const param = dataParam(window.location.search, window.location.hash);
  if (param === null) return publishedSource();
  const decision = decideDataSource(param, document.baseURI);
  if (!decision.ok) {
    return { url: null, file: param, published: false, refusal: decision.reason };
  }
  return { url: decision.url, file: decision.path, published: false };
}

/** The presentation's refresh period from `?refresh=` (default five minutes), or false. */
export function pageRefreshInterval(): number | false {
  return refreshInterval(window.location.search, window.location.hash);
}

/**
 * `?data=` and `?refresh=` inside the hash would be lost at the first navigation (views rewrite
 * the hash); moving them before it keeps them for the page's life, without a history entry.
 */
export function keepPageParams(): void {
  const next = hoistHashParams(window.location.href, [DATA_PARAM, REFRESH_PARAM]);
  if (next !== null) window.history.replaceState(window.history.state, '', next);
}
