import { expect, openReader, screenshot, test } from './fixtures';

const TITLE = 'ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟';

test.describe('the reader (browser edition)', () => {
  test('renders the bundled article as semantic, right-to-left HTML', async ({ page, foreignRequests }) => {
    await openReader(page);
    const article = page.locator('article[data-reader-article]');
    await expect(article).toHaveAttribute('dir', 'rtl');
    await expect(article).toHaveAttribute('lang', 'ar');
    await expect(article.locator('h1')).toHaveText(TITLE);
    await expect(article.locator('h2')).toHaveText([
      'الصين شريك رئيسي لدولة كازاخستان',
      'امدادات الطاقة من كازاخستان إلى الصين',
      'امدادات اليورانيوم في خطر',
      'التنافس الروسي الصيني في كازاخستان',
    ]);
    await expect(article.locator('p[data-block-id]')).toHaveCount(21);
    await expect(article).toContainText('شركة Cameco التي');
    await expect(article).not.toContainText('تيليجرام');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const direction = await article
      .locator('p[data-block-id]')
      .first()
      .evaluate((p) => getComputedStyle(p).direction);
    expect(direction).toBe('rtl');
    expect(foreignRequests).toEqual([]);
  });

  test('index.html already holds the article, its stylesheet and boot script, so it paints before anything else arrives; the app then replaces it', async ({
    page,
    request,
  }) => {
    const response = await request.get('./');
    const html = await response.text();
    expect(html).toContain('<div id="prerendered-article"');
    expect(html).toContain(`<h1 data-block-id="title">${TITLE}</h1>`);
    expect(html).toContain('شركة Cameco التي');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toMatch(/<style>[^<]*@font-face\{font-family:Noto Naskh Arabic/);
    expect(html).toContain("localStorage.getItem('hamish.theme')");
    // Both policies (header and meta) allow the inline blocks by hash, and nothing inline by default.
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header).toMatch(/script-src 'self' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/);
    expect(html).toContain(`content="${header.replace("; frame-ancestors 'none'", '')}"`);

    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        ),
      );
    });
    await openReader(page);
    await expect(page.locator('#prerendered-article')).toHaveCount(0);
    await expect(page.locator('article')).toHaveCount(1);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    // The inline stylesheet applied: the article is set in the book face at its own size.
    const fontSize = await page
      .locator('article p[data-block-id]')
      .first()
      .evaluate((p) => getComputedStyle(p).fontSize);
    expect(fontSize).toBe('20.8px');
  });

  test('sets the article in the bundled Arabic font', async ({ page }) => {
    await openReader(page);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
    );
    expect(fonts).toContain('Noto Naskh Arabic');
    const family = await page
      .locator('article p[data-block-id]')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(family).toContain('Noto Naskh Arabic');
    expect(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'كازاخستان'))).toBe(
      true,
    );
  });

  test('lists the five related pieces, each offering to import it while none is in the library', async ({
    page,
  }) => {
    await openReader(page);
    const related = page.getByRole('region', { name: 'اقرأ أيضًا' });
    await expect(related.getByRole('listitem')).toHaveCount(5);
    await expect(related.getByRole('listitem').first()).toContainText(
      'انقطاع الإنترنت في كازاخستان يهدد بأزمة غذائية',
    );
    await expect(related.getByRole('button', { name: /^استورد «/ })).toHaveCount(5);
    await expect(related.locator('.related-link')).toHaveCount(0);
  });

  test('shows source and the publication month without inventing a day', async ({ page }) => {
    await openReader(page);
    const byline = page.locator('.byline');
    await expect(byline).toContainText('مجلة أمناي');
    await expect(byline).toContainText('يناير 2022');
  });

  test('switches the interface to English and back', async ({ page }) => {
    await openReader(page);
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: 'Library' })).toBeVisible();
    // The article keeps its own language and direction whatever the interface speaks.
    await expect(page.locator('article[data-reader-article]')).toHaveAttribute('dir', 'rtl');
    await screenshot(page, 'reader-en-light');
    await page.getByRole('button', { name: 'حوّل الواجهة إلى العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: 'المكتبة' })).toBeVisible();
  });

  test('opens the library and comes back to the article', async ({ page }) => {
    await openReader(page);
    await page.getByRole('button', { name: 'المكتبة' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
    await page.getByRole('button', { name: `افتح «${TITLE}»` }).click();
    await expect(page.locator('article[data-reader-article] h1')).toHaveText(TITLE);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`follows the system ${scheme} theme (screenshot)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openReader(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await screenshot(page, `reader-ar-${scheme}`);
    });
  }
});

test.describe('find in the article', () => {
  const matchTexts = (page: import('@playwright/test').Page, name: string) =>
    page.evaluate((highlight) => {
      const ranges = [...(CSS.highlights.get(highlight) ?? [])];
      return ranges.map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }, name);

  test('ignores hamza forms, diacritics and tatweel, and steps through the matches', async ({ page }) => {
    await openReader(page);
    await page.locator('body').press('Control+f');
    const field = page.getByRole('searchbox', { name: 'ابحث في نص المقال' });
    await expect(field).toBeFocused();
    // Typed with tatweel and without hamza: finds both "احداث" and "الأحداث".
    await field.fill('احـداث');
    const count = page.getByRole('search').getByRole('status');
    await expect(count).toHaveText(/^1 من \d+$/);
    const all = [
      ...(await matchTexts(page, 'hamish-find')),
      ...(await matchTexts(page, 'hamish-find-current')),
    ];
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all)).toEqual(new Set(['احداث', 'أحداث']));
    await field.press('Enter');
    await expect(count).toHaveText(/^2 من \d+$/);
    await field.press('Shift+Enter');
    await expect(count).toHaveText(/^1 من \d+$/);

    await field.fill('كمبيوتر');
    await expect(count).toHaveText('لا نتائج');
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    expect(await matchTexts(page, 'hamish-find')).toEqual([]);
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
  });
});
