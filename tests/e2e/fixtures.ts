import { chromium, test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';

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

/** The browser with a profile on disk, as a reader's is: what IndexedDB and localStorage keep outlives it. */
export async function launchProfile(
  profile: string,
  baseURL: string | undefined,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    locale: 'ar',
    viewport: { width: 1360, height: 900 },
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}
