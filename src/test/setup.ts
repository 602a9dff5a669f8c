import 'vitest-canvas-mock';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../mocks/server.ts';
import { loadCatalogue } from '../ui/messages.ts';

// The first load imports the schema chunk (zod) lazily; on a busy 2-core CI machine that can take
// seconds, so waiting queries get 10 s instead of 1 s. They still fail when nothing appears.
configure({ asyncUtilTimeout: 10_000 });

// Every request a test makes must have a handler: an unexpected one is a bug, not a pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The English catalogue is a chunk of its own in the app; tests read it up front.
beforeAll(() => loadCatalogue('en'));
afterEach(() => {
  server.resetHandlers();
  if (typeof window === 'undefined') return;
  cleanup();
  window.location.hash = '';
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

// jsdom has no matchMedia; the theme follows it.
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}
