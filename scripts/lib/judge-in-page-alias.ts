import { join } from 'node:path';
import type { Alias } from 'vite';

/**
 * Swaps the dataset worker's client (src/data/judge-in-worker.ts) for the in-page validator where
 * no worker can start: the single-file build (file://) and the unit tests (jsdom). See ADR 009.
 */
export function judgeInPage(root: string): Alias {
  return {
    find: /^\.\/judge-in-worker\.ts$/,
    replacement: join(root, 'src/data/judge-in-page.ts'),
  };
}
