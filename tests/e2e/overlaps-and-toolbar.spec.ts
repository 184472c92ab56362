import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';

type Rgb = [number, number, number];
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TOOLBAR = { name: 'أدوات التظليل' };
/** The translucent fills of highlights.css, to compute what a blend looks like. */
const YELLOW_FILL = { rgb: [250, 204, 21] as Rgb, alpha: { light: 0.4, sepia: 0.4, dark: 0.3 } };
const BLUE_FILL = { rgb: [96, 165, 250] as Rgb, alpha: 0.35 };
const GREEN_FILL = { rgb: [74, 222, 128] as Rgb, alpha: 0.35 };
/** The underlines drawn where colours overlap: the swatch colours. */
const YELLOW_MARK: Rgb = [245, 197, 24];
const BLUE_MARK: Rgb = [74, 144, 226];

const over = (top: Rgb, alpha: number, below: Rgb): Rgb =>
  top.map((channel, i) => channel * alpha + below[i]! * (1 - alpha)) as Rgb;

/** Puts colour meanings straight into the stored settings, then reloads so the reader reads them. */
async function setMeanings(page: Page, meanings: Record<string, string>): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction('settings', 'readwrite');
          write.objectStore('settings').put({ key: 'colorMeanings', value });
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
      }),
    meanings,
  );
  await page.reload();
  await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
}

/** Selects `phrase` in block `blockId` without waiting for the toolbar (it may rightly stay away). */
async function selectQuietly(page: Page, blockId: string, phrase: string): Promise<void> {
  await page.evaluate(
    ({ blockId, phrase }) => {
      const text = document.querySelector(`[data-block-id="${blockId}"]`)!.firstChild as Text;
      const start = text.data.indexOf(phrase);
      if (start < 0) throw new Error(`"${phrase}" not in ${blockId}`);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { blockId, phrase },
  );
}

/** The box around `phrase` in block `blockId`, in client coordinates. */
function phraseBox(page: Page, blockId: string, phrase: string): Promise<Box> {
  return page.evaluate(
    ({ blockId, phrase }) => {
      const text = document.querySelector(`[data-block-id="${blockId}"]`)!.firstChild as Text;
      const start = text.data.indexOf(phrase);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + phrase.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    },
    { blockId, phrase },
  );
}

/** How many pixels of the screenshot of `clip` lie within `tolerance` of each colour in `colors`. */
async function pixelsNear(page: Page, clip: Box, colors: Rgb[], tolerance: number): Promise<number[]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ png, colors, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      return colors.map(([r, g, b]) => {
        let near = 0;
        for (let i = 0; i < data.length; i += 4) {
          const distance = Math.hypot(data[i]! - r, data[i + 1]! - g, data[i + 2]! - b);
          if (distance <= tolerance) near++;
        }
        return near;
      });
    },
    { png, colors, tolerance },
  );
}

