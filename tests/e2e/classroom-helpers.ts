import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { selectPhrase } from './annotations-helpers';

export interface SavedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Clicks `button` and returns the file the page saved (the browser edition downloads it). */
export async function savedFile(page: Page, click: () => Promise<void>): Promise<SavedFile> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return {
    name: file.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: await readFile((await file.path())!),
  };
}

export function margin(page: Page) {
  return page.locator('#margin');
}

export async function openMarginTab(page: Page, name: string): Promise<void> {
  await margin(page).getByRole('tab', { name }).click();
  await expect(margin(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Highlights a phrase in a colour through the selection toolbar, as a reader does. */
export async function highlightPhrase(
  page: Page,
  blockId: string,
  phrase: string,
  color: string,
): Promise<void> {
  await selectPhrase(page, blockId, phrase);
  await page
    .getByRole('toolbar', { name: 'أدوات التظليل' })
    .getByRole('button', { name: new RegExp(color) })
    .click();
}

/** Asks a question on a phrase from the selection toolbar and writes its text. */
export async function askQuestion(
  page: Page,
  blockId: string,
  phrase: string,
  prompt: string,
  choices: string[] = [],
): Promise<void> {
  await selectPhrase(page, blockId, phrase);
  const count = await margin(page).locator('.pack-question').count();
  await page.getByRole('toolbar', { name: 'أدوات التظليل' }).getByRole('button', { name: 'سؤال' }).click();
  const question = margin(page).locator('.pack-question').nth(count);
  await expect(question).toBeVisible();
  // Questions are numbered in reading order: this test asks them in reading order.
  await question.getByRole('textbox', { name: `نص السؤال ${count + 1}` }).fill(prompt);
  if (choices.length === 0) return;
  await question.getByRole('radio', { name: 'اختيار من متعدد' }).check();
  for (const [index, choice] of choices.entries()) {
    if (index >= 2) await question.getByRole('button', { name: 'أضف خيارًا' }).click();
    await question.getByRole('textbox', { name: `الخيار ${index + 1}` }).fill(choice);
  }
}

/** Opens a file through the library's import button. */
export async function openThroughLibrary(page: Page, files: SavedFile[]): Promise<void> {
  await page.getByRole('button', { name: 'المكتبة', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استورد ملفات…' }).click();
  await (await chooser).setFiles(files);
}

/** Adds a reader profile through the reading settings' Readers dialog and makes them the current reader. */
export async function addAndPickReader(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'القرّاء على هذا الجهاز' });
  if (!(await dialog.isVisible())) {
    await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
    await page.getByRole('button', { name: 'القرّاء…' }).click();
  }
  await dialog.getByRole('textbox', { name: 'اسم قارئ جديد' }).fill(name);
  await dialog.getByRole('button', { name: 'أضف قارئًا' }).click();
  await dialog.getByRole('radio', { name }).check();
  await expect(dialog.getByRole('status')).toHaveText(`يقرأ الآن: ${name}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** A student answers the pack's free-text questions they are given and picks a choice, then exports. */
export async function answerAndExport(
  page: Page,
  answers: { text?: Record<number, string>; choice?: Record<number, string>; name?: string },
): Promise<SavedFile> {
  await openMarginTab(page, 'حزمة القراءة');
  const questions = margin(page).locator('.student-question');
  for (const [index, text] of Object.entries(answers.text ?? {})) {
    const question = questions.nth(Number(index));
    await question.getByRole('button', { name: 'اكتب إجابتك' }).click();
    await expect(
      question.getByRole('textbox', { name: `إجابتك عن السؤال ${Number(index) + 1}` }),
    ).toBeFocused();
    await page.keyboard.type(text);
    await question.getByRole('button', { name: 'تمّ' }).click();
  }
  for (const [index, choice] of Object.entries(answers.choice ?? {})) {
    await questions.nth(Number(index)).getByRole('radio', { name: choice }).click();
    await expect(questions.nth(Number(index)).getByRole('radio', { name: choice })).toBeChecked();
  }
  if (answers.name) await margin(page).getByRole('textbox', { name: 'اسمك' }).fill(answers.name);
  return savedFile(page, () => margin(page).getByRole('button', { name: 'صدّر إجاباتي…' }).click());
}
