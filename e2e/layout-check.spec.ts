import type { Browser } from '@playwright/test';
import type { E2eFixture } from '../scripts/lib/e2e-fixtures.ts';
import { serveFixture } from './fixture-data.ts';
import { expect, test, watchProblems } from './fixtures.ts';
import { layoutProblems } from './layout-check.ts';
import { forEverySlide, openView } from './views.ts';

/**
 * Every view and every slide, at the sizes people use, read as a user would: nothing cut short
 * without a way to read it whole, no text outside its card, no chart labels on top of each
 * other (e2e/layout-check.ts). The seed data, and a fixture with 20 figures in one department
 * and long names in both languages.
 */

type Data = {
  name: string;
  /** The fixture dataset served instead of the published one; none for the seed page. */
  fixture?: E2eFixture;
  views: readonly string[];
  /** The deck has at least this many slides: a deck that stops early fails. */
  minSlides: number;
};

const SEED_DEPARTMENTS = [
  'liaocheng-audit-bureau',
  'shenxian-dawangzhai',
  'shenxian-gucheng',
  'chiping-dulangkou',
  'liaocheng-health-commission',
];

const DATASETS: readonly Data[] = [
  {
    name: 'the seed page',
    minSlides: 13,
    views: [
      '#/',
      '#/departments',
      ...SEED_DEPARTMENTS.map((id) => `#/departments/${id}`),
      '#/compare?dept=liaocheng-health-commission,shenxian-gucheng',
      '#/timeline',
      '#/sources',
    ],
  },
  {
    name: '20 figures of one department with long names',
    fixture: 'long-names',
    minSlides: 4,
    views: [
      '#/',
      '#/departments',
      '#/departments/liaocheng-urban-management',
      '#/compare?fig=urban-03,urban-18',
      '#/timeline',
      '#/sources',
    ],
  },
  {
    name: 'every kind of quantity',
    fixture: 'quantities',
    minSlides: 4,
    views: [
      '#/',
      '#/departments/liaocheng-market-regulation',
      '#/departments/shenxian-health-bureau',
      '#/departments/liaocheng-healthcare-security',
      '#/compare',
    ],
  },
];

const DESK_SIZES = [
  { name: 'desk 1440×900', width: 1440, height: 900, scale: 1, lang: 'zh' },
  { name: 'desk 1440×900 in English', width: 1440, height: 900, scale: 1, lang: 'en' },
  { name: 'laptop 1366×768', width: 1366, height: 768, scale: 1, lang: 'zh' },
  { name: 'big screen 1920×1080', width: 1920, height: 1080, scale: 1, lang: 'zh' },
  { name: '1280×720 at 1.5', width: 1280, height: 720, scale: 1.5, lang: 'zh' },
  { name: '3840×2160', width: 3840, height: 2160, scale: 1, lang: 'zh' },
  { name: 'phone 390×844', width: 390, height: 844, scale: 3, lang: 'zh' },
] as const;

const SLIDE_SIZES = [
  { name: '1920×1080', width: 1920, height: 1080, scale: 1, lang: 'zh' },
  { name: '1920×1080 in English', width: 1920, height: 1080, scale: 1, lang: 'en' },
  { name: '1280×720 at 1.5', width: 1280, height: 720, scale: 1.5, lang: 'zh' },
  { name: '3840×2160', width: 3840, height: 2160, scale: 1, lang: 'zh' },
] as const;

/** The fixtures are walked at the sizes where text is tightest, in both languages. */
const FIXTURE_SIZES = new Set([
  'desk 1440×900',
  'desk 1440×900 in English',
  '1280×720 at 1.5',
  'phone 390×844',
  '1920×1080',
  '1920×1080 in English',
]);

const withLang = (hash: string, lang: string) =>
  lang === 'zh' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

async function pageAt(
  browser: Browser,
  size: { width: number; height: number; scale: number },
  data: Data,
) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  if (data.fixture) await serveFixture(context, data.fixture);
  const page = await context.newPage();
  return { context, page, errors: watchProblems(page) };
}

for (const data of DATASETS) {
  test.describe(`every desk view reads right with ${data.name}`, () => {
    for (const size of DESK_SIZES) {
      if (data.fixture && !FIXTURE_SIZES.has(size.name)) continue;
      test(`at ${size.name}`, async ({ browser }) => {
        test.setTimeout(120_000);
        const { context, page, errors } = await pageAt(browser, size, data);
        const problems: string[] = [];
        for (const hash of data.views) {
          await openView(page, withLang(hash, size.lang));
          problems.push(...(await layoutProblems(page, hash)));
        }
        await context.close();
        expect(errors).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });

  test.describe(`every slide reads right with ${data.name}`, () => {
    for (const size of SLIDE_SIZES) {
      if (data.fixture && !FIXTURE_SIZES.has(size.name)) continue;
      test(`at ${size.name}`, async ({ browser }) => {
        test.setTimeout(180_000);
        const { context, page, errors } = await pageAt(browser, size, data);
        await page.goto(`./#/present?dwell=3600${size.lang === 'zh' ? '' : `&lang=${size.lang}`}`);
        const problems: string[] = [];
        let n = 0;
        const slides = await forEverySlide(page, async (key) => {
          n += 1;
          problems.push(...(await layoutProblems(page, `slide ${n} (${key})`)));
        });
        expect(slides).toBeGreaterThanOrEqual(data.minSlides);
        await context.close();
        expect(errors).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
