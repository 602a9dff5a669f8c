import { expect, test } from './fixtures.ts';
import { layoutProblems } from './layout-check.ts';
import { forEverySlide, openView } from './views.ts';

/**
 * Every view and every slide, at the sizes people use, read as a user would: nothing cut short
 * without a way to read it whole, no text outside its card, no chart labels on top of each
 * other (e2e/layout-check.ts). The seed data, and a fixture with 20 figures in one department
 * and long names in both languages.
 */

const DEPARTMENTS = [
  'liaocheng-audit-bureau',
  'shenxian-dawangzhai',
  'shenxian-gucheng',
  'chiping-dulangkou',
  'liaocheng-health-commission',
];

const DESK_VIEWS = [
  '#/',
  '#/departments',
  ...DEPARTMENTS.map((id) => `#/departments/${id}`),
  '#/compare?dept=liaocheng-health-commission,shenxian-gucheng',
  '#/timeline',
  '#/sources',
];

const DESK_SIZES = [
  { name: 'desk 1440×900', width: 1440, height: 900, lang: 'zh' },
  { name: 'desk 1440×900 in English', width: 1440, height: 900, lang: 'en' },
  { name: 'laptop 1366×768', width: 1366, height: 768, lang: 'zh' },
  { name: 'phone 390×844', width: 390, height: 844, lang: 'zh' },
] as const;

const SLIDE_SIZES = [
  { name: '1920×1080', width: 1920, height: 1080, scale: 1, lang: 'zh' },
  { name: '1920×1080 in English', width: 1920, height: 1080, scale: 1, lang: 'en' },
  { name: '1280×720 at 1.5', width: 1280, height: 720, scale: 1.5, lang: 'zh' },
  { name: '3840×2160', width: 3840, height: 2160, scale: 1, lang: 'zh' },
] as const;

const withLang = (hash: string, lang: string) =>
  lang === 'zh' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

test.describe('every desk view reads right', () => {
  for (const size of DESK_SIZES) {
    test(`at ${size.name}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const hash of DESK_VIEWS) {
        await openView(page, withLang(hash, size.lang));
        problems.push(...(await layoutProblems(page, hash)));
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('every slide reads right', () => {
  for (const size of SLIDE_SIZES) {
    test(`at ${size.name}`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        reducedMotion: 'reduce',
        locale: 'zh-CN',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`./#/present?dwell=3600${size.lang === 'zh' ? '' : `&lang=${size.lang}`}`);
      const problems: string[] = [];
      let n = 0;
      const slides = await forEverySlide(page, async (key) => {
        n += 1;
        problems.push(...(await layoutProblems(page, `slide ${n} (${key})`)));
      });
      expect(slides).toBeGreaterThan(5);
      await context.close();
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
