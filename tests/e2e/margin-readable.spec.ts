import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, selectPhrase } from './annotations-helpers';

/** Seven highlights over five paragraphs, keyed by the digit that gives each its colour. */
const HIGHLIGHTS = [
  { block: 'p-1', phrase: 'الزعيم الصيني نظيره الكازاخستاني', key: '1' },
  { block: 'p-2', phrase: 'وسائل الإعلام الحكومية الصينية', key: '1' },
  { block: 'p-3', phrase: 'الغني بالطاقة', key: '2' },
  { block: 'p-4', phrase: 'شراكة اقتصادية مهمة', key: '3' },
  { block: 'p-5', phrase: 'مبادرة الحزام والطريق', key: '3' },
  { block: 'p-11', phrase: 'شركة Cameco التي', key: '4' },
  { block: 'p-12', phrase: 'حركة الشحن', key: '5' },
] as const;

async function highlightAll(page: Page): Promise<void> {
  for (const { block, phrase, key } of HIGHLIGHTS) {
    await selectPhrase(page, block, phrase);
    await page.locator('article[data-reader-article]').press(key);
    await expect(card(page, phrase)).toHaveCount(1);
  }
}

type Json = Record<string, unknown>;
const text = (words: string, format = 0): Json => ({ type: 'text', text: words, format, version: 1 });
const paragraph = (...children: Json[]): Json => ({ type: 'paragraph', children, version: 1 });
const FILLER = Array.from({ length: 12 }, (_, index) =>
  paragraph(text(`فقرة ${index + 1}: تعليق يطول ليملأ الهامش بالكلمات ويختبر طي الملاحظة.`)),
);

/** A long note as the note editor stores it: heading, formats, both directions, a list, a quote. */
const RICH_NOTE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'heading', tag: 'h3', children: [text('خلاصة القراءة')], version: 1 },
      paragraph(
        text('الشركة '),
        text('مصدر مهم', 1),
        text(' ونقطة '),
        text('مائلة', 2),
        text(' و'),
        text('قديمة', 4),
      ),
      paragraph(text('Uranium supply: 40% of world output, see https://example.org/cameco')),
      {
        type: 'list',
        listType: 'bullet',
        start: 1,
        version: 1,
        children: ['الغاز', 'اليورانيوم', 'oil'].map((item) => ({
          type: 'listitem',
          children: [text(item)],
          version: 1,
        })),
      },
      { type: 'quote', children: [text('من يملك الطاقة يملك القرار')], version: 1 },
      ...FILLER,
      paragraph(text('الخاتمة الأخيرة')),
    ],
  },
});
const RICH_TEXT = 'خلاصة القراءة\nالشركة مصدر مهم ونقطة مائلة وقديمة\nUranium supply\nالخاتمة الأخيرة';

/** Writes the rich note onto the Cameco highlight behind the app's back, then reloads. */
async function giveCamecoRichNote(page: Page): Promise<void> {
  const id = await card(page, 'شركة Cameco التي').getAttribute('data-annotation-id');
  await page.evaluate(
    async ({ id, editorState, text }) => {
      const request = indexedDB.open('hamish');
      const db: IDBDatabase = await new Promise(
        (resolve) => (request.onsuccess = () => resolve(request.result)),
      );
      await new Promise<void>((resolve) => {
        const store = db.transaction('annotations', 'readwrite').objectStore('annotations');
        const get = store.get(id!);
        get.onsuccess = () => {
          const record = get.result;
          record.note = { editorState, text, markdown: text };
          record.modified = new Date().toISOString();
          store.put(record).onsuccess = () => resolve();
        };
      });
      db.close();
    },
    { id, editorState: RICH_NOTE, text: RICH_TEXT },
  );
  await page.reload();
  await expect(card(page, 'شركة Cameco التي')).toContainText('خلاصة القراءة');
}

async function setMeaning(page: Page, colorLabel: string, meaning: string): Promise<void> {
  await page.getByRole('button', { name: 'معاني الألوان', exact: true }).click();
  await page.getByRole('button', { name: 'عدّل معاني الألوان' }).click();
  await page.getByLabel(colorLabel).fill(meaning);
  await page.getByRole('button', { name: 'تم' }).click();
}

const search = (page: Page) => page.getByLabel('ابحث في الاقتباسات والملاحظات');
const cards = (page: Page) => page.locator('.annotation-card');
const marks = (page: Page) => page.locator('.annotation-card mark').allTextContents();

