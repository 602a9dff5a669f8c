import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The workbench (#/editor) beyond the rebuild of editor-keyboard.spec.ts: nothing lost on a
 * reload, undo, hostile input, a full storage, the preview on the dashboard, both languages, axe.
 */

const HEALTH = 'data/sources/health-party-brands.txt';

async function start(page: Page, text: string, lang: 'zh' | 'en' = 'zh') {
  await page.goto(lang === 'en' ? './?lang=en#/editor' : './#/editor');
  await expect(page.getByRole('textbox').first()).toBeFocused();
  await page.getByRole('textbox').first().fill(text);
  await page.keyboard.press('Control+Enter');
  // A new article's id comes first: the cursor waits there; the reading follows from the worker.
  await expect(page.getByLabel(/文章编号|Article id/)).toBeFocused();
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
}

/** Accepts the selected candidate with a metric; the reader's other fields stand. */
async function accept(page: Page, zh: string, en: string) {
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(zh);
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(en);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeFocused();
}

/** The health article pasted, its id given, and its first numeral (四元 of 四元同创) excluded. */
async function startHealthWithFirstExcluded(page: Page) {
  await start(page, await readFile(HEALTH, 'utf8'));
  await page.keyboard.insertText('health-party-brands');
  await page.keyboard.press('Enter');
  await page.keyboard.press('x');
  await page.keyboard.insertText('名称中的数字');
  await page.keyboard.press('Enter');
}

const status = (page: Page) => page.getByTestId('editor-status');

test('a draft survives a reload mid-edit, and undo and redo walk it', async ({ page }) => {
  await startHealthWithFirstExcluded(page);
  await accept(
    page,
    '市直医疗单位党组织党建品牌',
    'Party brands of municipal medical institutions',
  );
  await expect(status(page)).toContainText('还有 12 个数字未处理');

  await page.reload();
  await expect(status(page)).toContainText('还有 12 个数字未处理');
  await expect(page.getByLabel('文章编号（文件名）')).toHaveValue('health-party-brands');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.nth(0)).toContainText('已排除');
  await expect(options.nth(1)).toContainText('已接受');
  await expect(options.nth(1)).toContainText('市直医疗单位党组织党建品牌');

  // Undo is per session: the reload kept the draft, so the new session undoes what it does.
  await page.getByRole('listbox').focus();
  await page.keyboard.press('u');
  await expect(status(page)).toContainText('还有 13 个数字未处理');
  await page.keyboard.press('Control+z');
  await expect(status(page)).toContainText('还有 12 个数字未处理');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(status(page)).toContainText('还有 13 个数字未处理');

  // Another text: the draft stays in the list of drafts, to go on with.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '换一篇文字' }).click();
  const drafts = page.getByRole('region', { name: '浏览器里的草稿' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await expect(drafts).toContainText('health-party-brands');
  await drafts.getByRole('button', { name: '继续' }).click();
  await expect(status(page)).toContainText('还有 13 个数字未处理');
});

test('closing the tab on a draft not exported asks first', async ({ page }) => {
  await startHealthWithFirstExcluded(page);
  await expect(status(page)).toContainText('还有 13 个数字未处理');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('hostile text is shown as text and never run; bad files and pastes get a reason', async ({
  page,
}) => {
  await page.goto('./#/editor');
  await expect(page.getByLabel('报道文字')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toHaveText('没有文字：请粘贴一篇报道。');

  await page
    .getByRole('textbox')
    .first()
    .fill('字'.repeat(2 * 1024 * 1024));
  await page.getByRole('button', { name: '开始录入' }).click();
  await expect(page.getByRole('alert')).toContainText('超过一篇报道的上限');

  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  await page
    .getByTestId('editor-file')
    .setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: binary });
  await expect(page.getByRole('alert')).toContainText('无法读取 photo.txt');

  const hostile =
    '<img src=x onerror="window.__ran=1">{a|b}{bold|共建成}<b>3个</b>站点<script>window.__ran=2</script>';
  await page.getByLabel('报道文字').fill(hostile);
  await page.getByRole('button', { name: '开始录入' }).click();
  const text = page.getByTestId('editor-text');
  await expect(text).toContainText('<img src=x onerror="window.__ran=1">{a|b}');
  await expect(text).toContainText('<script>window.__ran=2</script>');
  // The digits of the markup (__ran=1) are numerals like any other, for the editor to exclude.
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.filter({ hasText: /^3个/ })).toHaveCount(1);
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a GB18030 file is read and said to be one', async ({ page }) => {
  await page.goto('./#/editor');
  // 全市建成中文书屋3个。 as GB18030 saves it.
  const gb = Buffer.from([
    200, 171, 202, 208, 189, 168, 179, 201, 214, 208, 206, 196, 202, 233, 206, 221, 51, 184, 246,
    161, 163,
  ]);
  await page
    .getByTestId('editor-file')
    .setInputFiles({ name: 'shu-wu.txt', mimeType: 'text/plain', buffer: gb });
  await expect(page.getByTestId('editor-text')).toHaveText('全市建成中文书屋3个。');
  await expect(page.getByLabel('文章编号（文件名）')).toHaveValue('shu-wu');
  await expect(page.getByRole('listbox').getByRole('option')).toContainText('3个');
});

test('a full browser storage is reported, and the work stays on screen', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('editor:draft:')) {
        throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await start(page, await readFile(HEALTH, 'utf8'));
  await expect(page.getByRole('alert')).toContainText('浏览器存储已满，最近的修改没有保存');
  await expect(status(page)).toContainText('还有 14 个数字未处理');
});

test('the preview shows the draft on the dashboard, marked as a preview', async ({
  page,
  dashboardPage,
}) => {
  await start(page, await readFile(HEALTH, 'utf8'));
  await page.keyboard.insertText('health-party-brands');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeFocused();
  await page.keyboard.press('j');
  await accept(page, '党建品牌（预览）', 'Party brands (preview)');
  await page.getByRole('button', { name: '在看板上预览' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText('health-party-brands.preview.json')).toBeVisible();
  await dashboardPage.chartsReady();
  await page.goto('./#/departments/liaocheng-health-commission');
  await expect(page.getByText('党建品牌（预览）').first()).toBeVisible();
});

for (const lang of ['zh', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the workbench has no WCAG 2.2 AA violations (${lang}, ${theme})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: theme });
      await start(page, await readFile(HEALTH, 'utf8'), lang);
      await page.keyboard.insertText('health-party-brands');
      await page.keyboard.press('Enter');
      await page.keyboard.press('x');
      await page.keyboard.insertText('a name');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main').locator('form')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
      expect(summary).toEqual([]);
      if (lang === 'en') {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workbench');
        await expect(page.getByLabel('Metric (English)')).toBeVisible();
        await expect(
          page.getByRole('button', { name: 'Download the JSON and the text' }),
        ).toBeVisible();
      }
    });
  }
}
