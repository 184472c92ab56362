import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchProfile, openReader, screenshot, test } from './fixtures';
import { card, selectPhrase } from './annotations-helpers';
import {
  blockContaining,
  dropFiles,
  fixture,
  importItem,
  importPanel,
  importThroughPicker,
  openLibrary,
  xssFlags,
} from './import-helpers';

const NEWS_TITLE = 'ممر الشمال والجنوب: طريق تجاري يعيد رسم خرائط آسيا الوسطى';

test.describe('importing documents', () => {
  test('a saved web page full of scripts becomes a clean right-to-left article, and nothing runs or loads', async ({
    page,
    foreignRequests,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openReader(page);
    await openLibrary(page);
    await importThroughPicker(page, [fixture('e2e/cluttered-news-page.html')]);
    await expect(importItem(page, 'cluttered-news-page.html')).toContainText('أُضيف إلى المكتبة');

    const libraryCard = page.getByRole('button', { name: `افتح «${NEWS_TITLE}»` });
    await expect(libraryCard).toContainText('أخبار الطريق');
    await libraryCard.click();

    const article = page.locator('article[data-reader-article]');
    await expect(article).toHaveAttribute('dir', 'rtl');
    await expect(article.locator('h1')).toHaveText(NEWS_TITLE);
    await expect(article.locator('h2')).toHaveText(['سكك حديدية وموانئ جافة', 'ماذا يعني ذلك للصين؟']);
    await expect(article).toContainText('من موانئ بحر البلطيق إلى المحيط الهندي');
    // The English quote keeps its own language and direction inside the Arabic article.
    await expect(article.locator('[lang="en"]')).toHaveAttribute('dir', 'ltr');
    // The link's words stay, as text; the site's furniture does not.
    await expect(article).toContainText('رغم الاتفاقات الموقعة');
    for (const clutter of [
      'الرئيسية',
      'إعلان',
      'ملفات تعريف الارتباط',
      'الأكثر قراءة',
      'التعليقات',
      'جميع الحقوق',
    ])
      await expect(article).not.toContainText(clutter);
    await expect(article.locator('a, img, svg, iframe, form, script, input, button')).toHaveCount(0);
    expect(await xssFlags(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'import-web-page-ar-light');
    expect(foreignRequests).toEqual([]);
  });

  test('a Windows-1256 text file reads as correct Arabic, and Markdown keeps its structure', async ({
    page,
  }) => {
    await openReader(page);
    await openLibrary(page);
    await importThroughPicker(page, [
      fixture('e2e/kazakhstan-note.windows-1256.txt'),
      fixture('e2e/reading-guide.md'),
    ]);
    await expect(importItem(page, 'kazakhstan-note.windows-1256.txt')).toContainText('أُضيف إلى المكتبة');
    await expect(importItem(page, 'reading-guide.md')).toContainText('أُضيف إلى المكتبة');

    await page.getByRole('button', { name: 'افتح «مذكرة عن أحداث كازاخستان»' }).click();
    const article = page.locator('article[data-reader-article]');
    await expect(article.locator('h1')).toHaveText('مذكرة عن أحداث كازاخستان');
    await expect(article).toContainText(
      'قال شي جين بينغ في 7 يناير إن الصين تعارض “ثورة ملونة” في كازاخستان',
    );

    await openLibrary(page);
    await page.getByRole('button', { name: 'افتح «دليل قراءة الوحدة الثالثة»' }).click();
    await expect(article.locator('h1')).toHaveText('دليل قراءة الوحدة الثالثة');
    await expect(article.locator('h2')).toHaveText('أسئلة للنقاش');
    await expect(article.locator('p.list-item')).toHaveText([
      'ما المصالح التي تخشى الصين عليها؟',
      'لماذا تدخلت روسيا؟',
      'راجع الخريطة في الصفحة الأولى',
      'اكتب ملاحظة على فقرة واحدة على الأقل',
    ]);
    await expect(article.locator('blockquote')).toContainText('الاستقرار في آسيا الوسطى مصلحة مشتركة');
    await expect(
      article.getByText('An English note for the exchange students', { exact: false }),
    ).toHaveAttribute('dir', 'ltr');
    await expect(article).not.toContainText('**');
  });

  test('importing a piece the article lists under "read also" turns its entry into a link', async ({
    page,
  }) => {
    await openReader(page);
    const related = page.getByRole('region', { name: 'اقرأ أيضًا' });
    const oilEntry = related.getByRole('listitem').filter({ hasText: 'النفط نقطة ضعف الصين' });
    await expect(oilEntry.getByRole('button', { name: /^استورد «/ })).toBeVisible();

    await dropFiles(page, [
      { name: 'related-piece-oil.txt', text: fixture('e2e/related-piece-oil.txt').buffer.toString('utf8') },
    ]);
    await expect(importItem(page, 'related-piece-oil.txt')).toContainText('أُضيف إلى المكتبة');
    const link = oilEntry.getByRole('button', { name: 'النفط نقطة ضعف الصين في أي حرب عسكرية' });
    await expect(link).toBeVisible();
    await expect(oilEntry.getByRole('button', { name: /^استورد «/ })).toHaveCount(0);
    await link.click();
    await expect(page.locator('article[data-reader-article] h1')).toHaveText(
      'النفطُ نقطةُ ضعفِ الصّين في أيِّ حربٍ عسكريّة',
    );
  });

  test('importing the same content again adds nothing, and unreadable files are refused with the reason', async ({
    page,
  }) => {
    await openReader(page);
    await openLibrary(page);
    await importThroughPicker(page, [fixture('e2e/related-piece-oil.txt')]);
    await expect(importItem(page, 'related-piece-oil.txt')).toContainText('أُضيف إلى المكتبة');
    await dropFiles(page, [
      { name: 'copy-of-oil.txt', text: fixture('e2e/related-piece-oil.txt').buffer.toString('utf8') },
      { name: 'photo.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
      { name: 'empty.txt', text: '' },
      { name: 'slides.pptx', text: 'PK' },
    ]);
    await expect(importItem(page, 'copy-of-oil.txt')).toContainText('موجود في المكتبة من قبل');
    await expect(importItem(page, 'photo.png')).toContainText('لا يقرأ هذا النوع من الملفات');
    await expect(importItem(page, 'empty.txt')).toContainText('الملف فارغ');
    await expect(importItem(page, 'slides.pptx')).toContainText('لا يقرأ هذا النوع من الملفات');
    await expect(page.locator('.library-card')).toHaveCount(2);

    // The same text imported on its own opens the document the library already has.
    await importThroughPicker(page, [fixture('e2e/related-piece-oil.txt')]);
    await expect(page.locator('article[data-reader-article] h1')).toHaveText(
      'النفطُ نقطةُ ضعفِ الصّين في أيِّ حربٍ عسكريّة',
    );
    await expect(importItem(page, 'related-piece-oil.txt').last()).toContainText('موجود في المكتبة من قبل');
  });

  test('a new version of an annotated document replaces it on request, and its highlight follows the text', async ({
    page,
  }) => {
    const original = fixture('e2e/related-piece-oil.txt').buffer.toString('utf8');
    await openReader(page);
    await openLibrary(page);
    await dropFiles(page, [{ name: 'oil.txt', text: original }]);
    await page.getByRole('button', { name: /^افتح «النفط/ }).click();
    // The imported article, not the one it replaces, must be on screen before selecting in it.
    await expect(page.locator('article[data-reader-article] [data-block-id="p-1"]')).toContainText(
      'مضيق ملقا',
    );
    await selectPhrase(page, 'p-1', 'مضيق ملقا');
    await page.locator('article[data-reader-article]').press('h');
    await expect(card(page, 'مضيق ملقا')).toBeVisible();

    // The editor added a paragraph before the highlighted one: the passage moves, the title stays.
    const edited = original.replace('تستورد الصين', 'تحديث: أُضيفت أرقام 2026.\n\nتستورد الصين');
    await dropFiles(page, [{ name: 'oil-2026.txt', text: edited }]);
    const ask = importItem(page, 'oil-2026.txt');
    await expect(ask).toContainText('وعليه تظليل واحد');
    await ask.getByRole('button', { name: 'استبدل' }).click();
    await expect(ask).toContainText('تظليلات وُجد موضعها: 1. تظليلات بلا موضع: 0');
    await expect(page.locator('article[data-reader-article]')).toContainText('تحديث: أُضيفت أرقام 2026.');
    await expect(card(page, 'مضيق ملقا')).toBeVisible();
    await openLibrary(page);
    await expect(page.locator('.library-card')).toHaveCount(2);
  });

  test('an imported document is deleted only after confirming, and undo brings it back with its highlight', async ({
    page,
  }) => {
    await openReader(page);
    await openLibrary(page);
    await importThroughPicker(page, [fixture('e2e/related-piece-oil.txt')]);
    await page.getByRole('button', { name: /^افتح «النفط/ }).click();
    // The imported article, not the one it replaces, must be on screen before selecting in it.
    await expect(page.locator('article[data-reader-article] [data-block-id="p-1"]')).toContainText(
      'مضيق ملقا',
    );
    await selectPhrase(page, 'p-1', 'مضيق ملقا');
    await page.locator('article[data-reader-article]').press('h');
    await expect(card(page, 'مضيق ملقا')).toBeVisible();

    await openLibrary(page);
    const oilCard = page.locator('.library-item').filter({ hasText: 'النفط' });
    await expect(oilCard).toContainText('تظليل واحد');
    // The bundled article offers no delete.
    await expect(page.getByRole('button', { name: /^احذف «ما هي مصالح/ })).toHaveCount(0);
    await oilCard.getByRole('button', { name: /^احذف «/ }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('تظليل واحد');
    await confirm.getByRole('button', { name: 'إلغاء' }).click();
    await expect(page.locator('.library-card')).toHaveCount(2);

    await oilCard.getByRole('button', { name: /^احذف «/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'احذف', exact: true }).click();
    await expect(page.getByText(/^حُذف «النفط/)).toBeVisible();
    await expect(page.locator('.library-card')).toHaveCount(1);
    await page.waitForTimeout(10_500);
    await page.getByRole('button', { name: 'تراجع' }).click();
    await expect(page.locator('.library-card')).toHaveCount(2);
    await page.getByRole('button', { name: /^افتح «النفط/ }).click();
    await expect(card(page, 'مضيق ملقا')).toBeVisible();
  });

  test('highlights and notes in an imported document survive a restart', async ({ baseURL }) => {
    const profile = mkdtempSync(join(tmpdir(), 'hamish-import-'));
    try {
      let { context, page } = await launchProfile(profile, baseURL);
      await page.goto('./');
      await openLibrary(page);
      await importThroughPicker(page, [fixture('e2e/cluttered-news-page.html')]);
      await page.getByRole('button', { name: `افتح «${NEWS_TITLE}»` }).click();
      await selectPhrase(
        page,
        await blockContaining(page, 'وموانئ جافة على الحدود'),
        'موانئ جافة على الحدود',
      );
      await page.locator('article[data-reader-article]').press('n');
      await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
      await page.keyboard.type('قارن بخط كازاخستان');
      await page.getByRole('button', { name: 'أغلق المحرر' }).click();
      await expect(card(page, 'موانئ جافة على الحدود')).toContainText('قارن بخط كازاخستان');
      await expect(page.getByText('محفوظ')).toBeVisible();
      await openLibrary(page);
      await expect(page.getByRole('button', { name: `افتح «${NEWS_TITLE}»` })).toContainText('ملاحظة واحدة');
      await context.close();

      ({ context, page } = await launchProfile(profile, baseURL));
      await page.goto('./');
      await openLibrary(page);
      const libraryCard = page.getByRole('button', { name: `افتح «${NEWS_TITLE}»` });
      await expect(libraryCard).toContainText('ملاحظة واحدة');
      await libraryCard.click();
      await expect(card(page, 'موانئ جافة على الحدود')).toContainText('قارن بخط كازاخستان');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
});

test.describe('importing big files', () => {
  test('a 5 MB text file imports with a progress bar while the reader keeps working', async ({ page }) => {
    await openReader(page);
    // The seed article's paragraphs, repeated to 5 MB of UTF-8, with a title of its own.
    await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('article[data-reader-article] p[data-block-id]')].map(
        (p) => p.textContent ?? '',
      );
      const parts = ['ملف كبير للتجربة'];
      let bytes = 0;
      const encoder = new TextEncoder();
      for (let index = 0; bytes < 5 * 1024 * 1024; index += 1) {
        const paragraph = `${paragraphs[index % paragraphs.length]} (${index})`;
        parts.push(paragraph);
        bytes += encoder.encode(paragraph).length + 2;
      }
      const transfer = new DataTransfer();
      transfer.items.add(new File([parts.join('\n\n')], 'big-notes.txt'));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    });
    const item = importItem(page, 'big-notes.txt');
    await expect(item.getByRole('progressbar')).toBeVisible();
    // While it imports, the reader still highlights.
    await selectPhrase(page, 'p-11', 'مشروع يورانيوم كبير');
    await page.locator('article[data-reader-article]').press('h');
    await expect(card(page, 'مشروع يورانيوم كبير')).toBeVisible();
    await expect(item.getByRole('progressbar')).toBeVisible();
    await expect(item).toContainText('أُضيف إلى المكتبة', { timeout: 60_000 });
    await item.getByRole('button', { name: 'افتح' }).click();
    await expect(page.locator('article[data-reader-article] h1')).toHaveText('ملف كبير للتجربة', {
      timeout: 15_000,
    });
  });
});

test('screenshots: the library with several documents and an imported web page, light and dark', async ({
  page,
}) => {
  await openReader(page);
  await openLibrary(page);
  await importThroughPicker(page, [
    fixture('e2e/cluttered-news-page.html'),
    fixture('e2e/kazakhstan-note.windows-1256.txt'),
    fixture('e2e/reading-guide.md'),
    fixture('e2e/related-piece-oil.txt'),
    fixture('web/ibn-battuta-windows-1256.html'),
  ]);
  await expect(importPanel(page).getByRole('status')).toHaveText('5 من 5');
  await expect(page.locator('.library-card')).toHaveCount(6);
  await screenshot(page, 'library-ar-light');
  await page.getByRole('button', { name: 'أخفِ ما انتهى' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('searchbox', { name: 'ابحث في العناوين والمصادر' }).fill('كازاخستان');
  await screenshot(page, 'library-search-ar-dark');
  await page.getByRole('searchbox', { name: 'ابحث في العناوين والمصادر' }).fill('');
  await page.getByRole('button', { name: `افتح «${NEWS_TITLE}»` }).click();
  await expect(page.locator('article[data-reader-article] h1')).toHaveText(NEWS_TITLE);
  await screenshot(page, 'import-web-page-ar-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await openLibrary(page);
  await page.getByRole('button', { name: 'افتح «دليل قراءة الوحدة الثالثة»' }).click();
  await screenshot(page, 'import-markdown-ar-light');
});
