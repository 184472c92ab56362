import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { card, selectPhrase } from './annotations-helpers';
import { expect, launchProfile, test } from './fixtures';

/**
 * "Nothing typed is ever lost": a word is typed into a note, and 0–50 ms after its last keystroke the
 * browser is closed, the page reloaded or navigated away. Every word of every trial must be in the note
 * when the reader comes back. (A killed renderer is the Electron suite's fault test: headless Chromium's
 * Page.crash takes the whole browser context with it.)
 */
const TRIALS = 20;
const PHRASE = 'مشروع يورانيوم كبير';
const EDITOR = /ملاحظة على/;

/** The note's text as committed to IndexedDB (not as drawn: the preview shortens long notes). */
function storedNote(page: Page, quote: string): Promise<string | null> {
  return page.evaluate(
    (exact) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            const found = (
              request.result as { target: { selector: [{ exact: string }] }; note: { text: string } }[]
            )
              .filter((a) => a.target.selector[0].exact === exact)
              .map((a) => a.note.text);
            open.result.close();
            resolve(found.length === 1 ? found[0]! : `${found.length} annotations: ${found.join(' | ')}`);
          };
        };
      }),
    quote,
  );
}

async function openArticle(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('article[data-reader-article] [data-block-id="p-11"]')).toBeVisible();
}

async function startNote(page: Page): Promise<void> {
  await openArticle(page);
  await selectPhrase(page, 'p-11', PHRASE);
  await page.locator('article[data-reader-article]').press('n');
  await expect(page.getByRole('textbox', { name: EDITOR })).toBeFocused();
}

/** Opens the note's editor again and puts the caret at its end. */
async function reopenNote(page: Page, words: string[]): Promise<void> {
  // The journal replay lands first: the note already holds every earlier word before it is edited again.
  await expect.poll(() => storedNote(page, PHRASE), { timeout: 10_000 }).toBe(words.join(' '));
  await card(page, PHRASE).getByRole('button', { name: 'حرّر' }).click();
  const editor = page.getByRole('textbox', { name: EDITOR });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+End');
}

/** Types trial `i`'s word, then waits 0–50 ms (varied across trials) before the interruption. */
async function typeWord(page: Page, words: string[], i: number): Promise<void> {
  const word = `كلمة${i + 1}`;
  await page.keyboard.type(words.length ? ` ${word}` : word);
  words.push(word);
  await page.waitForTimeout((i * 7) % 51);
}

const within =
  (interrupt: (page: Page) => Promise<void>) =>
  async ({ page }: { page: Page }) => {
    test.setTimeout(180_000);
    const words: string[] = [];
    await startNote(page);
    for (let i = 0; i < TRIALS; i++) {
      if (i > 0) await reopenNote(page, words);
      await typeWord(page, words, i);
      await interrupt(page);
    }
    await page.goto('./');
    await expect.poll(() => storedNote(page, PHRASE), { timeout: 10_000 }).toBe(words.join(' '));
    expect(words).toHaveLength(TRIALS);
    // And the reader sees it: the editor opens on the whole note.
    await card(page, PHRASE).getByRole('button', { name: 'حرّر' }).click();
    await expect(page.getByRole('textbox', { name: EDITOR })).toHaveText(words.join(' '));
  };

test.describe('every character survives an interruption right after the last keystroke', () => {
  test(
    `reloading, ${TRIALS} times`,
    within(async (page) => {
      await page.reload();
      await expect(page.locator('article[data-reader-article] [data-block-id="p-11"]')).toBeVisible();
    }),
  );

  test(
    `navigating away, ${TRIALS} times`,
    within(async (page) => {
      await page.goto('about:blank');
      await openArticle(page);
    }),
  );

  test(`closing the browser, ${TRIALS} times`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    const profile = mkdtempSync(join(tmpdir(), 'hamish-durable-'));
    const launch = () => launchProfile(profile, baseURL);
    try {
      const words: string[] = [];
      let { context, page } = await launch();
      await startNote(page);
      for (let i = 0; i < TRIALS; i++) {
        if (i > 0) {
          ({ context, page } = await launch());
          await openArticle(page);
          await reopenNote(page, words);
        }
        await typeWord(page, words, i);
        await context.close();
      }
      ({ context, page } = await launch());
      await page.goto('./');
      await expect.poll(() => storedNote(page, PHRASE), { timeout: 10_000 }).toBe(words.join(' '));
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
});

test('a long note: the word typed last survives a reload right after it, with every paragraph', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Some 300 paragraphs: the journal keeps such a note in chunks and rewrites only the one typed in.
  const paragraphs = Array.from({ length: 300 }, (_, index) => `فقرة ${index + 1} عن Cameco في 2022.`);
  await startNote(page);
  await page.getByRole('textbox', { name: EDITOR }).evaluate((editor, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, paragraphs.join('\n'));
  await expect.poll(() => storedNote(page, PHRASE), { timeout: 10_000 }).toBe(paragraphs.join('\n\n'));

  const words: string[] = [];
  for (let i = 0; i < 3; i++) {
    // The editor is still open after the paste; after a reload it is opened again.
    if (i > 0) await card(page, PHRASE).getByRole('button', { name: 'حرّر' }).click();
    await expect(page.getByRole('textbox', { name: EDITOR })).toBeFocused();
    await page.keyboard.press('Control+End');
    const word = `كلمة${i + 1}`;
    await page.keyboard.type(word);
    words.push(word);
    await page.reload();
    await expect(page.locator('article[data-reader-article] [data-block-id="p-11"]')).toBeVisible();
    await expect
      .poll(() => storedNote(page, PHRASE), { timeout: 10_000 })
      .toBe([...paragraphs.slice(0, -1), `${paragraphs.at(-1)}${words.join('')}`].join('\n\n'));
  }
});
