import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { E2eFixture } from '../scripts/lib/e2e-fixtures.ts';

/**
 * Serves a fixture dataset (e2e/fixtures/<name>-dataset.json, written by `npm run
 * fixtures:write` and checked like data/) in place of the published one, so a test sees a page a
 * newsroom brought without a figure of it entering data/.
 */
export async function serveFixture(target: Page | BrowserContext, name: E2eFixture) {
  const body = await readFile(new URL(`./fixtures/${name}-dataset.json`, import.meta.url), 'utf8');
  await target.route('**/data/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}
