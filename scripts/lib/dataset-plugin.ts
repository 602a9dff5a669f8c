import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataIssue } from '../../src/domain/result.ts';
import { assembleDataset } from './assemble-dataset.ts';

/** The URL path of the served dataset, relative to the app's base. */
export const DATASET_FILE = 'data/dataset.json';

/**
 * Serves the dataset assembled from `data/` at `/data/dataset.json` (dev: on every request, so an
 * edit shows after a reload; build: emitted as an asset, and invalid data fails the build).
 * See docs/decisions/002-data-loading.md.
 */
export function datasetPlugin(root: string): Plugin {
  const dataDir = resolve(root, 'data');
  const assemble = () => assembleDataset(dataDir, root);

  return {
    name: 'newspaper-dataset',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${DATASET_FILE}`) return next();
        const result = assemble();
        if (result.ok) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(result.data));
          return;
        }
        // The app shows these lines; the editor also sees them in the terminal.
        const lines = result.issues.map(formatDataIssue);
        server.config.logger.error(['Invalid data in data/:', ...lines].join('\n'));
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: 'invalid-data', issues: result.issues }));
      });
    },
    generateBundle() {
      const result = assemble();
      if (!result.ok) {
        this.error(
          [
            'Invalid data in data/ (run npm run data:check):',
            ...result.issues.map(formatDataIssue),
          ].join('\n'),
        );
      }
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: JSON.stringify(result.data) });
    },
  };
}
