import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

type KeyInit = { key: string; code: string; ctrlKey?: boolean; shiftKey?: boolean };

/** A key pressed on the Arabic layout, as the browser reports it: the typed character and the physical key. */
async function pressOnArticle(page: Page, init: KeyInit): Promise<void> {
  await page.locator('article[data-reader-article]').focus();
  await page.evaluate((init) => {
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }),
    );
  }, init);
}

/** What the Arabic (101) layout types on the keys the reader's shortcuts use. */
async function useArabicLayoutMap(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const layout = new Map([
      ['KeyH', 'ا'],
      ['KeyN', 'ى'],
      ['KeyF', 'ب'],
      ['KeyZ', 'ئ'],
      ['Digit1', '١'],
      ['Digit2', '٢'],
      ['Digit3', '٣'],
      ['Digit4', '٤'],
      ['Digit5', '٥'],
    ]);
    Object.defineProperty(Navigator.prototype, 'keyboard', {
      configurable: true,
      get: () => ({ getLayoutMap: () => Promise.resolve(layout) }),
    });
  });
}

const PHRASE = 'الزعيم الصيني نظيره الكازاخستاني';

test.describe('shortcuts on the Arabic keyboard layout', () => {
  test('Ctrl+ئ on the Z key undoes a delete', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-1', PHRASE);
    await pressOnArticle(page, { key: 'ا', code: 'KeyH' });
    await card(page, PHRASE).getByRole('button', { name: 'احذف' }).click();
    await expect(card(page, PHRASE)).toHaveCount(0);
    await page.evaluate(() =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'ئ',
          code: 'KeyZ',
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      ),
    );
    await expect(card(page, PHRASE)).toBeVisible();
  });

  test('ا on the H key highlights the selection in the last colour', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-1', PHRASE);
    await pressOnArticle(page, { key: 'ا', code: 'KeyH' });
    await expect.poll(() => paintedTexts(page, 'yellow')).toEqual([PHRASE]);
    await expect(card(page, PHRASE)).toBeVisible();
  });

  test('Arabic-Indic and Persian digits pick colours; with Ctrl held they do nothing', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-1', PHRASE);
    // Ctrl+٢ is no shortcut: the selection stays for the next key.
    await pressOnArticle(page, { key: '٢', code: 'Digit2', ctrlKey: true });
    await pressOnArticle(page, { key: '۳', code: 'Digit3' });
    await expect.poll(() => paintedTexts(page, 'blue')).toEqual([PHRASE]);
    expect(await paintedTexts(page, 'green')).toEqual([]);

    await selectPhrase(page, 'p-4', 'شراكة اقتصادية مهمة');
    await pressOnArticle(page, { key: '٢', code: 'Digit2' });
    await expect.poll(() => paintedTexts(page, 'green')).toEqual(['شراكة اقتصادية مهمة']);
  });

  test('ى on the N key highlights and opens the note editor', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-4', 'شراكة اقتصادية مهمة');
    await pressOnArticle(page, { key: 'ى', code: 'KeyN' });
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await expect.poll(() => paintedTexts(page, 'yellow')).toEqual(['شراكة اقتصادية مهمة']);
  });

  test('Ctrl with the F key (ب on the Arabic layout) opens find', async ({ page }) => {
    await openReader(page);
    await pressOnArticle(page, { key: 'ب', code: 'KeyF', ctrlKey: true });
    await expect(page.getByRole('searchbox', { name: 'ابحث في نص المقال' })).toBeFocused();
  });

  test('the hint and the keyboard map label keys as the Arabic layout prints them', async ({ page }) => {
    await useArabicLayoutMap(page);
    await openReader(page);
    await expect(page.locator('.shortcut-hint')).toContainText('ا (H) للتظليل، ى (N) للملاحظة، ١–٥ للألوان');
    await page.locator('.shortcut-hint').scrollIntoViewIfNeeded();
    await screenshot(page, 'shortcut-hint-arabic-layout-ar-light');
    await pressOnArticle(page, { key: '؟', code: 'Slash', shiftKey: true });
    const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /ظلّل التحديد باللون الأخير/ })).toContainText('ا (H)');
    await expect(dialog.getByRole('row', { name: /ابحث في المقال/ })).toContainText('ب (F)');
    await expect(dialog.getByRole('row', { name: /بلون أخضر/ })).toContainText('٢');
    await screenshot(page, 'keyboard-map-arabic-layout-ar-light');
  });
});

test.describe('the keyboard map dialog', () => {
  test('? opens it over the article: labelled, focus kept inside, Esc returns focus to the article', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReader(page);
    await pressOnArticle(page, { key: '?', code: 'Slash', shiftKey: true });
    const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await expect(dialog).toBeVisible();
    for (const action of ['ظلّل التحديد واكتب ملاحظة', 'تراجع عن حذف تظليل', 'انتقل بين بطاقات الهامش'])
      await expect(dialog.getByRole('cell', { name: new RegExp(action) })).toBeVisible();
    const focusInside = () =>
      page.evaluate(
        () => !!document.activeElement?.closest('dialog') || document.activeElement === document.body,
      );
    expect(await focusInside()).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside()).toBe(true);
    }
    const axe = await new AxeBuilder({ page }).include('dialog.dialog').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshot(page, 'keyboard-map-ar-light-1366');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
  });

  test('English UI, dark: the hint button opens it and focus returns to the button', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(page, 'en');
    const opener = page.getByRole('button', { name: 'All shortcuts (?)' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(
      dialog.getByRole('row', { name: /Highlight the selection in the last colour/ }),
    ).toContainText('H');
    const axe = await new AxeBuilder({ page }).include('dialog.dialog').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshot(page, 'keyboard-map-en-dark-1366');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('Arabic UI, dark, 1920×1080', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(page);
    await page.getByRole('button', { name: 'كل الاختصارات (?)' }).click();
    await expect(page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
    await screenshot(page, 'keyboard-map-ar-dark-1920');
  });
});
