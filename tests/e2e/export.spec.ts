import { readFileSync } from 'node:fs';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

test.describe('export and backup', () => {
  test.beforeEach(async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-11', 'شركة Cameco التي');
    await page.locator('article[data-reader-article]').press('n');
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await page.keyboard.type('مصدر ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('مهم');
    const cameco = card(page, 'شركة Cameco التي');
    await cameco.getByLabel('أضف وسمًا').fill('طاقة نووية');
    await cameco.getByLabel('أضف وسمًا').press('Enter');
    await cameco.getByRole('button', { name: 'أغلق المحرر' }).click();
    await selectPhrase(page, 'p-2', '“ثورة ملونة”');
    await page.getByRole('button', { name: 'ظلّل بالوردي' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
    await expect(page.getByText('محفوظ')).toBeVisible();
  });

  test('exports the notes to a Markdown file that keeps quotes, notes, tags, direction and links', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'إجراءات' }).click();
    await page.getByRole('button', { name: 'تصدير' }).click();
    const dialog = page.getByRole('dialog', { name: 'تصدير الملاحظات إلى Markdown' });
    await expect(dialog.getByText('سيُصدَّر تظليلان')).toBeVisible();
    await dialog.getByRole('radio', { name: 'التظليلات ذات الملاحظات فقط' }).check();
    await expect(dialog.getByText('سيُصدَّر تظليل واحد')).toBeVisible();
    await dialog.getByRole('radio', { name: 'كل التظليلات' }).check();

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'احفظ الملف' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟.md');
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟"\n/);
    expect(markdown).toContain('publication: "2022-01"');
    expect(markdown).toContain('annotations: 2');
    expect(markdown).toContain('<div dir="rtl">');
    expect(markdown).toContain('> شركة Cameco التي');
    expect(markdown).toContain('> “ثورة ملونة”');
    expect(markdown).toContain('مصدر **مهم**');
    expect(markdown).toContain('#طاقة_نووية');
    expect(markdown).toMatch(
      /\(hamish:\/\/open\/china-interests-kazakhstan-2022\?annotation=[0-9a-f-]{36}&start=\d+&end=\d+\)/,
    );
    expect(markdown).toContain('## امدادات اليورانيوم في خطر');
    // The browser-edition link and the reader's name are written only when the reader asks for them.
    expect(markdown).not.toContain('127.0.0.1');
    expect(markdown).not.toMatch(/^reader:/m);
    // The quote comes before the one further down the article: reading order.
    expect(markdown.indexOf('ثورة ملونة')).toBeLessThan(markdown.indexOf('Cameco'));
  });

  test('a backup survives wiping everything: restore brings every annotation back on the same words', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'إجراءات' }).click();
    await page.getByRole('button', { name: 'نسخ احتياطي' }).click();
    const dialog = page.getByRole('dialog', { name: 'النسخ الاحتياطي والاستعادة' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'احفظ نسخة احتياطية' }).click();
    const backupPath = (await (await download).path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.type).toBe('AnnotationCollection');
    expect(backup.first.items).toHaveLength(2);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();

    await page.getByRole('button', { name: 'احذف كل تظليلات هذا المقال' }).click();
    await page.getByRole('button', { name: 'تأكيد: احذف التظليلين' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(0);
    await expect.poll(() => paintedTexts(page, 'pink')).toEqual([]);

    await page.getByRole('button', { name: 'نسخ احتياطي' }).click();
    await dialog.locator('input[type=file]').setInputFiles(backupPath);
    await expect(dialog.getByText('جديدة: 2')).toBeVisible();
    await dialog.getByRole('button', { name: 'استعد', exact: true }).click();
    await expect(dialog.getByText('استُعيد تظليلان، وحُفظت نسخة مما كان قبلهما')).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'قبل استعادة' })).toHaveCount(1);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();

    await expect(page.locator('.annotation-card')).toHaveCount(2);
    await expect(card(page, 'شركة Cameco التي')).toContainText('مصدر مهم');
    await expect.poll(() => paintedTexts(page, 'pink')).toEqual(['“ثورة ملونة”']);
    await expect.poll(() => paintedTexts(page, 'yellow')).toEqual(['شركة Cameco التي']);
  });

  test('a file that is not a backup is refused with a clear message and nothing changes', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'إجراءات' }).click();
    await page.getByRole('button', { name: 'نسخ احتياطي' }).click();
    const dialog = page.getByRole('dialog', { name: 'النسخ الاحتياطي والاستعادة' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"items": [1, 2'),
    });
    await expect(dialog.getByRole('alert')).toContainText('لم يُستعد شيء، وبياناتك كما هي');
    await expect(dialog.getByRole('alert')).toContainText('الملف مقطوع');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
  });

  test('deleting all annotations of the document can be undone', async ({ page }) => {
    await page.getByRole('button', { name: 'إجراءات' }).click();
    await page.getByRole('button', { name: 'احذف كل تظليلات هذا المقال' }).click();
    await page.getByRole('button', { name: 'تأكيد: احذف التظليلين' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(0);
    await page.getByRole('button', { name: /تراجع/ }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
  });

  test('screenshots: the note editor open in the margin, and the export dialog', async ({ page }) => {
    const cameco = card(page, 'شركة Cameco التي');
    await cameco.getByRole('button', { name: 'حرّر' }).click();
    const editor = cameco.getByRole('textbox', { name: /ملاحظة على/ });
    await expect(editor).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- الغاز');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Uranium: 40% of world supply');
    await expect(cameco.locator('.note-list-item')).toHaveCount(2);
    await screenshot(page, 'note-editor-ar-light');
    await page.getByRole('button', { name: 'إجراءات' }).click();
    await page.getByRole('button', { name: 'تصدير' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await screenshot(page, 'export-dialog-ar-light');
  });

  test('a browser-edition link opens the article at its annotation', async ({ page }) => {
    const id = await card(page, 'شركة Cameco التي').getAttribute('data-annotation-id');
    await page.goto('about:blank');
    await page.goto(`./#doc=china-interests-kazakhstan-2022&annotation=${id}`);
    await expect(card(page, 'شركة Cameco التي')).toHaveClass(/is-active/);
    await expect(page.locator('[data-block-id="p-11"]')).toBeInViewport();
  });
});
