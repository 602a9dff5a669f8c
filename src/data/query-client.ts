import { QueryClient } from '@tanstack/react-query';
import { DatasetError } from './fetch-dataset.ts';

/** The app's query cache. Tests make their own with `retry: false`. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Invalid data stays invalid: retrying only delays the message the editor needs.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof DatasetError && error.kind === 'invalid'),
      },
    },
  });
}
