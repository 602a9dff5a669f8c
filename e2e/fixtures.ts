import { test as base, expect, type Page } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page.ts';

/**
 * Failures a test causes on purpose (a 404 or 500 from `page.route`), by status: the URLs that
 * may answer with it, e.g. `{ 404: /\/e2e-data\/missing\.json$/ }`.
 */
export type ExpectedFailures = Partial<Record<number, RegExp>>;

type Fixtures = {
  /**
   * Responses with these URLs and statuses, and Chromium's console line about them ("Failed to load
   * resource … status of 404"), are not counted as problems. Empty by default; a test that breaks
   * the network on purpose lists exactly what it breaks: `test.use({ expectedFailures: {...} })`.
   */
  expectedFailures: ExpectedFailures;
  /** Collects console errors, page errors and failed requests; the test fails if any occurred. */
  pageProblems: string[];
  dashboardPage: DashboardPage;
};

/**
 * Collects a page's console errors, page errors, failed requests and error responses, except the
 * failures listed as expected. The `pageProblems` fixture fails a test on any; a test that opens
 * pages of its own (another context, another viewport) calls this for each.
 */
export function watchProblems(page: Page, expectedFailures: ExpectedFailures = {}): string[] {
  const problems: string[] = [];
  const expected = (url: string, status: number) => expectedFailures[status]?.test(url) ?? false;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && expected(message.location().url, Number(status))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Chromium also reports a worker script that answered with an error status as a failed
  // request: that is the same, expected, failure.
  const answeredAsExpected = new Set<string>();
  page.on('requestfailed', (request) => {
    if (answeredAsExpected.has(request.url())) return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (expected(response.url(), response.status())) answeredAsExpected.add(response.url());
    else problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export const test = base.extend<Fixtures>({
  expectedFailures: [{}, { option: true }],
  pageProblems: [
    async ({ page, expectedFailures }, use) => {
      const problems = watchProblems(page, expectedFailures);
      await use(problems);
      expect(problems, 'the page logged errors or had failed requests').toEqual([]);
    },
    { auto: true },
  ],
  dashboardPage: async ({ page }, use) => {
    await use(new DashboardPage(page));
  },
});

export { expect };
