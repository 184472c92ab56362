import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const IMPORT_FIXTURES = join(__dirname, '../fixtures/import');

export function fixture(path: string): { name: string; mimeType: string; buffer: Buffer } {
  const name = path.split('/').pop()!;
  return { name, mimeType: 'application/octet-stream', buffer: readFileSync(join(IMPORT_FIXTURES, path)) };
}

export async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'المكتبة', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
}

/** Imports through the library's button and the file picker, as a reader does. */
export async function importThroughPicker(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استورد ملفات…' }).click();
  await (await chooser).setFiles(files);
}

/** Drops files on the window, as dragging them from the file manager does. */
export async function dropFiles(
  page: Page,
  files: { name: string; text?: string; bytes?: number[] }[],
): Promise<void> {
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const content = item.bytes ? new Uint8Array(item.bytes) : (item.text ?? '');
      transfer.items.add(new File([content], item.name));
    }
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

export function importPanel(page: Page) {
  return page.getByRole('region', { name: 'استيراد الملفات' });
}

/** The item of the import panel for one file. */
export function importItem(page: Page, name: string) {
  return importPanel(page).getByRole('listitem').filter({ hasText: name });
}

/** Every `window.__xss*` flag a hostile file would have set had any of its code run. */
export function xssFlags(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__xss')));
}

/** The id of the article block holding `phrase`: imported documents are addressed by their text. */
export function blockContaining(page: Page, phrase: string): Promise<string> {
  return page
    .locator('article[data-reader-article] [data-block-id]')
    .filter({ hasText: phrase })
    .first()
    .getAttribute('data-block-id')
    .then((id) => {
      if (!id) throw new Error(`no block holds "${phrase}"`);
      return id;
    });
}
