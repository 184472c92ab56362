import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { paintedTexts, selectPhrase } from './annotations-helpers';

const PANEL = '.reading-panel';
const FIRST_PARAGRAPH = 'article[data-reader-article] [data-block-id="p-1"]';

/** Records every layout shift, and when the page's web fonts were all in, from before any script runs. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { shifts: [] as { at: number; value: number }[], fontsIn: Infinity };
    (window as unknown as { __layout: typeof record }).__layout = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) record.shifts.push({ at: entry.startTime, value: entry.value });
    }).observe({ type: 'layout-shift', buffered: true });
    document.fonts.addEventListener('loadingdone', () => {
      if (document.fonts.status === 'loaded') record.fontsIn = performance.now();
    });
  });
}

/**
 * The layout shifts once the app has replaced the prerendered article and the web fonts are in: a setting
 * applied after the first paint, or a late-arriving part of the reader, shows up here. (Shifts while a web
 * font swaps in are the fonts', not the reader's: see the bench page reading-controls.)
 */
async function shiftsOnceSettled(page: Page): Promise<number[]> {
  await expect(page.getByRole('button', { name: /إعدادات القراءة|Reading settings/ })).toBeVisible();
  await expect(page.locator('#prerendered-article')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const { shifts, fontsIn } = (
      window as unknown as { __layout: { shifts: { at: number; value: number }[]; fontsIn: number } }
    ).__layout;
    // A font that arrives is laid out in the next frames: a shift that close to its arrival is the font's.
    const FONT_LAYOUT_MS = 100;
    return shifts.filter((shift) => shift.at > fontsIn + FONT_LAYOUT_MS).map((shift) => shift.value);
  });
}

/** Where the title, byline and paragraphs sit, and in which face and size. */
function articleGeometry(page: Page, article: string) {
  return page.evaluate(async (selector) => {
    await document.fonts.ready;
    // The shell carries a byline per interface language; only the shown one has a box. Body blocks sit in chunks.
    const blocks = `${selector} > :not(.article-chunk), ${selector} > .article-chunk > *`;
    const shown = [...document.querySelectorAll<HTMLElement>(blocks)].filter(
      (element) => element.getClientRects().length > 0,
    );
    return shown.slice(0, 8).map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return [element.tagName, box.x, box.y, box.width, box.height, style.fontFamily, style.fontSize].join(
        ' ',
      );
    });
  }, article);
}

/** The prerendered article alone, as index.html paints it before any module runs. */
async function prerenderedGeometry(page: Page) {
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  const geometry = await articleGeometry(page, '#prerendered-article article');
  await page.unroute(/\/assets\/index-[^/]*\.js$/);
  return geometry;
}

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const panel = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(panel).toBeVisible();
  return panel;
}

function articleStyle(page: Page) {
  return page.locator(FIRST_PARAGRAPH).evaluate((paragraph) => {
    const style = getComputedStyle(paragraph);
    const article = getComputedStyle(paragraph.closest('article')!);
    return {
      fontSize: style.fontSize,
      lineHeight: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize),
      textAlign: style.textAlign,
      maxWidth: article.maxWidth,
      fontFamily: style.fontFamily,
    };
  });
}

/** The width the first paragraph's first words take as drawn. */
function wordsWidth(page: Page): Promise<number> {
  return page.locator(FIRST_PARAGRAPH).evaluate(async (paragraph) => {
    await document.fonts.ready;
    const range = document.createRange();
    range.setStart(paragraph.firstChild!, 0);
    range.setEnd(paragraph.firstChild!, 20);
    return range.getBoundingClientRect().width;
  });
}

/** The faces the page really loaded to draw something: a face nobody renders with stays unloaded. */
function loadedFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replace(/["']/g, ''));
  });
}

