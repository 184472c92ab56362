import { expect, openReader, screenshot, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';
import { storedAnnotation } from '../support/stored-annotation';

test.describe('highlights and margin notes', () => {
  test('a selection becomes a coloured highlight painted on exactly its words, listed in the margin', async ({
    page,
  }) => {
    await openReader(page);
    await selectPhrase(page, 'p-1', 'الزعيم الصيني نظيره الكازاخستاني');
    await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
    await expect.poll(() => paintedTexts(page, 'green')).toEqual(['الزعيم الصيني نظيره الكازاخستاني']);
    await expect(card(page, 'الزعيم الصيني نظيره الكازاخستاني')).toBeVisible();
    await expect(page.getByTestId('announcer')).toContainText('أُنشئ تظليل');
    // No element was inserted into the article: every block still holds one text node.
    const childCounts = await page.$$eval('article [data-block-id]', (blocks) =>
      blocks.map((b) => b.childNodes.length),
    );
    expect(new Set(childCounts)).toEqual(new Set([1]));
  });

  test('a mouse drag across Arabic with Latin words and digits highlights what was dragged', async ({
    page,
  }) => {
    await openReader(page);
    const paragraph = page.locator('[data-block-id="p-13"]');
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    // RTL: the line starts at the right edge.
    await page.mouse.move(box.x + box.width - 2, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + 12, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => document.getSelection()!.toString());
    expect(selected.length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'ظلّل بالأزرق' }).click();
    await expect.poll(() => paintedTexts(page, 'blue')).toEqual([selected.trim()]);
  });

  test('keyboard alone: caret into the article, Shift+arrows across paragraphs, H highlights', async ({
    page,
  }) => {
    await openReader(page);
    await page.locator('article[data-reader-article]').focus();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    const selected = await page.evaluate(() => document.getSelection()!.toString());
    expect(selected).toContain('\n');
    await expect(page.getByRole('toolbar', { name: 'أدوات التظليل' })).toBeVisible();
    await page.keyboard.press('h');
    // Painted one range per block, never over the byline between them; together they are the selection's words.
    await expect.poll(async () => (await paintedTexts(page, 'yellow')).length).toBeGreaterThan(1);
    const painted = await paintedTexts(page, 'yellow');
    expect(painted.join(' ').replace(/\s+/g, ' ')).toBe(selected.trim().replace(/\s+/g, ' '));
  });

  test('Tab reaches the toolbar from a keyboard selection, and arrows walk its buttons', async ({ page }) => {
    await openReader(page);
    await page.locator('article[data-reader-article]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await expect(page.getByRole('toolbar', { name: 'أدوات التظليل' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'ظلّل بالأصفر' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: 'ظلّل بالأخضر' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await paintedTexts(page, 'green')).length).toBe(1);
  });

  test('a whitespace-only selection shows no toolbar and creates nothing', async ({ page }) => {
    await openReader(page);
    await page.evaluate(() => {
      const text = document.querySelector('[data-block-id="p-1"]')!.firstChild as Text;
      const space = text.data.indexOf(' ');
      const range = document.createRange();
      range.setStart(text, space);
      range.setEnd(text, space + 1);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.waitForTimeout(200);
    await expect(page.getByRole('toolbar', { name: 'أدوات التظليل' })).toHaveCount(0);
    await page.locator('article[data-reader-article]').press('h');
    await expect(page.locator('.annotation-card')).toHaveCount(0);
  });

  test('add note: N opens the editor, the note autosaves and shows in the margin', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-4', 'شراكة اقتصادية مهمة');
    await page.locator('article[data-reader-article]').press('n');
    const editor = page.getByRole('textbox', { name: /ملاحظة على/ });
    await expect(editor).toBeFocused();
    await page.keyboard.type('مصدر الغاز: ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('خمس الواردات');
    const storedNotes = () =>
      page.evaluate(async () => {
        const request = indexedDB.open('hamish');
        const db: IDBDatabase = await new Promise(
          (resolve) => (request.onsuccess = () => resolve(request.result)),
        );
        const all: Array<{ note: { markdown: string } }> = await new Promise((resolve) => {
          const get = db.transaction('annotations').objectStore('annotations').getAll();
          get.onsuccess = () => resolve(get.result);
        });
        return all.map((a) => a.note.markdown);
      });
    await expect.poll(storedNotes).toEqual(['مصدر الغاز: **خمس الواردات**']);
    await expect(page.getByText('محفوظ')).toBeVisible();
    await page.getByRole('button', { name: 'أغلق المحرر' }).click();
    await expect(card(page, 'شراكة اقتصادية مهمة')).toContainText('مصدر الغاز: خمس الواردات');
  });

  test('delete can be undone with the toast and with Ctrl+Z', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-2', 'ثورة ملونة');
    await page.getByRole('button', { name: 'ظلّل بالوردي' }).click();
    const item = card(page, 'ثورة ملونة');
    await item.getByRole('button', { name: 'احذف' }).click();
    await expect(item).toHaveCount(0);
    await expect(page.getByTestId('announcer')).toContainText('حُذف تظليل واحد');
    await expect.poll(() => paintedTexts(page, 'pink')).toEqual([]);
    await page.getByRole('button', { name: /تراجع/ }).click();
    await expect(item).toBeVisible();
    await expect.poll(() => paintedTexts(page, 'pink')).toEqual(['ثورة ملونة']);

    await item.focus();
    await page.keyboard.press('Delete');
    await expect(item).toHaveCount(0);
    // The only card is gone: focus waits on the margin's title, not on the page.
    await expect(page.getByRole('heading', { name: 'الهامش' })).toBeFocused();
    await page.locator('body').press('Control+z');
    await expect(item).toBeVisible();
  });

  test('clicking highlighted text opens it; overlapping highlights offer a choice', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-3', 'يراقب الأحداث في أراضي جاره');
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
    await selectPhrase(page, 'p-3', 'الأحداث في أراضي');
    await page.getByRole('button', { name: 'ظلّل بالبنفسجي' }).click();
    await selectPhrase(page, 'p-3', 'الغني بالطاقة');
    await page.getByRole('button', { name: 'ظلّل بالأزرق' }).click();
    await page.evaluate(() => document.getSelection()!.removeAllRanges());

    const pointAt = (phrase: string) =>
      page.evaluate((phrase) => {
        const text = document.querySelector('[data-block-id="p-3"]')!.firstChild as Text;
        const start = text.data.indexOf(phrase);
        const range = document.createRange();
        range.setStart(text, start + 1);
        range.setEnd(text, start + 2);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, phrase);

    const single = await pointAt('الغني');
    await page.mouse.click(single.x, single.y);
    await expect(card(page, 'الغني بالطاقة')).toHaveClass(/is-active/);

    const overlap = await pointAt('أراضي');
    await page.mouse.click(overlap.x, overlap.y);
    const menu = page.getByRole('menu', { name: 'اختر تظليلًا' });
    await expect(menu.getByRole('menuitem')).toHaveCount(2);
    await menu.getByRole('menuitem', { name: 'يراقب الأحداث في أراضي جاره' }).click();
    await expect(card(page, 'يراقب الأحداث في أراضي جاره')).toHaveClass(/is-active/);
  });

  test('tags, colour meanings, filters and Arabic-aware search in the margin', async ({ page }) => {
    await openReader(page);
    await page.getByRole('button', { name: 'معاني الألوان' }).click();
    await page.getByRole('button', { name: 'عدّل معاني الألوان' }).click();
    await page.getByLabel('معنى اللون أخضر').fill('دليل');
    await page.getByRole('button', { name: 'تم' }).click();
    await page.getByRole('button', { name: 'المرشّحات', exact: true }).click();
    await expect(page.getByRole('button', { name: 'دليل' })).toBeVisible();

    await selectPhrase(page, 'p-11', 'شركة Cameco التي');
    await expect(page.getByRole('button', { name: 'ظلّل بالأخضر: دليل' })).toBeVisible();
    await page.getByRole('button', { name: 'ظلّل بالأخضر: دليل' }).click();
    await selectPhrase(page, 'p-12', 'حركة الشحن');
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();

    const cameco = card(page, 'Cameco');
    await cameco.getByRole('button', { name: 'حرّر' }).click();
    const tagInput = cameco.getByLabel('أضف وسمًا');
    await tagInput.fill('يورانيوم كندا');
    await tagInput.press('Enter');
    await expect(cameco.getByText('#يورانيوم كندا')).toBeVisible();
    await cameco.getByRole('button', { name: 'أغلق المحرر' }).click();

    await page.getByLabel('رشّح حسب الوسم').selectOption('يورانيوم كندا');
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await page.getByLabel('رشّح حسب الوسم').selectOption('');
    await expect(page.locator('.annotation-card')).toHaveCount(2);

    await page.getByRole('button', { name: 'دليل' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await page.getByRole('button', { name: 'دليل' }).click();

    // Typed without hamza and with tatweel, the search still finds "حركة الشحن".
    await page.getByLabel('ابحث في الاقتباسات والملاحظات').fill('حركـة الشحن');
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await expect(card(page, 'حركة الشحن')).toBeVisible();
    await page.getByLabel('ابحث في الاقتباسات والملاحظات').fill('CAMECO');
    await expect(card(page, 'Cameco')).toBeVisible();
  });

  test('Enter on a margin card moves the caret to its passage', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-20', 'لعبة طويلة المدى');
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const item = card(page, 'لعبة طويلة المدى');
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
    await expect(item).toHaveClass(/is-active/);
    await expect(page.locator('[data-block-id="p-20"]')).toBeInViewport();
  });

  test('an annotation whose text is gone is listed as an orphan, not deleted', async ({ page }) => {
    await openReader(page);
    const orphan = storedAnnotation(
      '0b7c1f2e-0000-4000-8000-000000000001',
      'china-interests-kazakhstan-2022',
      10,
      {
        target: {
          source: 'china-interests-kazakhstan-2022@old',
          selector: [
            { type: 'TextQuoteSelector', exact: 'جملة حذفها المحرر من المقال لاحقًا', prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 10, end: 44 },
          ],
        },
        color: 'blue',
        note: { editorState: null, text: 'ملاحظة قديمة', markdown: 'ملاحظة قديمة' },
        created: '2025-01-01T00:00:00.000Z',
        modified: '2025-01-01T00:00:00.000Z',
      },
    );
    await page.evaluate(async (record) => {
      const request = indexedDB.open('hamish');
      const db: IDBDatabase = await new Promise(
        (resolve) => (request.onsuccess = () => resolve(request.result)),
      );
      await new Promise<void>((resolve) => {
        const tx = db.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put(record);
        tx.oncomplete = () => resolve();
      });
      db.close();
    }, orphan);
    // Written behind Dexie's back, as an older version of the app would have left it.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'تظليلات يتيمة' })).toBeVisible();
    await expect(card(page, 'جملة حذفها المحرر')).toBeVisible();
    expect(await paintedTexts(page, 'blue')).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['ar', 'en'] as const) {
      test(`screenshot: highlights of several colours and notes (${language}, ${scheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openReader(page, language);
        const colour = (ar: string, en: string) => (language === 'ar' ? `ظلّل بال${ar}` : `Highlight ${en}`);
        await selectPhrase(page, 'p-1', 'على إخماد الاضطرابات');
        await page.getByRole('button', { name: colour('أصفر', 'yellow') }).click();
        await selectPhrase(page, 'p-2', 'في 7 يناير');
        await page.getByRole('button', { name: colour('أخضر', 'green') }).click();
        await selectPhrase(page, 'p-2', 'وسائل الإعلام الحكومية الصينية');
        await page.getByRole('button', { name: colour('أزرق', 'blue') }).click();
        await selectPhrase(page, 'p-3', 'خطرا على كل من الصين وروسيا');
        await page.getByRole('button', { name: colour('وردي', 'pink') }).click();
        await selectPhrase(page, 'p-2', 'ثورة ملونة');
        await page.locator('article[data-reader-article]').press('n');
        await expect(page.getByRole('textbox', { name: /ملاحظة على|Note on/ })).toBeFocused();
        await page.keyboard.type('مصطلح روسي وصيني لاحتجاجات 2004 و2014 (color revolution).');
        await page.getByRole('button', { name: language === 'ar' ? 'أغلق المحرر' : 'Close editor' }).click();
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
          document.querySelector('.margin-scroll')?.scrollTo(0, 0);
        });
        await screenshot(page, `annotations-${language}-${scheme}`);
      });
    }
  }
});

test.describe('a narrow window', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('keeps the margin in a sheet that opens from its button, for a new note, and closes with Esc', async ({
    page,
  }) => {
    await openReader(page);
    const margin = page.getByRole('complementary', { name: 'الهامش' });
    await expect(margin).toBeHidden();
    await page.getByRole('button', { name: 'الهامش', exact: true }).click();
    await expect(margin).toBeVisible();
    await margin.getByRole('button', { name: 'أغلق الهامش' }).click();
    await expect(margin).toBeHidden();

    await selectPhrase(page, 'p-5', 'مبادرة الحزام والطريق');
    await page.locator('article[data-reader-article]').press('n');
    await expect(margin).toBeVisible();
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(margin.getByRole('button', { name: 'حرّر' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(margin).toBeHidden();
    await expect(page.getByRole('button', { name: 'الهامش (1)' })).toBeVisible();
    await screenshot(page, 'narrow-ar-light');
  });
});
