// Takes screenshots of the production build for the README and for looking at layouts:
//   npm run build && npm run screenshots [-- --only overview] [-- --out some/dir]
// It starts `vite preview` on a free port, drives Chromium with Playwright, and writes PNGs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './lib/find-chromium.ts';
import { startPreview } from './lib/preview-server.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    only: { type: 'string' },
    port: { type: 'string', default: '4390' },
  },
});

type Shot = {
  name: string;
  hash: string;
  width: number;
  height: number;
  theme?: 'dark' | 'light';
  fullPage?: boolean;
  /** Steps after the page is live, before the picture (the workbench's pasted article). */
  prepare?: (page: Page) => Promise<void>;
};

/** The health article pasted into the workbench, its first numerals decided by keyboard. */
async function workbenchUnderWay(page: Page, openForm: boolean) {
  const text = readFileSync('data/sources/health-party-brands.txt', 'utf8');
  await page.getByRole('textbox').first().fill(text);
  await page.keyboard.press('Control+Enter');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await page.keyboard.insertText('health-party-brands');
  await page.keyboard.press('Enter');
  await page.keyboard.press('x');
  await page.keyboard.insertText('名称：“四元同创”行动');
  await page.keyboard.press('Enter');
  const figures: Array<[string, string]> = [
    [
      '市直医疗单位党组织党建品牌',
      "Party brands of municipal medical institutions' party organisations",
    ],
    ['支部党建品牌', 'Party-branch brands'],
  ];
  for (const [zh, en] of figures) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(zh);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(en);
    await page.keyboard.press('Enter');
  }
  if (openForm) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('健康促进行动工作机制');
  }
  // The list and the text scrolled to the numeral at hand; the page itself from its top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}

const SHOTS: Shot[] = [
  { name: 'overview-desk', hash: '#/', width: 1440, height: 900, fullPage: true },
  { name: 'overview-dark', hash: '#/', width: 1440, height: 900, theme: 'dark' },
  { name: 'overview-phone', hash: '#/', width: 390, height: 844, fullPage: true },
  { name: 'overview-phone-top', hash: '#/', width: 390, height: 844 },
  { name: 'overview-en', hash: '?lang=en#/', width: 1440, height: 900, fullPage: true },
  {
    name: 'department-en',
    hash: '?lang=en#/departments/liaocheng-health-commission',
    width: 1440,
    height: 900,
    fullPage: true,
  },
  { name: 'overview-1080p', hash: '#/', width: 1920, height: 1080 },
  {
    name: 'department-health',
    hash: '#/departments/liaocheng-health-commission',
    width: 1440,
    height: 900,
    fullPage: true,
  },
  { name: 'departments', hash: '#/departments', width: 1440, height: 900 },
  {
    name: 'compare',
    hash: '#/compare?dept=liaocheng-health-commission,shenxian-gucheng',
    width: 1440,
    height: 900,
    fullPage: true,
  },
  { name: 'timeline', hash: '#/timeline', width: 1440, height: 900, fullPage: true },
  {
    name: 'sources',
    hash: '#/sources?focus=health-family-doctor-people',
    width: 1440,
    height: 900,
  },
];

SHOTS.push(
  {
    name: 'workbench',
    hash: '#/editor',
    width: 1440,
    height: 900,
    prepare: (page) => workbenchUnderWay(page, false),
  },
  {
    name: 'workbench-form',
    hash: '#/editor',
    width: 1440,
    height: 900,
    prepare: (page) => workbenchUnderWay(page, true),
  },
);

const server = await startPreview('dist', Number(values.port));

try {
  const found = findChromium();
  const browser = await chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: chromiumArgs(),
  });
  mkdirSync(values.out, { recursive: true });
  for (const shot of SHOTS.filter((s) => !values.only || s.name.includes(values.only))) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.theme ?? 'light',
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error')
        console.error(`[${shot.name}] console error: ${message.text()}`);
    });
    await page.goto(`${server.url}${shot.hash}`);
    await page.waitForSelector('main h1');
    // The prerendered overview (scripts/prerender.ts) shows before the app is live.
    await page.waitForSelector('#root:not([data-prerendered])');
    // Charts below the fold draw only when scrolled near; the script waits for every chart, as a
    // printout does, so it asks the way printing asks (src/app/print-when-ready.ts).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    // Wait for every chart to report that it has drawn.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('figure.chart')).every(
        (f) => f.getAttribute('data-ready') === 'true',
      ),
    );
    await shot.prepare?.(page);
    // Long enough for a smooth scroll to a focused record to settle.
    await page.waitForTimeout(1500);
    const path = join(values.out, `${shot.name}.png`);
    await page.screenshot({ path, fullPage: shot.fullPage ?? false });
    console.log(`wrote ${path}`);
    await context.close();
  }
  await browser.close();
} finally {
  server.stop();
}