test.describe('overlapping highlights keep their colours', () => {
  for (const [theme, language] of [
    ['light', 'ar'],
    ['sepia', 'ar'],
    ['dark', 'ar'],
    ['light', 'en'],
  ] as const) {
    test(`yellow over blue shows yellow and blue, never the green their fills blend into (${theme}, ${language})`, async ({
      page,
    }) => {
      await page.addInitScript((value) => localStorage.setItem('hamish.theme', value), theme);
      await page.setViewportSize({ width: 1366, height: 768 });
      await openReader(page, language);
      const colour = (ar: string, en: string) => (language === 'ar' ? `ظلّل بال${ar}` : `Highlight ${en}`);
      await selectPhrase(page, 'p-3', 'يراقب الأحداث في أراضي');
      await page.getByRole('button', { name: colour('أصفر', 'yellow'), exact: true }).click();
      await selectPhrase(page, 'p-3', 'في أراضي جاره الغني');
      await page.getByRole('button', { name: colour('أزرق', 'blue'), exact: true }).click();
      await page.evaluate(() => document.getSelection()!.removeAllRanges());
      await expect.poll(() => paintedTexts(page, 'overlap')).toEqual(['في أراضي']);
      await page.locator('article[data-reader-article]').focus();
      await page.mouse.move(0, 0);

      const background = await page.evaluate(
        () => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number) as Rgb,
      );
      const yellowFill = over(YELLOW_FILL.rgb, YELLOW_FILL.alpha[theme], background);
      const blueFill = over(BLUE_FILL.rgb, BLUE_FILL.alpha, background);
      const blends = [
        over(BLUE_FILL.rgb, BLUE_FILL.alpha, yellowFill),
        over(YELLOW_FILL.rgb, YELLOW_FILL.alpha[theme], blueFill),
      ];
      const greenFill = over(GREEN_FILL.rgb, GREEN_FILL.alpha, background);

      // The fills on their own are what this test computes from, or the blend it looks for would be wrong.
      const yellowOnly = await phraseBox(page, 'p-3', 'يراقب الأحداث');
      const blueOnly = await phraseBox(page, 'p-3', 'جاره الغني');
      expect((await pixelsNear(page, yellowOnly, [yellowFill], 6))[0]).toBeGreaterThan(100);
      expect((await pixelsNear(page, blueOnly, [blueFill], 6))[0]).toBeGreaterThan(100);

      const overlap = await phraseBox(page, 'p-3', 'في أراضي');
      // Down to the lowest underline under the words.
      const clip = { ...overlap, height: overlap.height + 16 };
      const [yellow, blue] = await pixelsNear(page, clip, [YELLOW_MARK, BLUE_MARK], 30);
      expect(yellow, 'yellow pixels under the overlap').toBeGreaterThan(20);
      expect(blue, 'blue pixels under the overlap').toBeGreaterThan(20);
      const blended = await pixelsNear(page, clip, [...blends, greenFill], 6);
      expect(blended, 'pixels of the blend (or of the green fill) in the overlap').toEqual([0, 0, 0]);

      await screenshot(page, `overlaps-1366-${theme}-${language}`);
      // The picker still offers both where they overlap.
      await page.mouse.click(overlap.x + overlap.width / 2, overlap.y + overlap.height / 2);
      const menu = page.getByRole('menu', { name: language === 'ar' ? 'اختر تظليلًا' : 'Choose a highlight' });
      await expect(menu.getByRole('menuitem')).toHaveCount(2);
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await screenshot(page, `overlaps-1920-${theme}-${language}`);
    });
  }
});

