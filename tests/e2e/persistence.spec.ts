import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { expect, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

test('highlights and notes survive closing and reopening the browser', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'hamish-profile-'));
  const launch = (): Promise<BrowserContext> =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
      baseURL,
      locale: 'ar',
      viewport: { width: 1360, height: 900 },
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
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

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await expect(card(page, 'مشروع يورانيوم كبير')).toContainText('40 في المائة من إمدادات العالم');
    await expect.poll(() => paintedTexts(page, 'yellow')).toEqual(['مشروع يورانيوم كبير']);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
