import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, selectPhrase } from './annotations-helpers';

const TITLE = 'ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟';
const QUOTE = 'شركة Cameco التي';
const SHOTS = 'test-results/screenshots';

async function copyQuote(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectPhrase(page, 'p-11', QUOTE);
  await page.getByRole('button', { name: 'انسخ الاقتباس' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The margin's actions (export, print, …) sit behind its "Actions" disclosure. */
async function openActions(page: Page): Promise<void> {
  const actions = page.getByRole('button', { name: 'إجراءات' });
  if ((await actions.getAttribute('aria-expanded')) !== 'true') await actions.click();
}

async function chooseCitationFormat(page: Page, label: string): Promise<void> {
  await openActions(page);
  await page.getByRole('button', { name: 'تصدير' }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير الملاحظات إلى Markdown' });
  await dialog.getByLabel('صيغة «انسخ الاقتباس»').selectOption({ label });
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
}

/** A PDF page as PNG for looking at, when poppler's pdftoppm is installed. */
function pdfToPng(pdf: string, name: string): void {
  if (!existsSync('/usr/bin/pdftoppm')) return;
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, `${SHOTS}/${name}`]);
}

test.describe('citations and print', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReader(page);
  });

  test('copy quote puts the quote with title, source and date on the clipboard, in the chosen format', async ({
    page,
  }) => {
    expect(await copyQuote(page)).toBe(`«${QUOTE}»\n${TITLE} — مجلة أمناي، نُشر في 2022-01\n`);

    await chooseCitationFormat(page, 'Markdown');
    expect(await copyQuote(page)).toBe(
      `<div dir="rtl">\n\n> «${QUOTE}»\n\n— ${TITLE} — مجلة أمناي، نُشر في 2022-01\n\n</div>\n`,
    );

    await chooseCitationFormat(page, 'BibTeX');
    const bibtex = await copyQuote(page);
    expect(bibtex).toMatch(/^@article\{china_interests_kazakhstan_2022,\n/);
    expect(bibtex).toContain(`  title = {${TITLE}},\n  journal = {مجلة أمناي},\n  date = {2022-01},\n`);
    expect(bibtex).toContain(`  note = {«${QUOTE}»}\n}`);

    // The choice is a setting: it holds after a reload.
    await page.reload();
    await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
    expect(await copyQuote(page)).toMatch(/^@article\{/);
  });

  test('the export signs with the chosen name and adds browser links only when asked', async ({ page }) => {
    await selectPhrase(page, 'p-11', QUOTE);
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(1);

    await openActions(page);
    await page.getByRole('button', { name: 'تصدير' }).click();
    const dialog = page.getByRole('dialog', { name: 'تصدير الملاحظات إلى Markdown' });
    const browserLinks = dialog.getByRole('checkbox', { name: /روابط نسخة المتصفح/ });
    await expect(browserLinks).not.toBeChecked();
    await dialog.getByRole('textbox', { name: /اسمك في رأس الملف/ }).fill('منى');
    await browserLinks.check();
    await screenshot(page, 'export-dialog-citations-ar');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'احفظ الملف' }).click();
    const markdown = readFileSync((await (await download).path())!, 'utf8');
    expect(markdown).toContain('reader: "منى"');
    expect(markdown).toMatch(
      /\(http:\/\/127\.0\.0\.1:4317\/#doc=china-interests-kazakhstan-2022&annotation=/,
    );
    expect(markdown).toMatch(/\(hamish:\/\/open\/china-interests-kazakhstan-2022\?annotation=/);
  });

  test('a Latin tag chip keeps its # on the left inside the right-to-left margin', async ({ page }) => {
    await selectPhrase(page, 'p-11', QUOTE);
    await page.getByRole('button', { name: 'ظلّل بالأزرق' }).click();
    const cameco = card(page, QUOTE);
    await cameco.getByRole('button', { name: 'حرّر' }).click();
    await cameco.getByLabel('أضف وسمًا').fill('uranium');
    await cameco.getByLabel('أضف وسمًا').press('Enter');
    await cameco.getByRole('button', { name: 'أغلق المحرر' }).click();
    const chip = cameco.locator('.tag-chip bdi');
    await expect(chip).toHaveText('#uranium');
    const [hash, word] = await chip.evaluate((bdi) => {
      const range = document.createRange();
      const text =
        bdi.firstChild?.nodeType === Node.TEXT_NODE ? bdi.firstChild : bdi.querySelector('*')!.firstChild!;
      range.setStart(text!, 0);
      range.setEnd(text!, 1);
      const hashBox = range.getBoundingClientRect();
      range.setStart(text!, 1);
      range.setEnd(text!, 2);
      return [hashBox.left, range.getBoundingClientRect().left];
    });
    expect(hash).toBeLessThan(word);
  });

  test('print: options dialog, Ctrl+P, no app chrome on paper, marks, notes and legend', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.reload();
    await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
    await selectPhrase(page, 'p-11', QUOTE);
    await page.locator('article[data-reader-article]').press('n');
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await page.keyboard.type('منتج كندي لليورانيوم');
    await card(page, QUOTE).getByRole('button', { name: 'أغلق المحرر' }).click();
    await selectPhrase(page, 'p-2', '“ثورة ملونة”');
    await page.getByRole('button', { name: 'ظلّل بالوردي' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(2);
    await expect(page.getByText('محفوظ')).toBeVisible();

    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display);
    // A print started elsewhere (the browser's menu) prints the live article without the app around it.
    await page.emulateMedia({ media: 'print' });
    expect(await display('.app-header')).toBe('none');
    expect(await display('#margin')).toBe('none');
    expect(await display('article[data-reader-article]')).toBe('block');
    await page.emulateMedia({ media: 'screen' });

    await openActions(page);
    await expect(page.getByRole('button', { name: 'اطبع / احفظ PDF' })).toBeVisible();
    await page.locator('article[data-reader-article]').focus();
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'الطباعة والحفظ بصيغة PDF' });
    await expect(dialog).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshot(page, 'print-dialog-ar');

    expect(await display('.print-copy')).toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await display('.app-header')).toBe('none');
    expect(await display('#margin')).toBe('none');
    expect(await display('#root')).toBe('none');
    expect(await display('dialog[open]')).toBe('none');
    expect(await display('.print-copy')).toBe('block');
    const copy = page.locator('.print-copy');
    await expect(copy.locator('h1')).toHaveText(TITLE);
    await expect(copy.locator('.byline')).toContainText('مجلة أمناي');
    await expect(copy.locator('.print-article mark.print-mark-yellow')).toHaveText(QUOTE);
    await expect(copy.locator('.print-article mark.print-mark-pink')).toHaveText('“ثورة ملونة”');
    await expect(copy.locator('.print-note-ref')).toHaveText(['1']);
    await expect(copy.locator('.print-footnotes li')).toHaveCount(1);
    await expect(copy.locator('.print-footnotes li')).toContainText('منتج كندي لليورانيوم');
    await expect(copy.locator('.print-legend li')).toHaveText([/أصفر/, /وردي/]);
    expect(
      await copy
        .locator('.print-article mark.print-mark-yellow')
        .evaluate((m) => getComputedStyle(m).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');

    mkdirSync(SHOTS, { recursive: true });
    await page.pdf({ path: `${SHOTS}/print-footnotes.pdf`, printBackground: false });
    pdfToPng(`${SHOTS}/print-footnotes.pdf`, 'print-footnotes');

    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('radio', { name: 'ملاحظات في الهامش بجانب فقراتها' }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(copy.locator('.print-footnotes')).toHaveCount(0);
    await expect(copy.locator('.print-margin-note')).toContainText('منتج كندي لليورانيوم');
    expect(await display('.print-margin-note')).toBe('block');
    await page.pdf({ path: `${SHOTS}/print-margin.pdf`, printBackground: false });
    pdfToPng(`${SHOTS}/print-margin.pdf`, 'print-margin');

    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('button', { name: 'اطبع أو احفظ PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(page.locator('.print-copy')).toHaveCount(0);
  });
});