test.describe('a margin you can read', () => {
  test('a long rich note shows whole, formatted, each paragraph in its own direction, folding past 12 lines', async ({
    page,
  }) => {
    await openReader(page);
    await highlightAll(page);
    await giveCamecoRichNote(page);
    const cameco = card(page, 'شركة Cameco التي');
    const note = cameco.locator('.note-view');
    await expect(note.getByRole('heading', { name: 'خلاصة القراءة' })).toBeVisible();
    await expect(note.locator('strong')).toHaveText('مصدر مهم');
    await expect(note.locator('em')).toHaveText('مائلة');
    await expect(note.locator('s')).toHaveText('قديمة');
    await expect(note.locator('ul > li')).toHaveText(['الغاز', 'اليورانيوم', 'oil']);
    await expect(note.locator('blockquote')).toHaveText('من يملك الطاقة يملك القرار');
    // The URL is words, not a link.
    await expect(note).toContainText('https://example.org/cameco');
    await expect(note.locator('a')).toHaveCount(0);
    const direction = (words: string) =>
      note.locator('p', { hasText: words }).evaluate((element) => getComputedStyle(element).direction);
    expect(await direction('Uranium supply')).toBe('ltr');
    expect(await direction('ونقطة')).toBe('rtl');

    // Folded: the last words are below the fold until "show more".
    const last = note.locator('p', { hasText: 'الخاتمة الأخيرة' });
    const hidden = async () => {
      const [noteBox, lastBox] = [(await note.boundingBox())!, (await last.boundingBox())!];
      return lastBox.y >= noteBox.y + noteBox.height;
    };
    expect(await hidden()).toBe(true);
    const more = cameco.getByRole('button', { name: 'اعرض المزيد' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    const less = cameco.getByRole('button', { name: 'اعرض أقل' });
    await expect(less).toHaveAttribute('aria-expanded', 'true');
    expect(await hidden()).toBe(false);
    await less.click();
    expect(await hidden()).toBe(true);

    // A short note has no "show more".
    await expect(card(page, 'حركة الشحن').getByRole('button', { name: 'اعرض المزيد' })).toHaveCount(0);
  });

  test('filters say "2 of 7", a pressed chip looks pressed, and "clear filters" brings all back', async ({
    page,
  }) => {
    await openReader(page);
    await highlightAll(page);
    await expect(page.locator('.margin-count')).toHaveText('7 تظليلات');
    await expect(page.getByRole('button', { name: 'امسح المرشّحات' })).toHaveCount(0);

    const filters = page.getByRole('button', { name: /^المرشّحات/ });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    const blue = page.getByRole('group', { name: 'رشّح حسب اللون' }).getByRole('button', { name: 'أزرق' });
    const look = () =>
      blue.evaluate((element) => {
        const style = getComputedStyle(element);
        return { border: style.borderTopWidth, background: style.backgroundColor };
      });
    const unpressed = await look();
    await blue.click();
    await expect(blue).toHaveAttribute('aria-pressed', 'true');
    await expect(blue.locator('.chip-check')).toBeVisible();
    const pressed = await look();
    expect(pressed.border).not.toBe(unpressed.border);
    expect(pressed.background).not.toBe(unpressed.background);

    await expect(cards(page)).toHaveCount(2);
    await expect(page.locator('.margin-count')).toHaveText('2 من 7 تظليلات');
    await expect(filters).toHaveAccessibleName('المرشّحات (1)');
    await page.getByRole('button', { name: 'امسح المرشّحات' }).click();
    await expect(cards(page)).toHaveCount(7);
    await expect(blue).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.margin-count')).toHaveText('7 تظليلات');

    // Escape in the open panel closes it and returns to its button.
    await blue.focus();
    await page.keyboard.press('Escape');
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toBeFocused();
  });

  test('search marks the matched words, finds tags written with # and colour meanings', async ({ page }) => {
    await openReader(page);
    await highlightAll(page);

    // Typed without the hamza and with ه for ة: the marks still fall on the words as written.
    await search(page).fill('مبادره');
    await expect(cards(page)).toHaveCount(1);
    expect(await marks(page)).toEqual(['مبادرة']);
    await search(page).fill('الصيني');
    await expect(cards(page)).toHaveCount(2);
    expect(await marks(page)).toEqual(['الصيني', 'الصيني']);
    await expect(page.locator('.margin-count')).toHaveText('2 من 7 تظليلات');
    await page.getByRole('button', { name: 'كلمات كاملة' }).click();
    await expect(cards(page)).toHaveCount(1);
    expect(await marks(page)).toEqual(['الصيني']);
    await page.getByRole('button', { name: 'كلمات كاملة' }).click();

    const energy = card(page, 'الغني بالطاقة');
    await search(page).fill('');
    await energy.getByRole('button', { name: 'حرّر' }).click();
    await energy.getByLabel('أضف وسمًا').fill('طاقة');
    await energy.getByLabel('أضف وسمًا').press('Enter');
    await energy.getByRole('button', { name: 'أغلق المحرر' }).click();
    await search(page).fill('#طاقة');
    await expect(cards(page)).toHaveCount(1);
    await expect(energy.locator('.tag-chip mark')).toHaveText('#طاقة');

    await search(page).fill('');
    await setMeaning(page, 'معنى اللون أزرق', 'ادعاء');
    await search(page).fill('ادعاء');
    await expect(cards(page)).toHaveCount(2);
    await expect(card(page, 'شراكة اقتصادية مهمة')).toBeVisible();
    await expect(card(page, 'مبادرة الحزام والطريق')).toBeVisible();
  });

  test('the margin has no serious or critical accessibility violation, panels open', async ({ page }) => {
    await openReader(page);
    await highlightAll(page);
    await giveCamecoRichNote(page);
    await search(page).fill('الشركة');
    for (const panel of [/^المرشّحات/, /^معاني الألوان$/, /^إجراءات$/]) {
      await page.getByRole('button', { name: panel }).click();
      const axe = await new AxeBuilder({ page }).include('#margin').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
});

test.describe('a narrow window', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('"go to passage" steps the sheet aside: the passage is in sight and the caret at its start', async ({
    page,
  }) => {
    await openReader(page);
    await selectPhrase(page, 'p-20', 'لعبة طويلة المدى');
    await page.locator('article[data-reader-article]').press('1');
    await page.evaluate(() => window.scrollTo(0, 0));
    const margin = page.getByRole('complementary', { name: 'الهامش' });
    await page.getByRole('button', { name: 'الهامش (1)' }).click();
    await expect(margin).toBeVisible();
    // The sheet leaves the top of the article in sight.
    expect((await margin.boundingBox())!.height).toBeLessThanOrEqual(900 * 0.6);
    await screenshot(page, 'margin-sheet-ar-800');

    await card(page, 'لعبة طويلة المدى').getByRole('button', { name: 'لعبة طويلة المدى' }).click();
    await expect(margin).toBeHidden();
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
    const passage = () =>
      page.evaluate(() => {
        const selection = document.getSelection()!;
        const node = selection.anchorNode as Text;
        const range = document.createRange();
        range.setStart(node, selection.anchorOffset);
        range.setEnd(node, selection.anchorOffset + 'لعبة طويلة المدى'.length);
        const rect = range.getBoundingClientRect();
        return { text: range.toString(), top: rect.top, bottom: rect.bottom, height: innerHeight };
      });
    await expect.poll(async () => (await passage()).text).toBe('لعبة طويلة المدى');
    await expect
      .poll(async () => {
        const { top, bottom, height } = await passage();
        return top >= 0 && bottom <= height;
      })
      .toBe(true);
  });

  test('Escape closes the sheet wherever the focus is', async ({ page }) => {
    await openReader(page);
    const margin = page.getByRole('complementary', { name: 'الهامش' });
    await page.getByRole('button', { name: 'الهامش', exact: true }).click();
    await expect(margin).toBeVisible();
    await expect(page.getByRole('button', { name: 'الهامش', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(margin).toBeHidden();
  });
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['ar', 'en'] as const) {
      test(`screenshot: the margin with a long rich note (${language}, ${scheme}, ${size.width})`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await openReader(page, language);
        await highlightAll(page);
        await giveCamecoRichNote(page);
        const searchLabel = language === 'ar' ? 'ابحث في الاقتباسات والملاحظات' : 'Search quotes and notes';
        await page.getByLabel(searchLabel).fill('الشركة');
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        await screenshot(page, `margin-readable-${language}-${scheme}-${size.width}`);
        await page.getByLabel(searchLabel).fill('');
        await page.getByRole('button', { name: language === 'ar' ? /^المرشّحات/ : /^Filters/ }).click();
        await page.getByRole('button', { name: language === 'ar' ? 'أزرق' : 'blue' }).click();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await screenshot(page, `margin-filtered-${language}-${scheme}-${size.width}`);
      });
    }
  }
}
