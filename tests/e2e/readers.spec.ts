import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

const DIALOG_TITLE = 'القرّاء على هذا الجهاز';

function readersDialog(page: Page) {
  return page.getByRole('dialog', { name: DIALOG_TITLE });
}

function headerReader(page: Page) {
  return page.locator('.app-header').getByRole('button', { name: /^القارئ الآن/ });
}

/** Text of every range painted in another reader's layer of `color`. */
function layerTexts(page: Page, color: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(`hamish-layer-${name}`);
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  }, color);
}

/** The safety backups in the browser edition's IndexedDB, as the reader's backup list shows them. */
function backups(page: Page): Promise<{ reason: string; content: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ reason: string; content: string }[]>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('backups').objectStore('backups').getAll();
          request.onsuccess = () => {
            resolve(request.result as { reason: string; content: string }[]);
            open.result.close();
          };
        };
      }),
  );
}

async function pickInDialog(page: Page, name: string) {
  await readersDialog(page).getByRole('radio', { name }).check();
  await expect(readersDialog(page).getByRole('status')).toHaveText(`يقرأ الآن: ${name}`);
}

test('readers on a shared laptop: add, switch, layers, remove, and everything kept', async ({ page }) => {
  await openReader(page);
  // One reader: nothing new on screen.
  await expect(headerReader(page)).toHaveCount(0);
  await expect(page.locator('.reader-layers')).toHaveCount(0);
  await selectPhrase(page, 'p-1', 'على إخماد الاضطرابات');
  await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
  await expect(card(page, 'على إخماد الاضطرابات')).toBeVisible();

  // The first extra reader is added from the reading settings.
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('button', { name: 'القرّاء…' }).click();
  const dialog = readersDialog(page);
  await expect(dialog).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await dialog.getByRole('textbox', { name: 'اسم قارئ جديد' }).fill('  هدى ');
  await dialog.getByRole('button', { name: 'أضف قارئًا' }).click();
  await expect(dialog.getByRole('status')).toHaveText('أُضيف «هدى». اختره أعلاه ليقرأ باسمه.');
  await dialog.getByRole('textbox', { name: 'اسم قارئ جديد' }).fill('هُدى');
  await dialog.getByRole('button', { name: 'أضف قارئًا' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('هناك قارئ بهذا الاسم. اختر اسمًا آخر.');
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  await expect(headerReader(page)).toHaveText('قارئ');

  // Switching is instant: the first reader's highlight is not هدى's.
  await pickInDialog(page, 'هدى');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(headerReader(page)).toHaveText('هدى');
  await expect(page.locator('.annotation-card')).toHaveCount(0);
  await expect.poll(() => paintedTexts(page, 'yellow')).toEqual([]);
  await selectPhrase(page, 'p-2', 'ثورة ملونة');
  await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
  await expect(card(page, 'ثورة ملونة')).toBeVisible();
  await expect.poll(() => paintedTexts(page, 'green')).toEqual(['ثورة ملونة']);

  // The first reader's layer, shown read-only: underlined in the article, listed without actions.
  await page.locator('.reader-layers summary').click();
  expect(await layerTexts(page, 'yellow')).toEqual([]);
  await page.getByRole('checkbox', { name: /قارئ/ }).check();
  await expect.poll(() => layerTexts(page, 'yellow')).toEqual(['على إخماد الاضطرابات']);
  const layerList = page.getByRole('list', { name: 'تظليلات قارئ' });
  await expect(layerList).toContainText('على إخماد الاضطرابات');
  await expect(layerList.getByRole('button')).toHaveCount(0);
  await expect(page.locator('.annotation-card')).toHaveCount(1);
  expect(await paintedTexts(page, 'yellow')).toEqual([]);

  // هدى's export holds her highlights and is signed with her name.
  await page.getByRole('button', { name: 'إجراءات' }).click();
  await page.getByRole('button', { name: 'تصدير' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'تصدير الملاحظات إلى Markdown' });
  await expect(exportDialog.getByRole('textbox', { name: /اسمك في رأس الملف/ })).toHaveValue('هدى');
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'احفظ الملف' }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('reader: "هدى"');
  expect(markdown).toContain('ثورة ملونة');
  expect(markdown).not.toContain('على إخماد الاضطرابات');
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  // Back to the first reader, from the header.
  await headerReader(page).click();
  await pickInDialog(page, 'قارئ');
  await page.keyboard.press('Escape');
  await expect(card(page, 'على إخماد الاضطرابات')).toBeVisible();
  await expect(card(page, 'ثورة ملونة')).toHaveCount(0);

  // Everything is kept: readers, who reads, each one's highlights.
  await page.reload();
  await expect(headerReader(page)).toHaveText('قارئ');
  await expect(card(page, 'على إخماد الاضطرابات')).toBeVisible();
  await expect(page.locator('.annotation-card')).toHaveCount(1);
  await headerReader(page).click();
  await pickInDialog(page, 'هدى');
  await expect(card(page, 'ثورة ملونة')).toBeVisible();
  await dialog.getByRole('button', { name: 'أعد تسمية هدى' }).click();
  await dialog.getByRole('textbox', { name: 'الاسم الجديد' }).fill('قارئ');
  await dialog.getByRole('button', { name: 'احفظ', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('هناك قارئ بهذا الاسم. اختر اسمًا آخر.');
  await dialog.getByRole('textbox', { name: 'الاسم الجديد' }).fill('هدى علي');
  await dialog.getByRole('button', { name: 'احفظ', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('صار الاسم «هدى علي».');
  await expect(headerReader(page)).toHaveText('هدى علي');

  // Removing هدى, who is reading: a backup of her highlight first, then back to the first reader.
  await dialog.getByRole('button', { name: 'احذف القارئ هدى علي' }).click();
  await dialog.getByRole('button', { name: 'احفظ نسخة احتياطية ثم احذف' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'حُذف «هدى علي»، وحُفظت تظليلاته وملاحظاته في نسخة احتياطية.',
  );
  const kept = await backups(page);
  expect(kept.map((backup) => backup.reason)).toEqual(['before-delete']);
  expect(kept[0]!.content).toContain('ثورة ملونة');
  expect(kept[0]!.content).not.toContain('على إخماد الاضطرابات');
  await page.keyboard.press('Escape');
  await expect(headerReader(page)).toHaveCount(0);
  await expect(card(page, 'على إخماد الاضطرابات')).toBeVisible();
  await expect(page.locator('.reader-layers')).toHaveCount(0);

  await page.reload();
  await expect(card(page, 'على إخماد الاضطرابات')).toBeVisible();
  await expect(page.locator('.annotation-card')).toHaveCount(1);
  await expect(headerReader(page)).toHaveCount(0);
  await expect(page.locator('.reader-layers')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots: the readers dialog and the header picker (ar, ${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openReader(page);
    await selectPhrase(page, 'p-1', 'على إخماد الاضطرابات');
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
    await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
    await page.getByRole('button', { name: 'القرّاء…' }).click();
    const dialog = readersDialog(page);
    for (const name of ['هدى', 'عمر', 'المعلمة سلمى']) {
      await dialog.getByRole('textbox', { name: 'اسم قارئ جديد' }).fill(name);
      await dialog.getByRole('button', { name: 'أضف قارئًا' }).click();
      await expect(dialog.getByRole('radio', { name })).toBeVisible();
    }
    await pickInDialog(page, 'هدى');
    await dialog.getByRole('button', { name: 'احذف القارئ عمر' }).click();
    await screenshot(page, `readers-dialog-ar-${scheme}`);
    await page.keyboard.press('Escape');
    await selectPhrase(page, 'p-2', 'ثورة ملونة');
    await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
    await page.locator('.reader-layers summary').click();
    await page.getByRole('checkbox', { name: /قارئ/ }).check();
    await expect.poll(() => layerTexts(page, 'yellow')).toEqual(['على إخماد الاضطرابات']);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
    });
    await expect(headerReader(page)).toHaveText('هدى');
    await screenshot(page, `reader-header-layers-ar-${scheme}`);
  });
}