test.describe('reading controls', () => {
  test('the prerendered article sits exactly where the reader puts it, with the defaults and saved settings', async ({
    page,
  }) => {
    await openReader(page);
    const react = 'article[data-reader-article]';
    const shell = await prerenderedGeometry(page);
    expect(shell).toHaveLength(8);
    await page.goto('./');
    await expect(page.locator(react)).toBeVisible();
    expect(await articleGeometry(page, react)).toEqual(shell);

    const panel = await openPanel(page);
    await panel.getByRole('radio', { name: 'عريض' }).check();
    await panel.getByRole('radio', { name: 'أميري' }).check();
    await panel.getByRole('radio', { name: 'واسع' }).check();
    await panel.getByRole('radio', { name: 'ضبط الطرفين' }).check();
    await panel.getByRole('slider', { name: 'حجم الخط' }).fill('28.8');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('28.8px');
    const saved = await prerenderedGeometry(page);
    expect(saved).not.toEqual(shell);
    await page.goto('./');
    await expect(page.locator(react)).toBeVisible();
    expect(await articleGeometry(page, react)).toEqual(saved);
  });

  test('nothing moves once the reader has started, with the defaults and with saved settings', async ({
    page,
  }) => {
    await recordLayoutShifts(page);
    await openReader(page);
    expect(await shiftsOnceSettled(page)).toEqual([]);
    const panel = await openPanel(page);
    await panel.getByRole('radio', { name: 'ضيّق' }).check();
    await panel.getByRole('radio', { name: 'نوتو سانس' }).check();
    await panel.getByRole('radio', { name: 'ورقي' }).check();
    await panel.getByRole('slider', { name: 'حجم الخط' }).fill('32');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('32px');
    await page.reload();
    expect(await shiftsOnceSettled(page)).toEqual([]);
    expect(await articleStyle(page)).toMatchObject({ fontSize: '32px', maxWidth: '512px' });
  });

  test('each control changes the article, and the choices survive a reload', async ({ page }) => {
    await openReader(page);
    expect(await articleStyle(page)).toMatchObject({
      fontSize: '20.8px',
      textAlign: 'start',
      maxWidth: '640px',
    });
    const panel = await openPanel(page);

    const slider = panel.getByRole('slider', { name: 'حجم الخط' });
    await slider.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('24px');
    await panel.getByRole('button', { name: 'صغّر الخط' }).click();
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('22.4px');

    await panel.getByRole('radio', { name: 'متقارب' }).check();
    expect((await articleStyle(page)).lineHeight).toBeCloseTo(1.75, 2);
    await panel.getByRole('radio', { name: 'ضيّق' }).check();
    expect((await articleStyle(page)).maxWidth).toBe('512px');
    await panel.getByRole('radio', { name: 'كامل' }).check();
    expect((await articleStyle(page)).maxWidth).toBe('none');
    await panel.getByRole('radio', { name: 'ضبط الطرفين' }).check();
    expect((await articleStyle(page)).textAlign).toBe('justify');

    // Each face is loaded and really draws the article: the same words take another width in each.
    const naskhWidth = await wordsWidth(page);
    await panel.getByRole('radio', { name: 'نوتو سانس' }).check();
    expect((await articleStyle(page)).fontFamily).toMatch(/^"Noto Sans Arabic"/);
    await expect.poll(() => loadedFaces(page)).toContain('Noto Sans Arabic');
    const sansWidth = await wordsWidth(page);
    await panel.getByRole('radio', { name: 'أميري' }).check();
    expect((await articleStyle(page)).fontFamily).toMatch(/^Amiri/);
    await expect.poll(() => loadedFaces(page)).toContain('Amiri');
    expect(await page.evaluate(() => document.fonts.check('22px Amiri', 'الصين'))).toBe(true);
    const amiriWidth = await wordsWidth(page);
    expect(new Set([naskhWidth, sansWidth, amiriWidth]).size).toBe(3);

    await panel.getByRole('radio', { name: 'ورقي' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');

    await page.reload();
    await expect(page.locator('article[data-reader-article] h1')).toBeVisible();
    expect(await articleStyle(page)).toMatchObject({
      fontSize: '22.4px',
      textAlign: 'justify',
      maxWidth: 'none',
      fontFamily: expect.stringMatching(/^Amiri/),
    });
    expect((await articleStyle(page)).lineHeight).toBeCloseTo(1.75, 2);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    const reopened = await openPanel(page);
    await expect(reopened.getByRole('radio', { name: 'أميري' })).toBeChecked();
    await expect(reopened.getByRole('slider', { name: 'حجم الخط' })).toHaveValue('22.4');
  });

  test('keyboard: the panel opens, is walked with Tab, closes with Escape; size keys work on any layout', async ({
    page,
  }) => {
    await openReader(page);
    const button = page.getByRole('button', { name: 'إعدادات القراءة' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('slider', { name: 'حجم الخط' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'كبّر الخط' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('22.4px');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'عادي' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'واسع' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.locator(PANEL)).toHaveCount(0);
    await expect(button).toBeFocused();

    await page.keyboard.press('Control+Alt+Equal');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('24px');
    await page.locator('article[data-reader-article]').focus();
    // The Arabic layout reports the same physical codes: = and - need no Latin letters.
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('25.6px');
    await page.keyboard.press('Minus');
    await page.keyboard.press('Minus');
    await page.keyboard.press('Minus');
    await expect.poll(async () => (await articleStyle(page)).fontSize).toBe('20.8px');
    // Ctrl+= stays the browser's zoom: the article's size is left alone.
    await page.keyboard.press('Control+Equal');
    expect((await articleStyle(page)).fontSize).toBe('20.8px');
  });

  test('the panel is labelled and has no serious accessibility violation', async ({ page }) => {
    await openReader(page);
    const panel = await openPanel(page);
    for (const name of ['تباعد الأسطر', 'عرض العمود', 'المحاذاة', 'الخط', 'المظهر'])
      await expect(panel.getByRole('group', { name, exact: true })).toBeVisible();
    await expect(panel.getByRole('switch', { name: 'أظهر التشكيل' })).toBeChecked();
    for (const theme of ['فاتح', 'ورقي', 'داكن']) {
      await panel.getByRole('radio', { name: theme }).check();
      const results = await new AxeBuilder({ page }).include(PANEL).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, `${theme}: ${serious.map((v) => v.id).join(', ')}`).toEqual([]);
    }
  });

  test('hiding the harakat keeps every highlight on the same words and offsets', async ({ page }) => {
    await openReader(page);
    const phrase = 'يُنظر إلى';
    // Both in one paragraph: the painter registers only the highlights near the view.
    const otherPhrase = 'بدلاً من قمع الاحتجاجات';
    const masked = (text: string) => text.replace(/[\u064B-\u0652]/g, '\u034F');
    const blockOf = (wanted: string) =>
      page.evaluate((text) => {
        const blocks = [
          ...document.querySelectorAll<HTMLElement>('article[data-reader-article] [data-block-id]'),
        ];
        return blocks.find((block) => block.textContent!.includes(text))!.dataset.blockId!;
      }, wanted);
    const highlight = async (text: string, color: RegExp) => {
      await selectPhrase(page, await blockOf(text), text);
      await page.getByRole('button', { name: color }).click();
    };
    const storedOffsets = (color: string) =>
      page.evaluate(
        (wanted) =>
          new Promise<{ exact: string; start: number; end: number }[]>((done) => {
            const open = indexedDB.open('hamish');
            open.onsuccess = () => {
              const all = open.result.transaction('annotations').objectStore('annotations').getAll();
              all.onsuccess = () =>
                done(
                  (all.result as { color: string; target: { selector: Record<string, unknown>[] } }[])
                    .filter((annotation) => annotation.color === wanted)
                    .map(({ target: { selector } }) => ({
                      exact: selector[0]!.exact as string,
                      start: selector[1]!.start as number,
                      end: selector[1]!.end as number,
                    })),
                );
            };
          }),
        color,
      );

    // Highlights made with the marks shown…
    await highlight(otherPhrase, /بالأخضر/);
    await highlight(phrase, /بالوردي/);
    await expect.poll(() => paintedTexts(page, 'green')).toEqual([otherPhrase]);
    await expect.poll(() => storedOffsets('pink')).toHaveLength(1);

    const panel = await openPanel(page);
    await panel.getByRole('switch', { name: 'أظهر التشكيل' }).uncheck();
    await expect(page.locator('article[data-reader-article] [data-block-id]', { hasText: 'ُ' })).toHaveCount(
      0,
    );
    // …stay on the same characters once the marks are hidden.
    expect(await paintedTexts(page, 'green')).toEqual([masked(otherPhrase)]);
    expect(await paintedTexts(page, 'pink')).toEqual([masked(phrase)]);
    await screenshot(page, 'reading-controls-harakat-hidden');

    // The same words selected with the marks hidden are the same canonical span: the app finds the pink
    // highlight exactly there and recolours it instead of adding a second one.
    const shownOffsets = await storedOffsets('pink');
    expect(shownOffsets).toEqual([{ exact: phrase, start: expect.any(Number), end: expect.any(Number) }]);
    await highlight(masked(phrase), /بالأزرق/);
    await expect.poll(() => storedOffsets('blue')).toEqual(shownOffsets);
    expect(await storedOffsets('pink')).toEqual([]);

    // Showing the marks again (the panel closed when the article was clicked) puts every highlight back.
    await (await openPanel(page)).getByRole('switch', { name: 'أظهر التشكيل' }).check();
    await expect.poll(() => paintedTexts(page, 'blue')).toEqual([phrase]);
    expect(await paintedTexts(page, 'green')).toEqual([otherPhrase]);
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`screenshots of the open panel at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openReader(page);
      const panel = await openPanel(page);
      for (const [theme, name] of [
        ['فاتح', 'light'],
        ['ورقي', 'sepia'],
        ['داكن', 'dark'],
      ] as const) {
        await panel.getByRole('radio', { name: theme }).check();
        await screenshot(page, `reading-controls-ar-${name}-${size.width}x${size.height}`);
      }
    });
  }
});
