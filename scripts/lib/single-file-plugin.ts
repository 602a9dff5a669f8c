import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { INLINE_DATASET_ID } from '../../src/data/fetch-dataset.ts';
import { formatDataIssue } from '../../src/domain/result.ts';
import { assembleDataset } from './assemble-dataset.ts';

/**
 * For `npm run build:single` (vite.single.config.ts): puts what the normal build serves as files
 * into the page itself, because a page opened from file:// may not fetch anything. The dataset
 * goes into `<script type="application/json" id="dataset">`, which `fetchDataset` reads first;
 * the favicon becomes a data URL. Invalid data fails the build, as in the normal one.
 */
export function singleFilePagePlugin(root: string): Plugin {
  const iconUrl = () =>
    `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(root, 'public/favicon.svg'), 'utf8'))}`;
  return {
    name: 'newspaper-single-file-page',
    apply: 'build',
    enforce: 'pre',
    // Stylesheets may show the icon too (the desk header's logo): file:// has no /favicon.svg.
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id) || !code.includes('favicon.svg')) return null;
      return code.replace(/url\((['"]?)\.?\/favicon\.svg\1\)/g, `url("${iconUrl()}")`);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const result = assembleDataset(resolve(root, 'data'), root);
        if (!result.ok) {
          throw new Error(
            [
              'Invalid data in data/ (run npm run data:check):',
              ...result.issues.map(formatDataIssue),
            ].join('\n'),
          );
        }
        // JSON inside <script>: `<` escaped so no text from the data can close the element.
        const json = JSON.stringify(result.data).replace(/</g, '\\u003c');
        return {
          html: html.replace('href="./favicon.svg"', `href="${iconUrl()}"`),
          tags: [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: INLINE_DATASET_ID },
              children: json,
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
