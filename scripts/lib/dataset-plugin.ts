import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Dataset } from '../../src/domain/dataset-schema.ts';
import { formatDataIssue } from '../../src/domain/result.ts';
import { archiveFiles, archiveMetaTag, publishesArchive } from './archive-files.ts';
import { assembleDataset } from './assemble-dataset.ts';

/** The URL path of the served dataset, relative to the app's base. */
export const DATASET_FILE = 'data/dataset.json';

/**
 * Serves the dataset assembled from `data/` (or the folder `DATA_DIR` names, relative to the
 * project: the e2e tests build a fixture archive so) at `/data/dataset.json`, and its archive of
 * years under `/data/archive/` (dev: on every request, so an edit shows after a reload; build:
 * emitted as assets, and invalid data fails the build). When the archive has more than one
 * chunk the page's head names its index, and the app reads the archive (ADR 015); otherwise it
 * reads the one file. See docs/decisions/002-data-loading.md.
 */
export function datasetPlugin(root: string): Plugin {
  const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
  const assemble = () => assembleDataset(dataDir, root);
  let built: Dataset | null = null;

  return {
    name: 'newspaper-dataset',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const archived = path.startsWith('/data/archive/');
        if (path !== `/${DATASET_FILE}` && !archived) return next();
        const result = assemble();
        if (result.ok) {
          const text = archived
            ? archiveFiles(result.data).files.find((file) => `/${file.fileName}` === path)?.text
            : JSON.stringify(result.data);
          if (text === undefined) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(text);
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
    buildStart() {
      const result = assemble();
      if (!result.ok) {
        this.error(
          [
            'Invalid data in data/ (run npm run data:check):',
            ...result.issues.map(formatDataIssue),
          ].join('\n'),
        );
      }
      built = result.data;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        // Dev serves the archive too, but the page reads it only where the build would publish it.
        const assembled = !built && context.server ? assemble() : null;
        const data = built ?? (assembled?.ok ? assembled.data : null);
        if (!data || !publishesArchive(archiveFiles(data).index)) return html;
        return html.replace('</title>', `</title>\n    ${archiveMetaTag()}`);
      },
    },
    generateBundle() {
      if (!built) return;
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: JSON.stringify(built) });
      for (const { fileName, text } of archiveFiles(built).files) {
        this.emitFile({ type: 'asset', fileName, source: text });
      }
    },
  };
}
