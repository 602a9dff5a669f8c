import { QueryClient } from '@tanstack/react-query';
import { datasetRetryDelay, shouldRetryDataset } from './retry-policy.ts';

/** The app's query cache. Tests make their own with `retry: false`. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryDataset, retryDelay: datasetRetryDelay },
    },
  });
}
