import { join } from 'node:path';
import type { Alias } from 'vite';

/**
 * Swaps the dataset worker's client (src/data/read-in-worker.ts) for the in-page reader where no
 * worker can start: the single-file build (file://) and the unit tests (jsdom). See ADR 009.
 */
export function readInPage(root: string): Alias {
  return {
    // Any relative import of the module, however the importer spells its path.
    find: /^\.{1,2}\/(?:.*\/)?read-in-worker\.ts$/,
    replacement: join(root, 'src/data/read-in-page.ts'),
  };
}
