import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ALL_VIEWS, hoverCharts, openView } from './views.ts';

/** Collects every `securitypolicyviolation` event of the page, from before its first script. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('the Content-Security-Policy', () => {
  test('is declared in the page and sent as a header, allowing only the own origin', async ({
    page,
  }) => {
    const response = await page.goto('./');
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
    expect(meta).toMatch(/script-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(meta).not.toMatch(/script-src[^;]*'unsafe-(?:inline|eval)'/);
    expect(meta).not.toMatch(/https?:|\*/);
    expect(header).toBe(`${meta}; frame-ancestors 'self'`);
  });

  for (const view of ALL_VIEWS) {
    test(`reports no violation on ${view.name}`, async ({ page }) => {
      test.setTimeout(90_000);
      const violations = await recordViolations(page);
      await openView(page, view.hash);
      await hoverCharts(page);
      for (const button of await page.getByRole('button', { name: '数据表' }).all()) {
        await button.click();
      }
      expect(await violations()).toEqual([]);
    });
  }

  test('blocks a script that was not in the built page', async ({ page, pageProblems }) => {
    const violations = await recordViolations(page);
    await openView(page, '#/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // Refused twice: by the policy in the page and by the same one in the header.
    await expect
      .poll(violations)
      .toEqual([expect.stringMatching(/^script-src-elem blocked inline/), expect.anything()]);
    expect(new Set(await violations()).size).toBe(1);
    // Chromium logs each refusal as a console error too: the ones this test caused on purpose.
    const refusals = pageProblems.filter((problem) => problem.includes('Content Security Policy'));
    expect(refusals).toHaveLength(2);
    pageProblems.splice(
      0,
      pageProblems.length,
      ...pageProblems.filter((p) => !refusals.includes(p)),
    );
  });
});

test('the single-file build carries the policy with the hashes of its inline scripts and runs without a violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'csp-single-'));
  try {
    const built = spawnSync(
      'node_modules/.bin/vite',
      ['build', '-c', 'vite.single.config.ts', '--outDir', dir, '--logLevel', 'error'],
      { encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);
    const file = join(dir, 'liaocheng-news-dashboard.html');
    expect(readFileSync(file, 'utf8')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'(?: 'sha256-[^']+')+;/,
    );
    const violations = await recordViolations(page);
    await page.goto(`${pathToFileURL(file).href}#/departments/liaocheng-health-commission`);
    await expect(page.getByText('343.76万人').first()).toBeVisible({ timeout: 15_000 });
    await hoverCharts(page);
    expect(await violations()).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
