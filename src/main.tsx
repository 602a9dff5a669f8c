import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './data/query-client.ts';
import { prefetchPageData } from './data/fetch-archive.ts';
import { currentLocale } from './ui/locale-setting.ts';
import { loadCatalogue } from './ui/messages.ts';
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

/** Child indexes from #root down to the element, e.g. [0, 1, 3]. */
function pathInRoot(element: Element): number[] | null {
  const path: number[] = [];
  for (let node: Element | null = element; node !== container; node = node.parentElement) {
    if (!node?.parentElement) return null;
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

// Someone may tab into the prerendered page (the skip link, a nav link) before the app is live;
// React replaces those nodes, so focus moves to their twins in the new page.
let focusedPath: number[] | null = null;
const rememberFocus = (event: FocusEvent) => {
  focusedPath = event.target instanceof Element ? pathInRoot(event.target) : null;
};
if (prerenderShown) container.addEventListener('focusin', rememberFocus);

/** Drops the prerender markers once React's own view is on screen, keeping the focus. */
function PrerenderDone() {
  useLayoutEffect(() => {
    container!.removeEventListener('focusin', rememberFocus);
    if (focusedPath && document.activeElement === document.body) {
      let twin: Element | undefined = container!;
      for (const index of focusedPath) twin = twin?.children[index];
      if (twin instanceof HTMLElement) twin.focus();
    }
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

// An English visitor's first screen is in English: its catalogue comes before the first render.
const catalogue = loadCatalogue(currentLocale());

if (prerenderShown) {
  // The prerendered overview stays until the real one can replace it whole: no skeleton flashes
  // over the numbers. A transition renders in slices, so loading makes no long task of it.
  void Promise.allSettled([prefetchPageData(queryClient), catalogue]).finally(() =>
    startTransition(() => root.render(app)),
  );
} else {
  void catalogue.finally(() => root.render(app));
}
