import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Presses Tab until the element has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach the element with ${limit} presses of Tab`);
}

async function focusRingWidth(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  });
}

test('the skip link is first and moves focus to the content', async ({ dashboardPage, page }) => {
  await dashboardPage.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('filters with the keyboard alone, with a visible focus ring', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open();
  const chip = dashboardPage.filterChip('古城镇');
  await tabTo(page, chip);
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/dept=shenxian-gucheng/);
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(chip).toBeFocused();
});

test('a focused chart opens its data table with Enter', async ({ dashboardPage, page }) => {
  await dashboardPage.open('#/departments/liaocheng-health-commission');
  await dashboardPage.chartsReady();
  const chart = dashboardPage.chart('活动场次与服务人次');
  await tabTo(page, chart);
  await expect(chart).toHaveAccessibleDescription(/送疾病预防控制知识 3500余场次 49万余人次/);
  await page.keyboard.press('Enter');
  const panel = dashboardPage.panel('活动场次与服务人次');
  await expect(panel.getByRole('table')).toBeVisible();
});

test('compares two figures with the keyboard', async ({ dashboardPage, page }) => {
  await dashboardPage.open('#/compare');
  const first = page.getByRole('checkbox', { name: /家庭医生签约人数/ });
  await tabTo(page, first);
  await page.keyboard.press('Space');
  const second = page.getByRole('checkbox', { name: /服务的周边群众/ });
  await tabTo(page, second);
  await page.keyboard.press('Space');
  await expect(dashboardPage.chart('已选 2 个数字')).toBeVisible();
  await dashboardPage.chartsReady();
});

test('opens a number’s source with the keyboard', async ({ dashboardPage, page }) => {
  await dashboardPage.open();
  const link = page.getByRole('link', { name: '来源：家庭医生签约人数' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/sources\?focus=health-family-doctor-people/);
  await expect(page.getByRole('heading', { name: '来源', level: 1 })).toBeVisible();
});
