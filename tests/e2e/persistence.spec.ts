import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchProfile, openReader, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

test('highlights and notes survive closing and reopening the browser', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'hamish-profile-'));
  try {
    let { context, page } = await launchProfile(profile, baseURL);
    await page.goto('./');
    await expect(page.locator('article[data-reader-article] [data-block-id="p-11"]')).toBeVisible();
    await selectPhrase(page, 'p-11', 'مشروع يورانيوم كبير');
    await page.locator('article[data-reader-article]').press('n');
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await page.keyboard.type('40 في المائة من إمدادات العالم');
    await page.getByRole('button', { name: 'أغلق المحرر' }).click();
    await expect(card(page, 'مشروع يورانيوم كبير')).toContainText('40 في المائة من إمدادات العالم');
    await expect(page.getByText('محفوظ')).toBeVisible();
    await context.close();

    ({ context, page } = await launchProfile(profile, baseURL));
    await page.goto('./');
    await expect(card(page, 'مشروع يورانيوم كبير')).toContainText('40 في المائة من إمدادات العالم');
    // The reader paints the annotations near what is in view: the uranium section is further down.
    await page.locator('article[data-reader-article] [data-block-id="p-11"]').scrollIntoViewIfNeeded();
    await expect.poll(() => paintedTexts(page, 'yellow')).toEqual(['مشروع يورانيوم كبير']);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/** Whether the document's annotations pack is in IndexedDB (the feed writes it after a quiet spell). */
function hasPack(page: Page, documentId: string): Promise<boolean> {
  return page.evaluate(
    (id) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('packs').objectStore('packs').get(id);
          request.onsuccess = () => {
            resolve(request.result !== undefined);
            open.result.close();
          };
        };
      }),
    documentId,
  );
}

test('a document reopened from its pack shows the edits made after the pack was written', async ({
  page,
}) => {
  await openReader(page);
  await selectPhrase(page, 'p-1', 'الزعيم الصيني نظيره الكازاخستاني');
  await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
  await selectPhrase(page, 'p-2', 'ثورة ملونة');
  await page.getByRole('button', { name: 'ظلّل بالأزرق' }).click();
  await expect(card(page, 'ثورة ملونة')).toBeVisible();
  await expect.poll(() => hasPack(page, 'china-interests-kazakhstan-2022'), { timeout: 20_000 }).toBe(true);

  await page.reload();
  await expect(card(page, 'ثورة ملونة')).toBeVisible();
  await card(page, 'ثورة ملونة').getByRole('button', { name: 'احذف' }).click();
  await expect(card(page, 'ثورة ملونة')).toHaveCount(0);

  await page.reload();
  await expect(card(page, 'الزعيم الصيني نظيره الكازاخستاني')).toBeVisible();
  await expect(card(page, 'ثورة ملونة')).toHaveCount(0);
  await expect.poll(() => paintedTexts(page, 'green')).toEqual(['الزعيم الصيني نظيره الكازاخستاني']);
  expect(await paintedTexts(page, 'blue')).toEqual([]);
});