test.describe('the selection toolbar fits its colour meanings', () => {
  const LONG = 'ملاحظات تحتاج إلى مراجعة دقيقة قبل الدرس'; // 40 characters
  const MEANINGS = {
    yellow: 'للنقاش في الصف',
    green: 'مصطلح',
    blue: LONG,
    pink: LONG.replace('الدرس', 'النشر'),
    purple: 'ادعاء',
  };
  for (const { width, height, theme } of [
    { width: 1366, height: 768, theme: 'light' },
    { width: 1366, height: 768, theme: 'dark' },
    { width: 800, height: 700, theme: 'light' },
  ]) {
    test(`long meanings neither collide nor leave the viewport at ${width} px (${theme})`, async ({
      page,
    }) => {
      expect(LONG).toHaveLength(40);
      await page.addInitScript((value) => localStorage.setItem('hamish.theme', value), theme);
      await page.setViewportSize({ width, height });
      await openReader(page);
      await setMeanings(page, MEANINGS);
      await selectPhrase(page, 'p-3', 'يراقب الأحداث');
      const toolbar = page.getByRole('toolbar', TOOLBAR);
      // The full meaning is in the button's name and title even where the label is cut short.
      const blue = toolbar.getByRole('button', { name: `ظلّل بالأزرق: ${LONG}` });
      await expect(blue).toBeVisible();
      await expect(blue).toHaveAttribute('title', `ظلّل بالأزرق: ${LONG} (3)`);

      const boxes = await toolbar.evaluate((element) =>
        [...element.querySelectorAll('button, .swatch-meaning')].map((child) => {
          const { left, right, top, bottom } = child.getBoundingClientRect();
          return { button: child.tagName === 'BUTTON', left, right, top, bottom };
        }),
      );
      const buttons = boxes.filter((box) => box.button);
      expect(buttons).toHaveLength(7);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.bottom).toBeLessThanOrEqual(height);
      }
      for (const [i, a] of buttons.entries())
        for (const b of buttons.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `buttons ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
        }
      // Each meaning stays inside its own button.
      for (const label of boxes.filter((box) => !box.button)) {
        const owner = buttons.find((box) => box.left <= label.left && label.right <= box.right + 0.5);
        expect(owner, `meaning ${JSON.stringify(label)} inside a button`).toBeDefined();
        expect(label.bottom).toBeLessThanOrEqual(owner!.bottom + 0.5);
      }

      const axe = await new AxeBuilder({ page }).include('.selection-toolbar').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await screenshot(page, `toolbar-meanings-${width}-${theme}-ar`);
    });
  }

  test('near the top it goes below the selection, never over the header', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReader(page);
    await selectPhrase(page, 'p-3', 'يراقب الأحداث');
    const header = (await page.locator('.app-header').boundingBox())!;
    // Scrolls the selection up to just under the header.
    await page.evaluate((headerBottom) => {
      const top = document.getSelection()!.getRangeAt(0).getBoundingClientRect().top;
      window.scrollBy(0, top - headerBottom - 12);
    }, header.y + header.height);
    const selection = await page.evaluate(() => {
      const { top, bottom } = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top, bottom };
    });
    expect(selection.top).toBeLessThan(header.y + header.height + 40);
    const toolbar = page.getByRole('toolbar', TOOLBAR);
    await expect.poll(async () => (await toolbar.boundingBox())!.y).toBeGreaterThanOrEqual(selection.bottom);
    await screenshot(page, 'toolbar-below-selection-ar');
  });

  test('the tooltip names the colour in plain Arabic, without a stray tatweel', async ({ page }) => {
    await openReader(page);
    await selectPhrase(page, 'p-3', 'يراقب الأحداث');
    const titles = await page
      .getByRole('toolbar', TOOLBAR)
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('title') ?? ''));
    expect(titles.slice(0, 5)).toEqual([
      'ظلّل بالأصفر (1)',
      'ظلّل بالأخضر (2)',
      'ظلّل بالأزرق (3)',
      'ظلّل بالوردي (4)',
      'ظلّل بالبنفسجي (5)',
    ]);
    expect(titles.join('')).not.toContain('ـ');
  });
});

test.describe('selections without letters are ignored', () => {
  for (const [label, phrase] of [
    ['a comma and a space', '، '],
    ['a full stop', '.'],
  ] as const) {
    test(`${label}: no toolbar, and H highlights nothing`, async ({ page }) => {
      await openReader(page);
      await page.locator('article[data-reader-article]').focus();
      await selectQuietly(page, 'p-3', phrase);
      const selected = await page.evaluate(() => document.getSelection()!.toString());
      expect(selected.trim()).toMatch(/^[،.]$/);
      // A frame for the toolbar to come, were it going to.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
      );
      await expect(page.getByRole('toolbar', TOOLBAR)).toHaveCount(0);
      await page.keyboard.press('h');
      await page.waitForTimeout(300);
      await expect(page.locator('.annotation-card')).toHaveCount(0);
      expect(await paintedTexts(page, 'yellow')).toEqual([]);

      // The same gesture on a word does highlight: the test would notice H doing nothing at all.
      await selectQuietly(page, 'p-3', 'تركيا');
      await expect(page.getByRole('toolbar', TOOLBAR)).toBeVisible();
      await page.keyboard.press('h');
      await expect(card(page, 'تركيا')).toBeVisible();
    });
  }
});

test.describe('skip links between the article and the margin', () => {
  test('from the article a Tab and Enter reach the first card; the margin leads back', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReader(page);
    await selectPhrase(page, 'p-3', 'يراقب الأحداث');
    await page.getByRole('button', { name: 'ظلّل بالأصفر' }).click();
    await selectPhrase(page, 'p-12', 'حركة الشحن');
    await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await page.locator('article[data-reader-article]').focus();

    await page.keyboard.press('Tab');
    const toMargin = page.getByRole('link', { name: 'انتقل إلى الهامش' });
    await expect(toMargin).toBeFocused();
    // Visible while focused (not a 1-pixel clip).
    expect((await toMargin.boundingBox())!.width).toBeGreaterThan(40);
    await screenshot(page, 'skip-to-margin-ar');
    await page.keyboard.press('Enter');
    await expect(page.locator('.annotation-card').first()).toBeFocused();

    const back = page.getByRole('link', { name: 'عُد إلى المقال' });
    const firstInMargin = await page.evaluate(
      () =>
        document
          .querySelector('#margin')!
          .querySelector('a[href], button, input, select, textarea, [tabindex="0"]')?.textContent,
    );
    expect(firstInMargin).toBe('عُد إلى المقال');
    await back.focus();
    expect((await back.boundingBox())!.width).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    await expect(page.locator('article[data-reader-article]')).toBeFocused();
  });

  test('in English too', async ({ page }) => {
    await openReader(page, 'en');
    await page.locator('article[data-reader-article]').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the margin' })).toBeFocused();
    await page.keyboard.press('Enter');
    // No card yet: the margin's title takes focus.
    await expect(page.locator('#margin-title')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Back to the article' })).toHaveCount(1);
  });
});
