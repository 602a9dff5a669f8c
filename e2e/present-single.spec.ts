import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures.ts';
import { PresentationPage } from './pages/presentation-page.ts';

const FILE_NAME = 'liaocheng-news-dashboard.html';

/**
 * The single-file build as a meeting-room PC gets it on a USB stick: opened from file://, with no
 * server. E2E_SINGLE_FILE names a file already built (`npm run build:single`); otherwise the
 * tests build one into a temporary folder (a few seconds).
 */
test.describe('the single-file build', () => {
  test.describe.configure({ mode: 'serial' });
  let file = process.env.E2E_SINGLE_FILE ?? '';
  let built = '';

  test.beforeAll(() => {
    test.setTimeout(120_000);
    if (file) return;
    built = mkdtempSync(join(tmpdir(), 'single-file-'));
    const result = spawnSync(
      'node_modules/.bin/vite',
      ['build', '-c', 'vite.single.config.ts', '--outDir', built, '--logLevel', 'error'],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    file = join(built, FILE_NAME);
  });

  test.afterAll(() => {
    if (built) rmSync(built, { recursive: true, force: true });
  });

  test('is one file that carries its code, styles, dataset and icon', () => {
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<script type="application/json" id="dataset">');
    // The markup around the inlined code and styles points to no other file.
    const markup = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => tag.slice(0, tag.indexOf('>') + 1))
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '<style>');
    expect(markup).not.toMatch(/(src|href)="(?!data:)[^"]*"/);
    expect(markup).toContain('<style');
  });

  test('opens the presentation from file:// without a single request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = `${pathToFileURL(file).href}#/present?dwell=3600`;
    await page.goto(url);
    const presentation = new PresentationPage(page);
    await expect(presentation.stage).toBeVisible();
    await expect(presentation.title).toHaveText('各单位报道的数字');
    await presentation.chartsReady();
    await page.keyboard.press('ArrowRight');
    await presentation.expectSlide(2);
    await presentation.chartsReady();
    // The page itself is the only thing loaded.
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  test('opens the desk view too', async ({ page, dashboardPage }) => {
    await page.goto(pathToFileURL(file).href);
    await expect(dashboardPage.nav).toBeVisible();
    await dashboardPage.chartsReady();
  });
});
