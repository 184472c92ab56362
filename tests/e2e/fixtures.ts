import { test as base, expect, type Page } from '@playwright/test';

/** Every page asserts that nothing leaves the local origin: Hamish never needs a network. */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'requests that left the local origin').toEqual([]);
  },
});
export { expect };

export async function openReader(page: Page, language: 'ar' | 'en' = 'ar'): Promise<void> {
  await page.addInitScript((lang) => {
    if (!localStorage.getItem('hamish.uiLanguage')) localStorage.setItem('hamish.uiLanguage', lang);
  }, language);
  await page.goto('./');
  await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}
