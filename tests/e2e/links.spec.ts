import type { Page } from '@playwright/test';
import { expect, openReader, test } from './fixtures';

const DOC = 'china-interests-kazakhstan-2022';
const MALFORMED_AR = 'تعذّر فتح هذا الرابط لأنه ناقص أو تالف';
const MALFORMED_EN = 'This link could not be opened: it is incomplete or damaged';

/** Uncaught errors in the page: a malformed link must not cause any. */
function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** The reader shows the article and still answers the keyboard: Ctrl+F opens find. */
async function expectReaderWorks(page: Page, findLabel: string): Promise<void> {
  await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
  await page.locator('body').press('Control+f');
  await expect(page.getByRole('searchbox', { name: findLabel })).toBeFocused();
  await page.keyboard.press('Escape');
}

test.describe('malformed links', () => {
  for (const [name, hash] of [
    ['an invalid escape as the document', '#doc=%ZZ'],
    ['an invalid escape as the annotation', `#doc=${DOC}&annotation=%ZZ`],
  ] as const) {
    test(`opening the app with ${name} says so briefly and opens the reader`, async ({
      page,
      foreignRequests,
    }) => {
      const errors = collectPageErrors(page);
      await page.addInitScript(() => localStorage.setItem('hamish.uiLanguage', 'ar'));
      await page.goto(`./${hash}`);
      const message = page.getByRole('alert').filter({ hasText: MALFORMED_AR });
      await expect(message).toBeVisible();
      await expectReaderWorks(page, 'ابحث في نص المقال');
      await expect(message).toBeVisible();
      await page.locator('.toast').getByRole('button', { name: 'إغلاق' }).click();
      await expect(message).toHaveCount(0);
      await expectReaderWorks(page, 'ابحث في نص المقال');
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }

  test('a malformed link followed after load leaves the reader working, and a good one still opens', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openReader(page, 'en');
    await page.evaluate(() => {
      location.hash = '#doc=%E0%A4%A';
    });
    const message = page.getByRole('alert').filter({ hasText: MALFORMED_EN });
    await expect(message).toBeVisible();
    await expectReaderWorks(page, 'Find in the article text');
    await page.evaluate((doc) => {
      location.hash = `#doc=${doc}&start=9&end=3`;
    }, DOC);
    await expect(message).toBeVisible();
    await page.evaluate((doc) => {
      location.hash = `#doc=${doc}`;
    }, DOC);
    await expect(message).toHaveCount(0);
    await expectReaderWorks(page, 'Find in the article text');
    expect(errors).toEqual([]);
  });

  test('an in-page anchor is not taken for a link', async ({ page }) => {
    await openReader(page);
    await page.evaluate(() => {
      location.hash = '#article';
    });
    await expectReaderWorks(page, 'ابحث في نص المقال');
    await expect(page.getByRole('alert').filter({ hasText: MALFORMED_AR })).toHaveCount(0);
  });
});
