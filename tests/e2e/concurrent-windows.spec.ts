import type { Page } from '@playwright/test';
import { card, selectPhrase } from './annotations-helpers';
import { expect, openReader, test } from './fixtures';

const PHRASE = 'ثورة ملونة';
const EDITOR = /ملاحظة على/;

/** A highlight on the phrase with a first note, committed. */
async function highlightWithNote(page: Page, text: string): Promise<void> {
  await openReader(page);
  await selectPhrase(page, 'p-2', PHRASE);
  await page.locator('article[data-reader-article]').press('n');
  await expect(page.getByRole('textbox', { name: EDITOR })).toBeFocused();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'أغلق المحرر' }).click();
  await expect.poll(() => storedNotes(page)).toEqual([text]);
}

async function openEditor(page: Page): Promise<void> {
  await card(page, PHRASE).first().getByRole('button', { name: 'حرّر' }).click();
  await expect(page.getByRole('textbox', { name: EDITOR })).toBeFocused();
  await page.keyboard.press('Control+End');
}

/** Every stored note of the phrase's annotations, as committed to IndexedDB. */
function storedNotes(page: Page): Promise<string[]> {
  return page.evaluate(
    (exact) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as { target: { selector: [{ exact: string }] }; note: { text: string } }[])
                .filter((a) => a.target.selector[0].exact === exact)
                .map((a) => a.note.text)
                .sort(),
            );
          };
        };
      }),
    PHRASE,
  );
}

test.describe('two tabs, one note', () => {
  test('edits typed in two tabs at once are both kept, and the reader resolves the conflict', async ({
    page: first,
    context,
  }) => {
    await highlightWithNote(first, 'أساس');

    const second = await context.newPage();
    await openReader(second);
    await openEditor(first);
    await openEditor(second);
    // Both tabs type before either save lands: neither may replace the other.
    await first.keyboard.type(' من التبويب الأول');
    await second.keyboard.type(' من التبويب الثاني');
    await first.getByRole('button', { name: 'أغلق المحرر' }).click();
    await second.getByRole('button', { name: 'أغلق المحرر' }).click();

    await expect
      .poll(() => storedNotes(first))
      .toEqual(['أساس من التبويب الأول', 'أساس من التبويب الثاني'].sort());
    // Both tabs show the two versions, the other one marked as a conflict to resolve.
    for (const page of [first, second]) {
      await expect(card(page, PHRASE)).toHaveCount(2);
      await expect(page.getByText('عُدّل هذا التظليل في نافذة أخرى')).toBeVisible();
    }
    await first.getByRole('button', { name: 'اعتمد هذه النسخة' }).click();
    await expect.poll(() => storedNotes(first)).toHaveLength(1);
    await expect(card(second, PHRASE)).toHaveCount(1);
  });

  test('an open editor with nothing unsaved shows what another tab saved', async ({
    page: first,
    context,
  }) => {
    await highlightWithNote(first, 'أول');

    const second = await context.newPage();
    await openReader(second);
    await openEditor(second);
    await openEditor(first);
    await first.keyboard.type(' وإضافة');
    await first.getByRole('button', { name: 'أغلق المحرر' }).click();
    await expect.poll(() => storedNotes(first)).toEqual(['أول وإضافة']);

    await expect(second.getByRole('textbox', { name: EDITOR })).toHaveText('أول وإضافة');
    // And what the second tab types next builds on it, with no conflict.
    await second.getByRole('textbox', { name: EDITOR }).click();
    await second.keyboard.press('Control+End');
    await second.keyboard.type(' ثالثة');
    await second.getByRole('button', { name: 'أغلق المحرر' }).click();
    await expect.poll(() => storedNotes(first)).toEqual(['أول وإضافة ثالثة']);
  });
});
