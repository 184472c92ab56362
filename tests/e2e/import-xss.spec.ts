import { XSS_PAYLOADS } from '../fixtures/import/xss/payloads';
import { expect, openReader, test } from './fixtures';
import { dropFiles, importPanel, openLibrary, xssFlags } from './import-helpers';

test('the XSS corpus imports with no script run and no request made, in the library and in the reader', async ({
  page,
  foreignRequests,
}) => {
  test.setTimeout(180_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Anything a payload might load would go to xss.invalid: record it even if CSP would have stopped it.
  const attempted: string[] = [];
  await page.context().route('http://xss.invalid/**', (route) => {
    attempted.push(route.request().url());
    return route.abort();
  });
  await openReader(page);
  await openLibrary(page);
  await dropFiles(
    page,
    XSS_PAYLOADS.map((payload) => ({ name: payload.fileName, text: payload.source })),
  );
  const total = XSS_PAYLOADS.length;
  await expect(importPanel(page).getByRole('status')).toHaveText(`${total} من ${total}`, {
    timeout: 120_000,
  });

  // Every file has its own outcome; each one either imported or was refused with a reason.
  const items = importPanel(page).getByRole('listitem');
  await expect(items).toHaveCount(total);
  await expect(importPanel(page).locator('.import-item.is-working, .import-item.is-waiting')).toHaveCount(0);
  const imported = await page.locator('.library-card[data-document-id^="imported-"]').count();
  expect(imported).toBeGreaterThan(total / 2);

  // Open every imported document: what the reader renders is text, so nothing may run there either.
  for (let index = 0; index < imported; index += 1) {
    await page.locator('.library-card[data-document-id^="imported-"]').nth(index).click();
    const article = page.locator('article[data-reader-article]');
    await expect(article).toBeVisible();
    await expect(
      article.locator('a, img, svg, math, iframe, object, embed, form, script, style, link'),
    ).toHaveCount(0);
    await openLibrary(page);
  }
  expect(await xssFlags(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(attempted).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
