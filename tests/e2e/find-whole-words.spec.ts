import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';

/** Each painted find match with the character before and after it in the article. */
function paintedMatches(page: Page): Promise<{ before: string; text: string; after: string }[]> {
  return page.evaluate(() =>
    ['hamish-find', 'hamish-find-current'].flatMap((name) =>
      [...(CSS.highlights.get(name) ?? [])].map((range) => {
        const data = (range.startContainer as Text).data;
        const end = (range.endContainer as Text).data;
        return {
          before: data.charAt(range.startOffset - 1),
          text: data.slice(range.startOffset, range.endOffset),
          after: end.charAt(range.endOffset),
        };
      }),
    ),
  );
}

const isLetter = (char: string) => /\p{L}/u.test(char);

test.describe('find: whole words', () => {
  test('الصين finds والصين but not الصيني or الصينية, and the choice lasts the session', async ({ page }) => {
    await openReader(page);
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'ابحث في نص المقال' });
    await bar.getByRole('searchbox').fill('الصين');
    const count = bar.getByRole('status');
    await expect(count).toHaveText(/^1 من \d+$/);
    const anywhere = await paintedMatches(page);
    expect(anywhere.some((match) => isLetter(match.after))).toBe(true);

    const wholeWords = bar.getByRole('checkbox', { name: 'كلمات كاملة' });
    await wholeWords.check();
    await expect.poll(async () => (await paintedMatches(page)).length).toBeLessThan(anywhere.length);
    const whole = await paintedMatches(page);
    await expect(count).toHaveText(`1 من ${whole.length}`);
    expect(whole.filter((match) => isLetter(match.after))).toEqual([]);
    // The conjunction و before the word is allowed, and the Arabic comma after it is a boundary.
    expect(whole).toContainEqual({ before: 'و', text: 'الصين', after: '،' });

    const axe = await new AxeBuilder({ page }).include('.find-bar').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await expect(bar.getByRole('checkbox', { name: 'كلمات كاملة' })).toBeChecked();
    await page.reload();
    await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(bar.getByRole('checkbox', { name: 'كلمات كاملة' })).toBeChecked();
    await bar.getByRole('searchbox').fill('الصين');
    await expect(count).toHaveText(`1 من ${whole.length}`);
  });

  test('the toggle is reachable by keyboard and named in English', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(page, 'en');
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find in the article text' });
    await bar.getByRole('searchbox').fill('صين');
    await page.keyboard.press('Tab');
    const toggle = bar.getByRole('checkbox', { name: 'Whole words' });
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    // The article is a clitic: the bare word finds الصين, never inside الصيني.
    await expect.poll(async () => (await paintedMatches(page)).map((match) => match.text)).toContain('صين');
    const whole = await paintedMatches(page);
    expect(whole.filter((match) => isLetter(match.after))).toEqual([]);
    await screenshot(page, 'find-whole-words-en-dark-1366');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
  });

  test('Arabic UI screenshots, light and dark', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReader(page);
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'ابحث في نص المقال' });
    await bar.getByRole('searchbox').fill('الصين');
    await bar.getByRole('checkbox', { name: 'كلمات كاملة' }).check();
    await expect(bar.getByRole('status')).toHaveText(/^1 من \d+$/);
    await screenshot(page, 'find-whole-words-ar-light-1366');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'find-whole-words-ar-dark-1366');
  });
});
